// The broker's side of the audit topic sink: `security.audit.phi-access` as an ordinary
// topic of this broker, created on first use (one partition so the topic keeps chain
// order; cleanup.policy=delete; retention.ms from carebus.audit.topic.retention.ms), and
// written through Broker.appendRecords so fetches of it wake. Each record's key is the
// principal, its value the entry's JSON (the same text as the file's line).
import { encodeRecordBatch } from "../protocol/records/record-batch.js";
import type { AuditEntry } from "../security/audit/audit-event.js";
import { AUDIT_TOPIC, type AuditTopicAppender } from "../security/audit/audit-topic-sink.js";
import type { Broker } from "./broker.js";

export class BrokerAuditTopicAppender implements AuditTopicAppender {
  readonly #broker: Broker;

  constructor(broker: Broker) {
    this.#broker = broker;
  }

  append(entries: readonly AuditEntry[]): Promise<void> {
    const broker = this.#broker;
    if (broker.topics.get(AUDIT_TOPIC) === undefined) {
      broker.createTopic(AUDIT_TOPIC, 1, {
        "cleanup.policy": "delete",
        "retention.ms": String(broker.config.get("carebus.audit.topic.retention.ms")),
      });
    }
    const log = broker.getLog(AUDIT_TOPIC, 0);
    if (log === undefined) return Promise.reject(new Error(`${AUDIT_TOPIC}-0 does not exist`));
    const batch = encodeRecordBatch({
      records: entries.map((e) => ({ key: Buffer.from(e.principal), value: Buffer.from(JSON.stringify(e)), timestamp: BigInt(e.timeMs) })),
    });
    broker.appendRecords(log, batch);
    return Promise.resolve();
  }
}
