// The registry's store: the compacted, single-partition `_schemas` topic, in Confluent's
// record format, through a Kafka client only (so the registry runs the same against the
// embedded broker or any Kafka cluster, and can adopt a Confluent registry's topic).
// A reader fetches the partition from offset 0 with manual assignment (no consumer group:
// every registry instance reads everything, like Confluent's KafkaStoreReaderThread) and
// hands each record to `onRecord`. `write` produces with acks=all and resolves only after
// the reader has passed the record's offset: read-your-writes, as Confluent's
// KafkaStore.put waits for its own offset.
import { Admin, Consumer, Producer } from "@platformatic/kafka";
import type { ClientSecurity } from "../../kafka-client/client-security.js";
import type { Logger } from "pino";
import { Errors } from "../errors.js";
import { decodeRecord, encodeKey, encodeValue, type SchemaRecord } from "../schema-records.js";

export interface KafkaStoreOptions {
  readonly bootstrapServers: readonly string[];
  readonly topic?: string;
  readonly clientId?: string;
  readonly onRecord: (record: SchemaRecord) => void;
  /** TLS and SASL for a secured cluster (Confluent's kafkastore.security.protocol, kafkastore.sasl.*, kafkastore.ssl.*). */
  readonly security?: ClientSecurity;
  readonly logger?: Logger;
  /** How long a write waits for its record to come back (Confluent's kafkastore.timeout.ms). */
  readonly timeoutMs?: number;
}

interface Waiter {
  /** -1: caught up with the end; -2: caught up with an end seen by a fetch begun later. */
  offset: bigint;
  /** For offset -2: the first fetch sequence number whose high watermark counts. */
  readonly fromFetch: number;
  readonly resolve: () => void;
}

const CONTROL_BATCH = 0x20;

export class KafkaStore {
  readonly topic: string;
  readonly #producer: Producer;
  readonly #consumer: Consumer;
  readonly #options: KafkaStoreOptions;
  readonly #timeoutMs: number;
  #position = 0n;
  #highWatermark = -1n;
  #waiters: Waiter[] = [];
  #fetchSequence = 0;
  #clusterId: string | undefined;
  #closed = false;
  #loop: Promise<void> | undefined;

  private constructor(options: KafkaStoreOptions) {
    this.#options = options;
    this.topic = options.topic ?? "_schemas";
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    const base = { clientId: options.clientId ?? "carebus-schema-registry", bootstrapBrokers: [...options.bootstrapServers], retries: 5, ...options.security };
    this.#producer = new Producer({ ...base, acks: -1, idempotent: false, autocreateTopics: false });
    this.#consumer = new Consumer({ ...base, groupId: "carebus-schema-registry-reader" });
  }

