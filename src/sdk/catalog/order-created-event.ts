// clinical.order.created: a clinician orders a test, medication, procedure or consult
// (FHIR ServiceRequest / HL7 ORM).
import type avro from "avsc";
import { codingRecord, eventMetadataField, optionalString, providerRecord, type Coding, type EventMetadata, type Provider } from "./shared-records.js";

export type OrderType = "LAB" | "IMAGING" | "MEDICATION" | "PROCEDURE" | "CONSULT";
export type OrderPriority = "ROUTINE" | "URGENT" | "ASAP" | "STAT";

export interface OrderCreatedEvent {
  metadata: EventMetadata;
  orderId: string;
  patientId: string;
  encounterId: string;
  orderType: OrderType;
  code: Coding;
  priority: OrderPriority;
  orderingProvider: Provider;
  /** Epoch milliseconds. */
  orderedAt: number;
  notes: string | null;
}

export const orderCreatedEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "OrderCreatedEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "orderId", type: "string" },
    { name: "patientId", type: "string" },
    { name: "encounterId", type: "string" },
    { name: "orderType", type: { type: "enum", name: "OrderType", symbols: ["LAB", "IMAGING", "MEDICATION", "PROCEDURE", "CONSULT"] } },
    { name: "code", type: codingRecord },
    { name: "priority", type: { type: "enum", name: "OrderPriority", symbols: ["ROUTINE", "URGENT", "ASAP", "STAT"] } },
    { name: "orderingProvider", type: providerRecord },
    { name: "orderedAt", type: "long" },
    optionalString("notes"),
  ],
};
