// administrative.appointment.scheduled: an appointment is booked (FHIR Appointment /
// HL7 SIU S12).
import type avro from "avsc";
import {
  departmentRecord, eventMetadataField, optionalString, providerRecord,
  type Department, type EventMetadata, type Provider,
} from "./shared-records.js";

export type AppointmentStatus = "PROPOSED" | "BOOKED" | "ARRIVED" | "CANCELLED" | "NOSHOW";

export interface AppointmentScheduledEvent {
  metadata: EventMetadata;
  appointmentId: string;
  patientId: string;
  provider: Provider;
  department: Department;
  /** Epoch milliseconds. */
  startTime: number;
  durationMinutes: number;
  appointmentType: string;
  status: AppointmentStatus;
  reason: string | null;
  location: string | null;
}

export const appointmentScheduledEventSchema: avro.schema.RecordType = {
  type: "record",
  name: "AppointmentScheduledEvent",
  namespace: "com.healthcare.events.administrative",
  fields: [
    eventMetadataField,
    { name: "appointmentId", type: "string" },
    { name: "patientId", type: "string" },
    { name: "provider", type: providerRecord },
    { name: "department", type: departmentRecord },
    { name: "startTime", type: "long" },
    { name: "durationMinutes", type: "int" },
    { name: "appointmentType", type: "string" },
    { name: "status", type: { type: "enum", name: "AppointmentStatus", symbols: ["PROPOSED", "BOOKED", "ARRIVED", "CANCELLED", "NOSHOW"] } },
    optionalString("reason"),
    optionalString("location"),
  ],
};
