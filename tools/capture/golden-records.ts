// The records every client produces during a golden capture. They are fixed so the
// golden tests can assert that each captured batch decodes to exactly these; the HL7
// segments repeat enough that every codec shrinks the batch (librdkafka sends a batch
// uncompressed when compressing it would not save space).
export interface GoldenHeader {
  key: string;
  value: string;
}

export interface GoldenRecord {
  key: string;
  value: string;
}

/** Sent on every record (kcat's -H applies its headers to all records it produces). */
export const GOLDEN_HEADERS: readonly GoldenHeader[] = [
  { key: "eventType", value: "ADT^A01" },
  { key: "eventSource", value: "GOOD-HEALTH-HOSPITAL" },
];

function adtA01(controlId: string, patientId: string, name: string, birthDate: string, sex: string): string {
  return [
    `MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|CAREBUS|CAREBUS|20240101120000||ADT^A01^ADT_A01|${controlId}|P|2.5`,
    `EVN|A01|20240101120000`,
    `PID|1||${patientId}^^^GOOD HEALTH HOSPITAL^MR||${name}||${birthDate}|${sex}|||1 MAIN ST^^SPRINGFIELD^IL^62701`,
    `PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0`,
  ].join("\r");
}

const fhirPatient = JSON.stringify({
  resourceType: "Patient",
  id: "1001",
  identifier: [{ system: "urn:oid:2.16.840.1.113883.19.5", value: "1001" }],
  name: [{ family: "EVERYWOMAN", given: ["EVE", "E"] }],
  gender: "female",
  birthDate: "1962-04-09",
});

/** In produce order; keys are patient ids (one patient's events keep their order). */
export const GOLDEN_RECORDS: readonly GoldenRecord[] = [
  { key: "patient-1001", value: adtA01("MSG00001", "1001", "EVERYWOMAN^EVE^E", "19620409", "F") },
  { key: "patient-1002", value: adtA01("MSG00002", "1002", "EVERYMAN^ADAM^A", "19600101", "M") },
  { key: "patient-1001", value: fhirPatient },
  { key: "patient-1003", value: adtA01("MSG00003", "1003", "DOE^JANE^Q", "19851231", "F") },
];

/** The codecs kcat produces with, one topic each (`golden-<codec>`). */
export const GOLDEN_CODECS = ["gzip", "snappy", "lz4", "zstd"] as const;
export type GoldenCodec = (typeof GOLDEN_CODECS)[number];

export const GOLDEN_TOPIC = "golden";
