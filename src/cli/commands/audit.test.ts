import { test } from "node:test";
import assert from "node:assert/strict";
import type { AuditEntry } from "../../security/audit/audit-event.js";
import { formatEntry } from "./audit.js";

test("audit tail prints one readable line per entry: time, seq, kind, decision, who, what", () => {
  const entry: AuditEntry = {
    kind: "TOPIC_CONFIG_CHANGE", time: "2026-12-02T05:00:00.000Z", timeMs: 0, principal: "User:alice", clientId: "admin-tool",
    clientAddress: "10.1.2.3", listener: "SASL_SSL", api: "IncrementalAlterConfigs", correlationId: 4,
    resource: { type: "TOPIC", name: "clinical.patient.admitted" }, operation: "ALTER_CONFIGS", decision: "SUCCESS",
    details: { operations: [{ operation: "SET", name: "retention.ms", value: "1000" }] }, seq: 12, prevHash: "a", hash: "b",
  };
  assert.equal(
    formatEntry(entry),
    '2026-12-02T05:00:00.000Z #12 TOPIC_CONFIG_CHANGE SUCCESS User:alice@10.1.2.3 (admin-tool) ALTER_CONFIGS TOPIC:clinical.patient.admitted via IncrementalAlterConfigs [SASL_SSL] {"operations":[{"operation":"SET","name":"retention.ms","value":"1000"}]}',
  );
});
