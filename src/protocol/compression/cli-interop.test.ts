// Output of the reference command-line tools decodes here, and ours decodes there.
// Each tool is optional on a developer machine: missing ones skip with a message.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import type { CompressionType } from "../records/batch-header.js";
import { codecFor } from "./index.js";

function run(tool: string, args: string[], input: Buffer): Buffer | undefined {
  const result = spawnSync(tool, args, { input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error !== undefined) return undefined; // not installed
  assert.equal(result.status, 0, `${tool} ${args.join(" ")}: ${result.stderr.toString()}`);
  return result.stdout;
}

function installed(tool: string): boolean {
  return spawnSync(tool, ["--version"]).error === undefined;
}

const text = Buffer.from(
  Array.from({ length: 20_000 }, (_, i) => `{"eventId":"${i}","eventType":"clinical.patient.admitted","ward":"${i % 17}"}\n`).join(""),
);

interface Case {
  codec: CompressionType;
  tool: string;
  /** Flags that make the tool write different frame variants. */
  compressFlags: string[][];
  decompressFlags: string[];
}

const CASES: Case[] = [
  { codec: "gzip", tool: "gzip", compressFlags: [["-c"], ["-c", "-1"], ["-c", "-9"]], decompressFlags: ["-d", "-c"] },
  {
    codec: "lz4",
    tool: "lz4",
    // default: 4 MiB blocks + content checksum; -B4: 64 KiB; -BD: linked blocks;
    // -BX: block checksums; --content-size (from a pipe lz4 needs --size-hint to know it, so it is omitted there)
    compressFlags: [["-c"], ["-c", "-B4"], ["-c", "-B4", "-BD"], ["-c", "-B5", "-BX"], ["-c", "-9", "--no-frame-crc"]],
    decompressFlags: ["-d", "-c"],
  },
  {
    codec: "zstd",
    tool: "zstd",
    // from a pipe zstd does not know the size, so frames carry no content size (the streaming path)
    compressFlags: [["-c", "-q"], ["-c", "-q", "-19"], ["-c", "-q", "--content-size", "--stream-size=" + String(text.length)]],
    decompressFlags: ["-d", "-c", "-q"],
  },
];

void describe("interop with command-line tools", () => {
  for (const c of CASES) {
    void describe(c.tool, () => {
      void test(`${c.tool} output decodes, also on the bounded path`, (t) => {
        if (!installed(c.tool)) {
          t.skip(`${c.tool} is not installed`);
          return;
        }
        for (const flags of c.compressFlags) {
          const compressed = run(c.tool, flags, text);
          assert.ok(compressed !== undefined);
          assert.deepEqual(codecFor(c.codec).decompress(compressed), text, `${c.tool} ${flags.join(" ")}`);
          // a limit just above the output forces lz4's TypeScript decoder and zstd's streaming path
          assert.deepEqual(codecFor(c.codec).decompress(compressed, text.length + 1), text);
        }
      });

      void test(`our ${c.codec} output decodes with ${c.tool}`, (t) => {
        if (!installed(c.tool)) {
          t.skip(`${c.tool} is not installed`);
          return;
        }
        const compressed = codecFor(c.codec).compress(text);
        assert.deepEqual(run(c.tool, c.decompressFlags, compressed), text);
        const empty = codecFor(c.codec).compress(Buffer.alloc(0));
        assert.deepEqual(run(c.tool, c.decompressFlags, empty), Buffer.alloc(0));
      });
    });
  }
});
