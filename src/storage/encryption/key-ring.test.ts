import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../test-support.js";
import { KeyRing, KeyRingError } from "./key-ring.js";

const k1 = randomBytes(32);
const k2 = randomBytes(32);

void describe("KeyRing", () => {
  void test("a keys file with comments and blank lines, and the environment's ;-separated entries, merge", () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "keys");
      writeFileSync(file, `# rotated yearly\n\nk1=${k1.toString("base64")}\r\n`);
      const ring = KeyRing.load({ file, env: ` k1=${k1.toString("base64")} ; k2=${k2.toString("base64")};` });
      assert.deepEqual(ring.ids.sort(), ["k1", "k2"]);
      assert.deepEqual(ring.get("k2"), k2);
    } finally {
      cleanup();
    }
  });

  void test("malformed entries are refused with a message naming the source and key", () => {
    const bad: [string, RegExp][] = [
      [`k1`, /entry 1 is not <key-id>=<base64 key>/],
      [`k1=${randomBytes(16).toString("base64")}`, /'k1' has 16 bytes, AES-256 needs 32/],
      [`k1=not*base64!`, /'k1' is not valid base64/],
      [`bad id=${k1.toString("base64")}`, /invalid encryption key id 'bad id'/],
      [`k1=${k1.toString("base64")};k1=${k2.toString("base64")}`, /'k1' is given twice/],
    ];
    for (const [env, message] of bad) {
      assert.throws(() => KeyRing.load({ env }), (err: unknown) => err instanceof KeyRingError && message.test(err.message) && err.message.startsWith("CAREBUS_ENCRYPTION_KEYS"), env);
    }
  });

  void test("the same id with different keys in file and environment is refused; a missing file is named", () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "keys");
      writeFileSync(file, `k1=${k1.toString("base64")}\n`);
      assert.throws(() => KeyRing.load({ file, env: `k1=${k2.toString("base64")}` }), /'k1' has different keys/);
      assert.throws(() => KeyRing.load({ file: join(dir, "missing") }), /cannot read encryption keys file .*missing/);
      assert.equal(KeyRing.load({}).size, 0);
    } finally {
      cleanup();
    }
  });
});
