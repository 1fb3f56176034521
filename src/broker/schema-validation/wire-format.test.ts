import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { frameConfluent, parseConfluentFrame, parseMessageIndexes, readZigZagVarint } from "./wire-format.js";
import { subjectName, subjectNameStrategyOf } from "./subject-name-strategy.js";
import { ExpiringCache } from "./expiring-cache.js";

void describe("Confluent wire format", () => {
  void test("magic byte 0 and a big-endian schema id", () => {
    const framed = frameConfluent(258, Buffer.from("xyz"));
    assert.deepEqual([...framed.subarray(0, 5)], [0, 0, 0, 1, 2]);
    assert.deepEqual(parseConfluentFrame(framed), { ok: true, value: { schemaId: 258, bodyOffset: 5 } });
  });

  void test("plain JSON, short values and null are not framed", () => {
    const json = parseConfluentFrame(Buffer.from('{"patientId":"p-1"}'));
    assert.equal(json.ok, false);
    assert.match(json.ok ? "" : json.reason, /magic byte 0 \(found 123\)/);
    assert.equal(parseConfluentFrame(Buffer.from([0, 0, 1])).ok, false);
    assert.equal(parseConfluentFrame(null).ok, false);
  });

  void test("Protobuf message indexes: [0] as a single 0, paths as zigzag varints", () => {
    const first = frameConfluent(7, Buffer.from([8, 1]), [0]);
    assert.deepEqual([...first.subarray(5)], [0, 8, 1]);
    assert.deepEqual(parseMessageIndexes(first, 5), { ok: true, value: { indexes: [0], payloadOffset: 6 } });
    const nested = frameConfluent(7, Buffer.from([8, 1]), [1, 2]);
    // count 2 → 4, 1 → 2, 2 → 4 in zigzag
    assert.deepEqual([...nested.subarray(5, 8)], [4, 2, 4]);
    assert.deepEqual(parseMessageIndexes(nested, 5), { ok: true, value: { indexes: [1, 2], payloadOffset: 8 } });
    assert.equal(parseMessageIndexes(Buffer.from([0, 0, 0, 0, 7, 4, 2]), 5).ok, false);
    assert.deepEqual(readZigZagVarint(Buffer.from([0x01]), 0), { value: -1, next: 1 });
    assert.deepEqual(readZigZagVarint(Buffer.from([0xac, 0x02]), 0), { value: 150, next: 2 });
  });
});

void describe("subject name strategies", () => {
  void test("Confluent's three, by class name", () => {
    const topic = subjectNameStrategyOf("io.confluent.kafka.serializers.subject.TopicNameStrategy");
    assert.equal(subjectName(topic, "clinical.patient.admitted", false, "x.Y"), "clinical.patient.admitted-value");
    assert.equal(subjectName(topic, "clinical.patient.admitted", true, undefined), "clinical.patient.admitted-key");
    const record = subjectNameStrategyOf("io.confluent.kafka.serializers.subject.RecordNameStrategy");
    assert.equal(subjectName(record, "t", false, "org.carebus.PatientAdmittedEvent"), "org.carebus.PatientAdmittedEvent");
    const topicRecord = subjectNameStrategyOf("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy");
    assert.equal(subjectName(topicRecord, "t", false, "org.carebus.E"), "t-org.carebus.E");
    assert.equal(subjectName(topicRecord, "t", false, undefined), undefined);
    assert.throws(() => subjectNameStrategyOf("com.example.Custom"));
  });
});

void describe("ExpiringCache", () => {
  void test("entries expire at their TTL and the oldest goes when full", () => {
    const cache = new ExpiringCache<number, string>(2);
    cache.set(1, "a", 100, 0);
    assert.equal(cache.get(1, 99), "a");
    assert.equal(cache.get(1, 100), undefined);
    cache.set(1, "a", 100, 0);
    cache.set(2, "b", 100, 0);
    cache.set(3, "c", 100, 0);
    assert.equal(cache.size, 2);
    assert.equal(cache.get(1, 0), undefined);
    assert.equal(cache.get(3, 0), "c");
  });
});