  /** Creates the topic if missing, then reads it to the end before resolving. */
  static async open(options: KafkaStoreOptions): Promise<KafkaStore> {
    const store = new KafkaStore(options);
    try {
      await store.#ensureTopic();
      const caughtUp = store.#waitFor(-1n);
      store.#loop = store.#readLoop();
      await caughtUp;
      return store;
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  async #ensureTopic(): Promise<void> {
    const admin = new Admin({ clientId: "carebus-schema-registry-admin", bootstrapBrokers: [...this.#options.bootstrapServers], ...this.#options.security });
    try {
      const topics = await admin.listTopics({ includeInternals: true });
      if (topics.includes(this.topic)) {
        // Like Confluent's KafkaStore: more partitions would break the total order of writes.
        const metadata = await admin.metadata({ topics: [this.topic] });
        const count = metadata.topics.get(this.topic)?.partitionsCount ?? 1;
        if (count !== 1) throw new Error(`The schema topic ${this.topic} should have only 1 partition but has ${count}`);
      } else {
        await admin.createTopics({
          topics: [this.topic],
          partitions: 1,
          replicas: -1,
          configs: [{ name: "cleanup.policy", value: "compact" }],
        });
      }
    } finally {
      await admin.close();
    }
  }

  /** The Kafka cluster id, as the last metadata answer gave it. */
  get clusterId(): string | undefined {
    return this.#clusterId;
  }

  /** Resolves once this store has read every record written (by anyone) before the call:
   *  what a follower awaits after the leader acknowledged a forwarded write, and what a new
   *  leader awaits before it hands out ids (Confluent's waitUntilKafkaReaderReachesLastOffset). */
  sync(): Promise<void> {
    if (this.#closed) return Promise.reject(Errors.store("The schema store is closed"));
    return this.#waitFor(-2n);
  }

  /** Resolves once the reader has applied `offset` (or, for -1, caught up to the end). */
  #waitFor(offset: bigint): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(Errors.timeout(`Write to the Kafka store timed out waiting for offset ${offset} of ${this.topic}`));
      }, this.#timeoutMs);
      const waiter: Waiter = {
        offset,
        fromFetch: this.#fetchSequence + 1,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.#waiters.push(waiter);
      this.#release();
    });
  }

  #release(): void {
    const caughtUp = this.#highWatermark >= 0n && this.#position >= this.#highWatermark;
    this.#waiters = this.#waiters.filter((w) => {
      if (w.offset === -2n) return true;
      const done = w.offset < 0n ? caughtUp : w.offset < this.#position;
      if (done) w.resolve();
      return !done;
    });
  }

  async write(record: SchemaRecord): Promise<void> {
    if (this.#closed) throw Errors.store("The schema store is closed");
    const value = encodeValue(record);
    let offset: bigint | undefined;
    try {
      const result = await this.#producer.send({
        messages: [
          { topic: this.topic, partition: 0, key: Buffer.from(encodeKey(record.key)), value: value === null ? null : Buffer.from(value) },
        ] as never,
      });
      offset = result.offsets?.[0]?.offset;
    } catch (err) {
      throw Errors.store("Register schema operation failed while writing to the Kafka store", err);
    }
    if (offset === undefined) throw Errors.store("The Kafka store did not acknowledge the write");
    await this.#waitFor(offset);
  }

  async #readLoop(): Promise<void> {
    while (!this.#closed) {
      try {
        await this.#fetchOnce();
      } catch (err) {
        if (this.#closed) return;
        this.#options.logger?.warn({ err }, "schema registry: reading %s failed; retrying", this.topic);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  async #fetchOnce(): Promise<void> {
    const sequence = ++this.#fetchSequence;
    const metadata = await this.#consumer.metadata({ topics: [this.topic] });
    this.#clusterId = metadata.id;
    const topic = metadata.topics.get(this.topic);
    const leader = topic?.partitions[0]?.leader;
    if (topic === undefined || leader === undefined) throw new Error(`no leader for ${this.topic}-0`);
    const response = await this.#consumer.fetch({
      node: leader,
      maxWaitTime: 200,
      topics: [
        {
          topicId: topic.id,
          partitions: [{ partition: 0, fetchOffset: this.#position, currentLeaderEpoch: -1, lastFetchedEpoch: -1, partitionMaxBytes: 8 << 20 }],
        },
      ],
    });
    const partition = response.responses[0]?.partitions[0];
    if (partition === undefined || this.#closed) return;
    if (partition.errorCode !== 0) throw new Error(`fetch of ${this.topic}-0 failed with error code ${partition.errorCode}`);
    for (const batch of partition.records ?? []) {
      const control = (batch.attributes & CONTROL_BATCH) !== 0;
      for (const r of batch.records) {
        const offset = batch.firstOffset + BigInt(r.offsetDelta);
        if (offset < this.#position) continue;
        if (!control && r.key !== null) this.#apply(r.key, r.value, offset);
        this.#position = offset + 1n;
      }
      // A batch may end in records compaction removed; skip past its last offset.
      const last = batch.firstOffset + BigInt(batch.lastOffsetDelta);
      if (last >= this.#position) this.#position = last + 1n;
    }
    this.#highWatermark = partition.highWatermark;
    // A fetch sent after sync() was called knows of every write acknowledged before it.
    for (const w of this.#waiters) if (w.offset === -2n && w.fromFetch <= sequence) w.offset = partition.highWatermark - 1n;
    this.#release();
  }

  #apply(key: Buffer, value: Buffer | null, offset: bigint): void {
    let record: SchemaRecord | undefined;
    try {
      record = decodeRecord(key.toString("utf8"), value === null ? null : value.toString("utf8"));
    } catch (err) {
      this.#options.logger?.warn({ err, offset }, "schema registry: skipping an unreadable record of %s", this.topic);
      return;
    }
    if (record !== undefined) this.#options.onRecord(record);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#loop;
    await Promise.allSettled([this.#producer.close(), this.#consumer.close()]);
  }
}
