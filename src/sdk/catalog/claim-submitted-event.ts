// financial.claim.submitted: a claim is sent to a payer (FHIR Claim / X12 837), with its
// diagnoses and service lines.
import type avro from "avsc";
import { codingRecord, eventMetadataField, optionalString, providerRecord, type Coding, type EventMetadata, type Provider } from "./shared-records.js";

export type ClaimType = "PROFESSIONAL" | "INSTITUTIONAL" | "DENTAL" | "PHARMACY";

export interface ClaimLine {
  lineNumber: number;
  procedure: Coding;
  units: number;
  /** In `currency`. */
  chargeAmount: number;
}

export interface ClaimSubmittedEvent {
  metadata: EventMetadata;
  claimId: string;
  patientId: string;
  encounterId: string | null;
  payerId: string;
  claimType: ClaimType;
  billingProvider: Provider;
  /** Epoch milliseconds. */
  serviceDate: number;
  submittedAt: number;
  diagnoses: Coding[];
  lines: ClaimLine[];
  totalCharge: number;
  currency: string;
}

export const claimSubmittedEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "ClaimSubmittedEvent",
  namespace: "com.healthcare.events.financial",
  fields: [
    eventMetadataField,
    { name: "claimId", type: "string" },
    { name: "patientId", type: "string" },
    optionalString("encounterId"),
    { name: "payerId", type: "string" },
    { name: "claimType", type: { type: "enum", name: "ClaimType", symbols: ["PROFESSIONAL", "INSTITUTIONAL", "DENTAL", "PHARMACY"] } },
    { name: "billingProvider", type: providerRecord },
    { name: "serviceDate", type: "long" },
    { name: "submittedAt", type: "long" },
    { name: "diagnoses", type: { type: "array", items: codingRecord }, default: [] },
    {
      name: "lines",
      type: {
        type: "array",
        items: {
          type: "record",
          name: "ClaimLine",
          fields: [
            { name: "lineNumber", type: "int" },
            { name: "procedure", type: "Coding" },
            { name: "units", type: "int" },
            { name: "chargeAmount", type: "double" },
          ],
        },
      },
      default: [],
    },
    { name: "totalCharge", type: "double" },
    { name: "currency", type: "string", default: "USD" },
  ],
};
