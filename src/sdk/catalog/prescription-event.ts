// pharmacy.prescription.created: a prescription is written (the seeds' FHIR-aligned
// PrescriptionEvent; the seeds' topic healthcare.prescription.created follows the same
// <domain>.<entity>.<event> pattern).
import type avro from "avsc";

export interface MedicationReference {
  system: string;
  code: string;
  display: string;
}

export interface PrescriptionData {
  prescriptionId: string;
  medicationReference: MedicationReference;
  patientId: string;
  practitionerId: string;
  dosageInstruction: string;
  /** ISO 8601. */
  dateWritten: string;
  status: string;
}

export interface PrescriptionEvent {
  eventId: string;
  eventType: string;
  /** ISO 8601. */
  timestamp: string;
  data: PrescriptionData;
  metadata: { source: string; version: string };
}

export const prescriptionEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "PrescriptionEvent",
  namespace: "com.healthcare.events.pharmacy",
  fields: [
    { name: "eventId", type: "string" },
    { name: "eventType", type: "string" },
    { name: "timestamp", type: "string" },
    {
      name: "data",
      type: {
        type: "record",
        name: "PrescriptionData",
        fields: [
          { name: "prescriptionId", type: "string" },
          {
            name: "medicationReference",
            type: {
              type: "record",
              name: "MedicationReference",
              fields: [
                { name: "system", type: "string" },
                { name: "code", type: "string" },
                { name: "display", type: "string" },
              ],
            },
          },
          { name: "patientId", type: "string" },
          { name: "practitionerId", type: "string" },
          { name: "dosageInstruction", type: "string" },
          { name: "dateWritten", type: "string" },
          { name: "status", type: "string" },
        ],
      },
    },
    {
      name: "metadata",
      type: {
        type: "record",
        name: "Metadata",
        fields: [
          { name: "source", type: "string" },
          { name: "version", type: "string" },
        ],
      },
    },
  ],
};
