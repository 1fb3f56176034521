// Confluent's Protobuf compatibility, one schema pair per change kind, checked both
// ways: `backward` lists the error types of new.isBackwardCompatible(old) (BACKWARD),
// `forward` those of old.isBackwardCompatible(new) (FORWARD); FULL needs both empty.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { protobufFormat } from "./protobuf-format.js";

interface Case {
  readonly change: string;
  readonly old: string;
  readonly new: string;
  readonly backward: readonly string[];
  readonly forward: readonly string[];
}

const p3 = (body: string, pkg = "carebus.test"): string => `syntax = "proto3";\npackage ${pkg};\n${body}\n`;
const p2 = (body: string): string => `syntax = "proto2";\npackage carebus.test;\n${body}\n`;
const field = (type: string, extra = ""): string => p3(`message Reading {\n  string patient_id = 1;\n  ${type} value = 2;${extra}\n}`);
const CODINGS = `message Coding { string code = 1; }\nmessage OtherCoding { string code = 1; }\nenum Unit { UNIT_UNSPECIFIED = 0; BPM = 1; }`;

const CASES: readonly Case[] = [
  { change: "field added", old: field("double"), new: field("double", "\n  string unit = 3;"), backward: [], forward: [] },
  { change: "field renamed", old: field("double"), new: field("double").replace("value", "reading"), backward: [], forward: [] },
  { change: "int32 to int64 (same wire group)", old: field("int32"), new: field("int64"), backward: [], forward: [] },
  { change: "uint32 to bool (same wire group)", old: field("uint32"), new: field("bool"), backward: [], forward: [] },
  { change: "int32 to sint32", old: field("int32"), new: field("sint32"), backward: ["FIELD_SCALAR_KIND_CHANGED"], forward: ["FIELD_SCALAR_KIND_CHANGED"] },
  { change: "sint32 to sint64", old: field("sint32"), new: field("sint64"), backward: [], forward: [] },
  { change: "string to bytes", old: field("string"), new: field("bytes"), backward: [], forward: [] },
  { change: "fixed32 to sfixed32", old: field("fixed32"), new: field("sfixed32"), backward: [], forward: [] },
  { change: "fixed64 to sfixed64", old: field("fixed64"), new: field("sfixed64"), backward: [], forward: [] },
  { change: "fixed32 to fixed64", old: field("fixed32"), new: field("fixed64"), backward: ["FIELD_SCALAR_KIND_CHANGED"], forward: ["FIELD_SCALAR_KIND_CHANGED"] },
  { change: "float to double", old: field("float"), new: field("double"), backward: ["FIELD_SCALAR_KIND_CHANGED"], forward: ["FIELD_SCALAR_KIND_CHANGED"] },
  { change: "int32 to an enum", old: field("int32", `\n}\n${CODINGS}\nmessage X {`), new: field("Unit", `\n}\n${CODINGS}\nmessage X {`), backward: [], forward: [] },
  { change: "scalar to message", old: field("string", `\n}\n${CODINGS}\nmessage X {`), new: field("Coding", `\n}\n${CODINGS}\nmessage X {`),
    backward: ["FIELD_KIND_CHANGED"], forward: ["FIELD_KIND_CHANGED"] },
  { change: "message type renamed", old: field("Coding", `\n}\n${CODINGS}\nmessage X {`), new: field("OtherCoding", `\n}\n${CODINGS}\nmessage X {`),
    backward: ["FIELD_NAMED_TYPE_CHANGED"], forward: ["FIELD_NAMED_TYPE_CHANGED"] },
  { change: "map value type changed", old: field("map<string, string>"), new: field("map<string, double>"),
    backward: ["FIELD_SCALAR_KIND_CHANGED"], forward: ["FIELD_SCALAR_KIND_CHANGED"] },
  { change: "scalar to map", old: field("string"), new: field("map<string, string>"), backward: ["FIELD_KIND_CHANGED"], forward: ["FIELD_KIND_CHANGED"] },
  { change: "message removed", old: p3("message A { string a = 1; }\nmessage B { string b = 1; }"), new: p3("message A { string a = 1; }"),
    backward: ["MESSAGE_REMOVED"], forward: [] },
  { change: "messages reordered", old: p3("message A { string a = 1; }\nmessage B { string b = 1; }"), new: p3("message B { string b = 1; }\nmessage A { string a = 1; }"),
    backward: [], forward: [] },
  { change: "package changed", old: field("double"), new: field("double").replace("carebus.test", "carebus.test.v2"),
    backward: ["PACKAGE_CHANGED"], forward: ["PACKAGE_CHANGED"] },
  { change: "proto2 required field added", old: p2("message R { required string id = 1; }"), new: p2("message R { required string id = 1; required int32 hr = 2; }"),
    backward: ["REQUIRED_FIELD_ADDED"], forward: ["REQUIRED_FIELD_REMOVED"] },
  { change: "proto2 optional number made repeated", old: p2("message R { optional int32 hr = 1; }"), new: p2("message R { repeated int32 hr = 1; }"),
    backward: ["FIELD_NUMERIC_LABEL_CHANGED"], forward: ["FIELD_NUMERIC_LABEL_CHANGED"] },
  { change: "proto2 optional string made repeated", old: p2("message R { optional string note = 1; }"), new: p2("message R { repeated string note = 1; }"),
    backward: [], forward: [] },
  { change: "oneof member removed", old: p3("message R {\n  oneof site { string ward = 1; string bed = 2; }\n}"), new: p3("message R {\n  oneof site { string ward = 1; }\n}"),
    backward: ["ONEOF_FIELD_REMOVED"], forward: [] },
  { change: "whole oneof removed", old: p3("message R {\n  string id = 3;\n  oneof site { string ward = 1; string bed = 2; }\n}"), new: p3("message R {\n  string id = 3;\n}"),
    backward: [], forward: [] },
  { change: "two fields moved into a new oneof", old: p3("message R {\n  string ward = 1;\n  string bed = 2;\n}"), new: p3("message R {\n  oneof site { string ward = 1; string bed = 2; }\n}"),
    backward: ["MULTIPLE_FIELDS_MOVED_TO_ONEOF"], forward: [] },
  { change: "a field moved into an existing oneof", old: p3("message R {\n  string bed = 2;\n  oneof site { string ward = 1; }\n}"), new: p3("message R {\n  oneof site { string ward = 1; string bed = 2; }\n}"),
    backward: ["FIELD_MOVED_TO_EXISTING_ONEOF"], forward: [] },
  { change: "enum constant added", old: p3("enum Unit { UNIT_UNSPECIFIED = 0; }\nmessage R { Unit unit = 1; }"), new: p3("enum Unit { UNIT_UNSPECIFIED = 0; BPM = 1; }\nmessage R { Unit unit = 1; }"),
    backward: [], forward: [] },
  { change: "nested message's field type changed", old: p3("message R {\n  Inner inner = 1;\n  message Inner { string v = 1; }\n}"), new: p3("message R {\n  Inner inner = 1;\n  message Inner { double v = 1; }\n}"),
    backward: ["FIELD_SCALAR_KIND_CHANGED"], forward: ["FIELD_SCALAR_KIND_CHANGED"] },
];

