// clinical.patient.admitted: a patient is admitted to a department (the seeds' quick-start
// PatientAdmittedEvent, with its Confluent Cloud extension fields).
import type avro from "avsc";
import {
  bedAssignmentRecord, dataQualityField, departmentRecord, eventMetadataField, optionalString, providerRecord,
  type BedAssignment, type DataQuality, type Department, type EventMetadata, type Provider,
} from "./shared-records.js";

export type AdmissionType = "ELECTIVE" | "URGENT" | "EMERGENCY" | "TRANSFER";

export interface PatientAdmittedEvent {
  metadata: EventMetadata;
  patientId: string;
  encounterId: string;
  /** Epoch milliseconds. */
  admissionTime: number;
  admittingProvider: Provider;
  admittingDepartment: Department;
  admissionType: AdmissionType;
  admissionReason: string;
  bedAssignment: BedAssignment | null;
  sourceSystem: string | null;
  dataQuality: DataQuality | null;
}

export const patientAdmittedEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "PatientAdmittedEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "patientId", type: "string" },
    { name: "encounterId", type: "string" },
    { name: "admissionTime", type: "long" },
    { name: "admittingProvider", type: providerRecord },
    { name: "admittingDepartment", type: departmentRecord },
    { name: "admissionType", type: { type: "enum", name: "AdmissionType", symbols: ["ELECTIVE", "URGENT", "EMERGENCY", "TRANSFER"] } },
    { name: "admissionReason", type: "string" },
    { name: "bedAssignment", type: ["null", bedAssignmentRecord], default: null },
    optionalString("sourceSystem"),
    dataQualityField,
  ],
};
