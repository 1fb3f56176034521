// clinical.patient.discharged: a patient leaves the hospital (fields from the seeds' ksqlDB
// patient_discharges stream).
import type avro from "avsc";
import { dataQualityField, eventMetadataField, optionalString, providerRecord, type DataQuality, type EventMetadata, type Provider } from "./shared-records.js";

export interface DischargeDiagnosis {
  code: string;
  system: string;
  display: string;
  severity: string | null;
  type: string | null;
}

export interface DischargeMedication {
  medication: string;
  dosage: string;
  frequency: string;
  duration: string;
}

export interface FollowUpAppointment {
  specialty: string;
  timeframe: string;
  provider: string | null;
  scheduled: boolean;
}

export interface ComplianceStatus {
  medicationReconciliation: boolean;
  dischargeInstructions: boolean;
  followUpScheduled: boolean;
}

export interface PatientDischargedEvent {
  metadata: EventMetadata;
  patientId: string;
  encounterId: string;
  /** Epoch milliseconds. */
  dischargeTime: number;
  dischargingProvider: Provider;
  dischargeDisposition: string;
  dischargeDiagnoses: DischargeDiagnosis[];
  /** Days. */
  lengthOfStay: number;
  medications: DischargeMedication[];
  followUpAppointments: FollowUpAppointment[];
  sourceSystem: string | null;
  dataQuality: DataQuality | null;
  complianceStatus: ComplianceStatus | null;
}


export const patientDischargedEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "PatientDischargedEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "patientId", type: "string" },
    { name: "encounterId", type: "string" },
    { name: "dischargeTime", type: "long" },
    { name: "dischargingProvider", type: providerRecord },
    { name: "dischargeDisposition", type: "string" },
    {
      name: "dischargeDiagnoses",
      type: {
        type: "array",
        items: {
          type: "record",
          name: "DischargeDiagnosis",
          fields: [
            { name: "code", type: "string" },
            { name: "system", type: "string" },
            { name: "display", type: "string" },
            optionalString("severity"),
            optionalString("type"),
          ],
        },
      },
      default: [],
    },
    { name: "lengthOfStay", type: "double" },
    {
      name: "medications",
      type: {
        type: "array",
        items: {
          type: "record",
          name: "DischargeMedication",
          fields: [
            { name: "medication", type: "string" },
            { name: "dosage", type: "string" },
            { name: "frequency", type: "string" },
            { name: "duration", type: "string" },
          ],
        },
      },
      default: [],
    },
    {
      name: "followUpAppointments",
      type: {
        type: "array",
        items: {
          type: "record",
          name: "FollowUpAppointment",
          fields: [
            { name: "specialty", type: "string" },
            { name: "timeframe", type: "string" },
            optionalString("provider"),
            { name: "scheduled", type: "boolean" },
          ],
        },
      },
      default: [],
    },
    optionalString("sourceSystem"),
    dataQualityField,
    {
      name: "complianceStatus",
      type: [
        "null",
        {
          type: "record",
          name: "ComplianceStatus",
          fields: [
            { name: "medicationReconciliation", type: "boolean" },
            { name: "dischargeInstructions", type: "boolean" },
            { name: "followUpScheduled", type: "boolean" },
          ],
        },
      ],
      default: null,
    },
  ],
};
