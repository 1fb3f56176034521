// clinical.result.reported: a laboratory result for an order (FHIR Observation /
// HL7 ORU), numeric or textual, with its reference range and interpretation.
import type avro from "avsc";
import { codingRecord, eventMetadataField, optionalString, type Coding, type EventMetadata } from "./shared-records.js";

export type ResultStatus = "PRELIMINARY" | "FINAL" | "CORRECTED" | "CANCELLED";
export type ResultInterpretation = "NORMAL" | "LOW" | "HIGH" | "CRITICAL_LOW" | "CRITICAL_HIGH" | "ABNORMAL";

export interface ReferenceRange {
  low: number | null;
  high: number | null;
}

export interface LabResultEvent {
  metadata: EventMetadata;
  resultId: string;
  orderId: string;
  patientId: string;
  /** The test, usually a LOINC code. */
  test: Coding;
  valueQuantity: number | null;
  valueString: string | null;
  unit: string | null;
  referenceRange: ReferenceRange | null;
  interpretation: ResultInterpretation | null;
  status: ResultStatus;
  /** Epoch milliseconds. */
  reportedAt: number;
  performingLab: string | null;
}

export const labResultEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "LabResultEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "resultId", type: "string" },
    { name: "orderId", type: "string" },
    { name: "patientId", type: "string" },
    { name: "test", type: codingRecord },
    { name: "valueQuantity", type: ["null", "double"], default: null },
    optionalString("valueString"),
    optionalString("unit"),
    {
      name: "referenceRange",
      type: [
        "null",
        {
          type: "record",
          name: "ReferenceRange",
          fields: [
            { name: "low", type: ["null", "double"], default: null },
            { name: "high", type: ["null", "double"], default: null },
          ],
        },
      ],
      default: null,
    },
    {
      name: "interpretation",
      type: ["null", { type: "enum", name: "ResultInterpretation", symbols: ["NORMAL", "LOW", "HIGH", "CRITICAL_LOW", "CRITICAL_HIGH", "ABNORMAL"] }],
      default: null,
    },
    { name: "status", type: { type: "enum", name: "ResultStatus", symbols: ["PRELIMINARY", "FINAL", "CORRECTED", "CANCELLED"] } },
    { name: "reportedAt", type: "long" },
    optionalString("performingLab"),
  ],
};
