// Records several catalog events share, as TypeScript types and Avro fragments. An Avro
// named type is defined once per schema and then referred to by name, so each event
// schema embeds a fragment at its first use (the event's namespace applies to it).
import type avro from "avsc";

/** Every event's envelope (the seeds' EventMetadata with its Confluent Cloud extensions). */
export interface EventMetadata {
  eventId: string;
  eventType: string;
  eventSource: string;
  /** Epoch milliseconds. */
  eventTime: number;
  correlationId: string;
  version: string;
  traceId: string | null;
  schemaId: number | null;
  dataClassification: string | null;
  retentionPolicy: string | null;
}

export interface Provider {
  providerId: string;
  name: string;
  specialty: string | null;
  npi: string | null;
}

export interface Department {
  departmentId: string;
  name: string;
}

/** A code from a terminology (FHIR Coding: LOINC, SNOMED CT, ICD-10, CPT, RxNorm). */
export interface Coding {
  system: string;
  code: string;
  display: string;
}

export interface DataQuality {
  completeness: number;
  validationStatus: "PASSED" | "WARNING" | "FAILED";
  validationMessages: string[] | null;
}

export interface BedAssignment {
  unit: string;
  room: string;
  bed: string;
}

type Field = avro.schema.RecordType["fields"][number];
const optionalString = (name: string): Field => ({ name, type: ["null", "string"], default: null });

export const eventMetadataField: Field = {
  name: "metadata",
  type: {
    type: "record",
    name: "EventMetadata",
    fields: [
      { name: "eventId", type: "string" },
      { name: "eventType", type: "string" },
      { name: "eventSource", type: "string" },
      { name: "eventTime", type: "long" },
      { name: "correlationId", type: "string" },
      { name: "version", type: "string" },
      optionalString("traceId"),
      { name: "schemaId", type: ["null", "int"], default: null },
      optionalString("dataClassification"),
      optionalString("retentionPolicy"),
    ],
  },
};

export const providerRecord: avro.schema.RecordType = {
  type: "record",
  name: "Provider",
  fields: [{ name: "providerId", type: "string" }, { name: "name", type: "string" }, optionalString("specialty"), optionalString("npi")],
};

export const departmentRecord: avro.schema.RecordType = {
  type: "record",
  name: "Department",
  fields: [
    { name: "departmentId", type: "string" },
    { name: "name", type: "string" },
  ],
};

export const codingRecord: avro.schema.RecordType = {
  type: "record",
  name: "Coding",
  fields: [
    { name: "system", type: "string" },
    { name: "code", type: "string" },
    { name: "display", type: "string" },
  ],
};

export const bedAssignmentRecord: avro.schema.RecordType = {
  type: "record",
  name: "BedAssignment",
  fields: [
    { name: "unit", type: "string" },
    { name: "room", type: "string" },
    { name: "bed", type: "string" },
  ],
};

export const dataQualityField: Field = {
  name: "dataQuality",
  type: [
    "null",
    {
      type: "record",
      name: "DataQuality",
      fields: [
        { name: "completeness", type: "double" },
        { name: "validationStatus", type: { type: "enum", name: "ValidationStatus", symbols: ["PASSED", "WARNING", "FAILED"] } },
        { name: "validationMessages", type: ["null", { type: "array", items: "string" }], default: null },
      ],
    },
  ],
  default: null,
};

export { optionalString };
