// clinical.observation.vitals: one set of vital signs (the seeds' observation.vitals
// stream that the abnormal-vitals topology reads). Each measurement is optional.
import type avro from "avsc";
import { eventMetadataField, optionalString, type EventMetadata } from "./shared-records.js";

export interface VitalsObservationEvent {
  metadata: EventMetadata;
  patientId: string;
  encounterId: string | null;
  /** Epoch milliseconds. */
  observationTime: number;
  /** Beats per minute. */
  heartRate: number | null;
  /** Breaths per minute. */
  respiratoryRate: number | null;
  /** mmHg. */
  systolicBloodPressure: number | null;
  diastolicBloodPressure: number | null;
  temperatureCelsius: number | null;
  /** SpO2, percent. */
  oxygenSaturation: number | null;
  recordedBy: string | null;
  deviceId: string | null;
}

const optional = (name: string, type: "int" | "double") => ({ name, type: ["null", type], default: null });

export const vitalsObservationEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "VitalsObservationEvent",
  namespace: "com.healthcare.events.clinical",
  fields: [
    eventMetadataField,
    { name: "patientId", type: "string" },
    optionalString("encounterId"),
    { name: "observationTime", type: "long" },
    optional("heartRate", "int"),
    optional("respiratoryRate", "int"),
    optional("systolicBloodPressure", "int"),
    optional("diastolicBloodPressure", "int"),
    optional("temperatureCelsius", "double"),
    optional("oxygenSaturation", "double"),
    optionalString("recordedBy"),
    optionalString("deviceId"),
  ],
};
