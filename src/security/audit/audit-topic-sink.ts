// The Kafka-topic copy of the audit log, `security.audit.phi-access`, for consumers
// (SIEM, the console). Entries are queued and appended asynchronously in batches, so an
// audited request never waits for, nor fails because of, the topic. A failed append is
// logged as a warning and dropped: the JSON-lines file, written first, stays complete.
// How entries reach the topic is the broker's business (AuditTopicAppender).
import type { Logger } from "../../util/logger.js";
import type { AuditEntry } from "./audit-event.js";

export const AUDIT_TOPIC = "security.audit.phi-access";

export interface AuditTopicAppender {
  /** Appends the entries, in order, as one batch; rejects on failure. */
  append(entries: readonly AuditEntry[]): Promise<void>;
}

export class AuditTopicSink {
  readonly #appender: AuditTopicAppender;
  readonly #log: Logger;
  #queue: AuditEntry[] = [];
  #draining: Promise<void> | undefined;

  constructor(appender: AuditTopicAppender, log: Logger) {
    this.#appender = appender;
    this.#log = log;
  }

  write(entry: AuditEntry): void {
    this.#queue.push(entry);
    this.#draining ??= this.#drain();
  }

  /** Resolves once every queued entry was appended (or failed and was logged). */
  async flush(): Promise<void> {
    while (this.#draining !== undefined) await this.#draining;
  }

  async #drain(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue;
        this.#queue = [];
        try {
          await this.#appender.append(batch);
        } catch (err) {
          this.#log.warn(
            { err, topic: AUDIT_TOPIC, firstSeq: batch[0]?.seq, lastSeq: batch.at(-1)?.seq },
            `cannot write audit entries to ${AUDIT_TOPIC}; they are in the audit file`,
          );
        }
      }
    } finally {
      this.#draining = undefined;
    }
  }
}
