// Hands out producer ids (Kafka's ProducerIdManager). Ids are reserved in blocks of 1000
// (ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE), as the KRaft controller does, and the end of
// the reserved range is persisted before any id of the block is handed out, so an id is
// never given twice, also across restarts and crashes: a restart skips what was left of
// the block. The file, in the log dir, is replaced atomically (temp file, fsync, rename,
// fsync of the directory):
//
//   carebus-producer-ids.json   {"version":1,"nextBlockStartId":"3000"}
//
// (a string, since ids are int64).
import { replaceFileAtomically } from "../../util/replace-file-atomically.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";

export const PRODUCER_IDS_FILE = "carebus-producer-ids.json";
export const PRODUCER_ID_BLOCK_SIZE = 1000n;
const LONG_MAX = 2n ** 63n - 1n;

interface ProducerIdsDocument {
  version: 1;
  nextBlockStartId: string;
}

export class ProducerIdManager {
  readonly path: string;
  readonly #blockSize: bigint;
  /** Next id to hand out; equal to #blockEnd when the block is used up. */
  #nextId: bigint;
  #blockEnd: bigint;

  private constructor(path: string, nextBlockStartId: bigint, blockSize: bigint) {
    this.path = path;
    this.#blockSize = blockSize;
    this.#nextId = nextBlockStartId;
    this.#blockEnd = nextBlockStartId;
  }

  /** Reads the reservation file of `logDir` (none: ids start at 0). */
  static open(logDir: string, blockSize = PRODUCER_ID_BLOCK_SIZE): ProducerIdManager {
    const path = join(logDir, PRODUCER_IDS_FILE);
    let text: string | undefined;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    let next = 0n;
    if (text !== undefined) {
      const doc = JSON.parse(text) as Partial<ProducerIdsDocument>;
      if (doc.version !== 1 || typeof doc.nextBlockStartId !== "string" || !/^\d+$/.test(doc.nextBlockStartId)) {
        // Guessing could hand out an id twice; InitProducerId fails until an operator looks.
        throw new Error(`${path} is not a producer id reservation this version understands: ${text.slice(0, 200)}`);
      }
      next = BigInt(doc.nextBlockStartId);
    }
    return new ProducerIdManager(path, next, blockSize);
  }

  /** The first id the next reserved block will start at (what the file says). */
  get nextBlockStartId(): bigint {
    return this.#blockEnd;
  }

  generateProducerId(): bigint {
    if (this.#nextId >= this.#blockEnd) this.#reserveBlock();
    return this.#nextId++;
  }

  #reserveBlock(): void {
    const start = this.#blockEnd;
    if (start > LONG_MAX - this.#blockSize) {
      throw new KafkaError(ErrorCode.UNKNOWN_SERVER_ERROR, "producer ids are exhausted");
    }
    const end = start + this.#blockSize;
    const doc: ProducerIdsDocument = { version: 1, nextBlockStartId: end.toString() };
    replaceFileAtomically(this.path, `${JSON.stringify(doc)}\n`);
    this.#nextId = start;
    this.#blockEnd = end;
  }
}
