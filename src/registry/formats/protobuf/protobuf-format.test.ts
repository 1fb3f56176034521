import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { InvalidSchemaError } from "../schema-format.js";
import { protobufFormat } from "./protobuf-format.js";

const NONE = new Map<string, string>();
const data = (name: string): string => readFileSync(new URL(`../../../../test/data/registry/protobuf/${name}`, import.meta.url), "utf8");
const CODING = new Map([["carebus/common/coding.proto", data("carebus/common/coding.proto")]]);

function invalid(text: string, pattern: RegExp, references: ReadonlyMap<string, string> = NONE): void {
  assert.throws(() => protobufFormat.parse(text, references), (error: unknown) => {
    assert.ok(error instanceof InvalidSchemaError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe("Protobuf parse", () => {
  test("a syntax error names its line", () => {
    invalid(`syntax = "proto3";\nmessage M {\n  string x = 1\n}\n`, /^Invalid Protobuf schema: illegal token '}'.*\(line 4\)/);
  });

  test("an unknown type is invalid", () => {
    invalid(`syntax = "proto3";\nmessage M {\n  Foo x = 1;\n}\n`, /no such Type or Enum 'Foo'/);
  });

  test("an import must come from the references unless it is well known", () => {
    invalid(data("patient_admitted.proto"), /import 'carebus\/common\/coding.proto' is not among the schema's references/);
    const schema = protobufFormat.parse(data("patient_admitted.proto"), CODING);
    assert.equal(schema.name, "carebus.adt.v1.PatientAdmitted");
    assert.equal(protobufFormat.parse(data("vitals_observation.proto"), NONE).name, "carebus.vitals.v1.VitalsObservation");
  });

  test("Confluent's and Google's common imports resolve without references", () => {
    const schema = protobufFormat.parse(`syntax = "proto3";
import "confluent/meta.proto";
import "confluent/type/decimal.proto";
import "google/type/date.proto";
import "google/protobuf/wrappers.proto";
message Charge {
  confluent.type.Decimal amount = 1 [(confluent.field_meta).tags = "PHI"];
  google.type.Date service_date = 2;
  google.protobuf.StringValue note = 3;
}`, NONE);
    assert.equal(schema.name, "Charge");
    assert.ok(schema.canonicalString().includes(`confluent.type.Decimal amount = 1 [(confluent.field_meta).tags = "PHI"];`));
  });

  test("a file without messages has no name", () => {
    assert.equal(protobufFormat.parse(`syntax = "proto3";\nenum E { A = 0; }\n`, NONE).name, undefined);
  });
});

describe("Protobuf canonical text", () => {
  test("is Confluent's layout: sections split by blank lines, comments dropped, oneofs after fields", () => {
    const schema = protobufFormat.parse(data("patient_admitted.proto"), CODING);
    assert.equal(schema.canonicalString(), `syntax = "proto3";
package carebus.adt.v1;

import "google/protobuf/timestamp.proto";
import "carebus/common/coding.proto";

option java_package = "org.example.carebus.adt";

message PatientAdmitted {
  string event_id = 1;
  string patient_id = 2;
  google.protobuf.Timestamp admitted_at = 3;
  EncounterClass encounter_class = 4;
  carebus.common.Coding reason = 5;
  map<string, string> identifiers = 6;

  oneof location {
    string ward = 7;
    string bed = 8;
  }

  enum EncounterClass {
    ENCOUNTER_CLASS_UNSPECIFIED = 0;
    INPATIENT = 1;
    EMERGENCY = 2;
  }
}
`);
  });

  test("normalize sorts imports, options, fields and qualifies type names", () => {
    const schema = protobufFormat.parse(`syntax = "proto3";
package carebus.vitals.v1;
import "google/protobuf/timestamp.proto";
import "carebus/common/coding.proto";
option java_package = "org.example";
option java_multiple_files = true;
message VitalsObservation {
  google.protobuf.Timestamp effective_at = 5;
  carebus.common.Coding code = 2;
  string patient_id = 1;
  map<string, Component> components = 6;
  message Component { double value = 1; }
}`, CODING);
    assert.equal(schema.normalize().canonicalString(), `syntax = "proto3";
package carebus.vitals.v1;

import "carebus/common/coding.proto";
import "google/protobuf/timestamp.proto";

option java_multiple_files = true;
option java_package = "org.example";

message VitalsObservation {
  string patient_id = 1;
  .carebus.common.Coding code = 2;
  .google.protobuf.Timestamp effective_at = 5;
  map<string, .carebus.vitals.v1.VitalsObservation.Component> components = 6;

  message Component {
    double value = 1;
  }
}
`);
  });

  test("keeps proto2 labels, defaults, json names, reserved ranges and nested indentation", () => {
    const schema = protobufFormat.parse(`syntax = "proto2";
message Encounter {
  reserved 4, 9 to 11;
  reserved "legacy_id";
  required string id = 1;
  optional int32 priority = 2 [default = 3, json_name = "prio"];
  repeated string notes = 3 [deprecated = true];
  message Bed {
    optional string ward = 1;

    enum Kind { ICU = 1; }
  }
}
enum Status { option allow_alias = true; ACTIVE = 1; CURRENT = 1 [deprecated = true]; }
`, NONE);
    assert.equal(schema.canonicalString(), `syntax = "proto2";

message Encounter {
  reserved 4, 9 to 11;
  reserved "legacy_id";

  required string id = 1;
  optional int32 priority = 2 [
    default = 3,
    json_name = "prio"
  ];
  repeated string notes = 3 [deprecated = true];

  message Bed {
    optional string ward = 1;
  ${""}
    enum Kind {
      ICU = 1;
    }
  }
}
enum Status {
  option allow_alias = true;
  ACTIVE = 1;
  CURRENT = 1 [deprecated = true];
}
`);
    const normalized = schema.normalize().canonicalString();
    assert.ok(normalized.startsWith("\nmessage Encounter {\n  reserved 4;\n  reserved 9 to 11;\n  reserved \"legacy_id\";\n"), normalized);
  });

  test("keeps extend blocks and services, after the types", () => {
    const schema = protobufFormat.parse(`syntax = "proto3"; package a; import "google/protobuf/descriptor.proto";
extend google.protobuf.FieldOptions { string phi = 50001; repeated string tags = 50002; }
message M { extend google.protobuf.MessageOptions { bool audited = 50003; } string x = 1 [(phi) = "name"]; }
service Registry { rpc Get (M) returns (stream M); }`, NONE);
    assert.equal(schema.canonicalString(), `syntax = "proto3";
package a;

import "google/protobuf/descriptor.proto";

message M {
  string x = 1 [(phi) = "name"];

  extend google.protobuf.MessageOptions {
    bool audited = 50003;
  }
}

extend google.protobuf.FieldOptions {
  string phi = 50001;
  repeated string tags = 50002;
}

service Registry {
  rpc Get (M) returns (stream M);
}
`);
    assert.match(schema.normalize().canonicalString(), /extend \.google\.protobuf\.FieldOptions \{[\s\S]*rpc Get \(\.a\.M\) returns \(stream \.a\.M\);/);
  });

  test("custom options: dotted as written, merged into one qualified map when normalized", () => {
    const schema = protobufFormat.parse(`syntax = "proto3";
package carebus.adt.v1;
import "confluent/meta.proto";
message PatientAdmitted {
  option (confluent.message_meta).doc = "ADT^A01";
  string patient_id = 1 [(confluent.field_meta).tags = "PHI", (confluent.field_meta).doc = "MRN"];
}`, NONE);
    assert.equal(schema.canonicalString(), `syntax = "proto3";
package carebus.adt.v1;

import "confluent/meta.proto";

message PatientAdmitted {
  option (confluent.message_meta).doc = "ADT^A01";

  string patient_id = 1 [
    (confluent.field_meta).tags = "PHI",
    (confluent.field_meta).doc = "MRN"
  ];
}
`);
    assert.ok(schema.normalize().canonicalString().endsWith(`message PatientAdmitted {
  option (confluent.message_meta) = {
    doc: "ADT^A01"
  };

  string patient_id = 1 [(confluent.field_meta) = {
    doc: "MRN",
    tags: "PHI"
  }];
}
`), schema.normalize().canonicalString());
  });

  test("deepEquals ignores layout but not content or references", () => {
    const a = protobufFormat.parse(`syntax = "proto3"; message M { string a = 1; }`, NONE);
    assert.ok(a.deepEquals(protobufFormat.parse(`syntax="proto3";\n\nmessage M {\n  // a comment\n  string a=1;\n}`, NONE)));
    assert.ok(!a.deepEquals(protobufFormat.parse(`syntax = "proto3"; message M { string b = 1; }`, NONE)));
    const changed = new Map([["carebus/common/coding.proto", data("carebus/common/coding.proto").replace("display", "label")]]);
    assert.ok(!protobufFormat.parse(data("patient_admitted.proto"), CODING).deepEquals(protobufFormat.parse(data("patient_admitted.proto"), changed)));
  });
});
