// clinical.patient.transferred: a patient moves between departments or beds during an
// encounter (ADT A02).
import type avro from "avsc";
import {
  bedAssignmentRecord, departmentRecord, eventMetadataField, optionalString, providerRecord,
  type BedAssignment, type Department, type EventMetadata, type Provider,
} from "./shared-records.js";

export interface PatientTransferredEvent {
  metadata: EventMetadata;
  patientId: string;
  encounterId: string;
  /** Epoch milliseconds. */
  transferTime: number;
  fromDepartment: Department;
  toDepartment: Department;
  fromBed: BedAssignment | null;
  toBed: BedAssignment | null;
  transferReason: string;
  orderingProvider: Provider;
  sourceSystem: string | null;
}

export const patientTransferredEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "PatientTransferredEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "patientId", type: "string" },
    { name: "encounterId", type: "string" },
    { name: "transferTime", type: "long" },
    { name: "fromDepartment", type: departmentRecord },
    { name: "toDepartment", type: "Department" },
    { name: "fromBed", type: ["null", bedAssignmentRecord], default: null },
    { name: "toBed", type: ["null", "BedAssignment"], default: null },
    { name: "transferReason", type: "string" },
    { name: "orderingProvider", type: providerRecord },
    optionalString("sourceSystem"),
  ],
};