function errorTypes(messages: readonly string[]): string[] {
  return messages.map((m) => /^\{errorType:"([A-Z_]+)"/.exec(m)?.[1] ?? m);
}

describe("Protobuf compatibility matrix", () => {
  for (const c of CASES) {
    test(c.change, () => {
      const before = protobufFormat.parse(c.old, new Map());
      const after = protobufFormat.parse(c.new, new Map());
      assert.deepEqual(errorTypes(after.isBackwardCompatible(before)), c.backward, "BACKWARD");
      assert.deepEqual(errorTypes(before.isBackwardCompatible(after)), c.forward, "FORWARD");
    });
  }
});

describe("Protobuf compatibility messages and references", () => {
  const read = (name: string): string => readFileSync(new URL(`../../../../test/data/registry/protobuf/${name}`, import.meta.url), "utf8");

  test("are Confluent's strings, with the new schema as reader", () => {
    const v1 = protobufFormat.parse(read("vitals_observation.proto"), new Map());
    const v2 = protobufFormat.parse(read("vitals_observation.proto").replace("double value = 3;", "float value = 3;"), new Map());
    assert.deepEqual(v2.isBackwardCompatible(v1), [
      `{errorType:"FIELD_SCALAR_KIND_CHANGED", description:"The kind of a SCALAR field at path '#/VitalsObservation/3' in the new schema does not match its kind in the old schema"}`,
    ]);
    const removed = protobufFormat.parse(read("vitals_observation.proto").replace(/\n {2}message Component \{[^}]*\}\n/, "\n").replace("repeated Component components = 6;", ""), new Map());
    assert.deepEqual(removed.isBackwardCompatible(v1), [
      `{errorType:"MESSAGE_REMOVED", description:"The new schema is missing a MESSAGE type at path '#/VitalsObservation/Component' in the old schema"}`,
    ]);
  });

  test("a change inside a referenced schema surfaces at the referring field", () => {
    const coding = read("carebus/common/coding.proto");
    const v1 = protobufFormat.parse(read("patient_admitted.proto"), new Map([["carebus/common/coding.proto", coding]]));
    const v2 = protobufFormat.parse(read("patient_admitted.proto"), new Map([["carebus/common/coding.proto", coding.replace("string code = 2;", "int64 code = 2;")]]));
    assert.deepEqual(errorTypes(v2.isBackwardCompatible(v1)), ["FIELD_SCALAR_KIND_CHANGED", "FIELD_NAMED_TYPE_CHANGED"]);
    assert.match(v2.isBackwardCompatible(v1)[1] ?? "", /path '#\/PatientAdmitted\/5'/);
    const v3 = protobufFormat.parse(read("patient_admitted.proto"), new Map([["carebus/common/coding.proto", coding.replace("string display = 3;", "string display = 3;\n  string version = 4;")]]));
    assert.deepEqual(v3.isBackwardCompatible(v1), []);
  });

  test("patient admitted: a new encounter class and an optional field are FULL compatible", () => {
    const refs = new Map([["carebus/common/coding.proto", read("carebus/common/coding.proto")]]);
    const v1 = protobufFormat.parse(read("patient_admitted.proto"), refs);
    const v2 = protobufFormat.parse(read("patient_admitted.proto")
      .replace("EMERGENCY = 2;", "EMERGENCY = 2;\n    OBSERVATION = 3;")
      .replace("map<string, string> identifiers = 6;", "map<string, string> identifiers = 6;\n  optional string attending_practitioner = 9;"), refs);
    assert.deepEqual(v2.isBackwardCompatible(v1), []);
    assert.deepEqual(v1.isBackwardCompatible(v2), []);
  });
});
