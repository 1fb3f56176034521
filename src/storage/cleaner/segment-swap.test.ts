// A crash at each step of a cleaned segment's swap (Kafka's replaceSegments), recreated by
// laying out the intermediate files by hand: the next open must see either the whole old
// log or the whole cleaned one, never a mix, and leave no temporary file behind.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, cpSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ManualClock } from "../clock.js";
import { Log } from "../log.js";
import { logConfig } from "../log-config.js";
import { filenamePrefixFromOffset } from "../log-segment.js";
import { tempDir } from "../test-support.js";
import { cleanerFor, contents, keyedBatch } from "./test-cleaner-support.js";

const config = logConfig({ compact: true, retentionMs: -1, indexIntervalBytes: 1 });
const ORIGINAL = ["0 a=1", "1 b=1", "2 a=2", "3 b=2", "4 c=1"];
const CLEANED = ["2 a=2", "3 b=2", "4 c=1"];

const name = (base: bigint, kind: string, suffix = ""): string => `${filenamePrefixFromOffset(base)}.${kind}${suffix}`;
const KINDS = ["log", "index", "timeindex"];

/**
 * `old`: a partition dir with segments at 0, 2, 3 (inactive) and 4 (active); `cleaned`: a
 * copy of it after cleaning, where one segment at 0 replaced the three inactive ones.
 */
async function layout(parent: string): Promise<{ old: string; cleaned: string }> {
  const clock = new ManualClock();
  const log = Log.open(parent, "t", 0, config, { clock });
  for (const records of [[["a", "1"], ["b", "1"]], [["a", "2"]], [["b", "2"]]] as const) {
    log.append(keyedBatch(records, clock.nowMs()));
    log.roll();
  }
  log.append(keyedBatch([["c", "1"]], clock.nowMs()));
  await log.flush();
  await log.close();
  const copyParent = join(parent, "copy");
  cpSync(log.dir, join(copyParent, "t-0"), { recursive: true });
  const copy = Log.open(copyParent, "t", 0, config, { clock, hadCleanShutdown: true });
  await cleanerFor(copy, clock).cleanNow();
  assert.deepEqual(contents(copy), CLEANED);
  assert.deepEqual(copy.segments.map((s) => s.baseOffset), [0n, 4n]);
  await copy.close();
  return { old: log.dir, cleaned: copy.dir };
}

function reopen(parent: string): Log {
  return Log.open(parent, "t", 0, config, { clock: new ManualClock() });
}

/** The cleaned segment's files, copied into `dir` under `suffix` (all kinds, or `kinds`). */
function placeCleaned(from: string, dir: string, suffix: string, kinds = KINDS): void {
  for (const kind of kinds) copyFileSync(join(from, name(0n, kind)), join(dir, name(0n, kind, suffix)));
}

function renameOld(dir: string, bases: readonly bigint[], suffix: string): void {
  for (const base of bases) for (const kind of KINDS) renameSync(join(dir, name(base, kind)), join(dir, name(base, kind, suffix)));
}

const steps: { step: string; expected: string[]; arrange: (dir: string, cleaned: string) => void }[] = [
  {
    step: "while the .cleaned files are written",
    expected: ORIGINAL,
    arrange: (dir, cleaned) => placeCleaned(cleaned, dir, ".cleaned", ["log", "index"]),
  },
  {
    step: "while .cleaned is renamed to .swap (indexes done, log not)",
    expected: ORIGINAL,
    arrange: (dir, cleaned) => {
      placeCleaned(cleaned, dir, ".swap", ["index", "timeindex"]);
      placeCleaned(cleaned, dir, ".cleaned", ["log"]);
    },
  },
  {
    step: "after the swap files exist, before any old segment is deleted",
    expected: CLEANED,
    arrange: (dir, cleaned) => placeCleaned(cleaned, dir, ".swap"),
  },
  {
    step: "while old segments are renamed to .deleted",
    expected: CLEANED,
    arrange: (dir, cleaned) => {
      placeCleaned(cleaned, dir, ".swap");
      renameOld(dir, [0n, 2n], ".deleted");
    },
  },
  {
    step: "while .swap is renamed to the final names",
    expected: CLEANED,
    arrange: (dir, cleaned) => {
      renameOld(dir, [0n, 2n, 3n], ".deleted");
      placeCleaned(cleaned, dir, "", ["index"]);
      placeCleaned(cleaned, dir, ".swap", ["log", "timeindex"]);
    },
  },
  {
    step: "after the swap, before the .deleted files are removed",
    expected: CLEANED,
    arrange: (dir, cleaned) => {
      renameOld(dir, [0n, 2n, 3n], ".deleted");
      placeCleaned(cleaned, dir, "");
    },
  },
];

void describe("recovery of an interrupted segment swap", () => {
  for (const { step, expected, arrange } of steps) {
    void test(`a crash ${step} reopens as the ${expected === ORIGINAL ? "old" : "cleaned"} log`, async () => {
      const { dir: parent, cleanup } = tempDir("carebus-swap-");
      try {
        const { old, cleaned } = await layout(parent);
        arrange(old, cleaned);
        rmSync(join(parent, "copy"), { recursive: true });
        const log = reopen(parent);
        try {
          assert.deepEqual(contents(log), expected);
          assert.equal(log.logEndOffset, 5n);
          const leftovers = readdirSync(old).filter((f) => /\.(cleaned|swap|deleted)$/.test(f));
          assert.deepEqual(leftovers, []);
          const logs = readdirSync(old).filter((f) => f.endsWith(".log")).sort();
          assert.deepEqual(logs, expected === ORIGINAL ? [0n, 2n, 3n, 4n].map((b) => name(b, "log")) : [name(0n, "log"), name(4n, "log")]);
          // The log keeps working: appends continue at the end.
          assert.equal(log.append(keyedBatch([["d", "1"]], 0)).firstOffset, 5n);
        } finally {
          await log.close();
        }
      } finally {
        cleanup();
      }
    });
  }

  void test("Log.replaceSegments refuses segments that are no longer in the log and removes the cleaned files", async () => {
    const { dir: parent, cleanup } = tempDir("carebus-swap-");
    try {
      const { old, cleaned } = await layout(parent);
      const log = reopen(parent);
      try {
        placeCleaned(cleaned, old, ".cleaned");
        const second = log.segments[1];
        assert.ok(second !== undefined);
        assert.equal(log.replaceSegments(4n, [log.activeSegment]), false);
        assert.equal(log.replaceSegments(0n, [second]), false);
        assert.deepEqual(readdirSync(old).filter((f) => f.endsWith(".cleaned")), []);
        assert.deepEqual(contents(log), ORIGINAL);
      } finally {
        await log.close();
      }
    } finally {
      cleanup();
    }
  });
});
