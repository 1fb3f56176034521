// The healthcare event catalog: one Avro schema per event, registered under the TopicName-
// Strategy subject `<topic>-value` of its `<domain>.<entity>.<event>` topic, with a
// TypeScript type per event for producers and consumers.
import type avro from "avsc";
import { appointmentScheduledEventSchema } from "./appointment-scheduled-event.js";
import { claimSubmittedEventSchema } from "./claim-submitted-event.js";
import { labResultEventSchema } from "./lab-result-event.js";
import { orderCreatedEventSchema } from "./order-created-event.js";
import { patientAdmittedEventSchema } from "./patient-admitted-event.js";
import { patientDischargedEventSchema } from "./patient-discharged-event.js";
import { patientTransferredEventSchema } from "./patient-transferred-event.js";
import { prescriptionEventSchema } from "./prescription-event.js";
import { vitalsObservationEventSchema } from "./vitals-observation-event.js";

export type * from "./appointment-scheduled-event.js";
export type * from "./claim-submitted-event.js";
export type * from "./lab-result-event.js";
export type * from "./order-created-event.js";
export type * from "./patient-admitted-event.js";
export type * from "./patient-discharged-event.js";
export type * from "./patient-transferred-event.js";
export type * from "./prescription-event.js";
export type * from "./shared-records.js";
export type * from "./vitals-observation-event.js";
export {
  appointmentScheduledEventSchema, claimSubmittedEventSchema, labResultEventSchema, orderCreatedEventSchema,
  patientAdmittedEventSchema, patientDischargedEventSchema, patientTransferredEventSchema, prescriptionEventSchema,
  vitalsObservationEventSchema,
};

export interface CatalogEntry {
  readonly topic: string;
  /** TopicNameStrategy: `<topic>-value`. */
  readonly subject: string;
  readonly schema: avro.schema.RecordType;
}

function entry(topic: string, schema: avro.schema.RecordType): CatalogEntry {
  return { topic, subject: `${topic}-value`, schema };
}

export const EVENT_CATALOG: readonly CatalogEntry[] = [
  entry("clinical.patient.admitted", patientAdmittedEventSchema),
  entry("clinical.patient.discharged", patientDischargedEventSchema),
  entry("clinical.patient.transferred", patientTransferredEventSchema),
  entry("clinical.observation.vitals", vitalsObservationEventSchema),
  entry("clinical.order.created", orderCreatedEventSchema),
  entry("clinical.result.reported", labResultEventSchema),
  entry("pharmacy.prescription.created", prescriptionEventSchema),
  entry("administrative.appointment.scheduled", appointmentScheduledEventSchema),
  entry("financial.claim.submitted", claimSubmittedEventSchema),
];
