// A realistic instance of every catalog event, typed with the event's TypeScript type so a
// type that drifts from its schema fails to compile here or to round-trip in the test.
// Identifiers are synthetic: no real patient data.
import type { AppointmentScheduledEvent } from "./appointment-scheduled-event.js";
import type { ClaimSubmittedEvent } from "./claim-submitted-event.js";
import type { LabResultEvent } from "./lab-result-event.js";
import type { OrderCreatedEvent } from "./order-created-event.js";
import type { PatientAdmittedEvent } from "./patient-admitted-event.js";
import type { PatientDischargedEvent } from "./patient-discharged-event.js";
import type { PatientTransferredEvent } from "./patient-transferred-event.js";
import type { PrescriptionEvent } from "./prescription-event.js";
import type { EventMetadata, Provider } from "./shared-records.js";
import type { VitalsObservationEvent } from "./vitals-observation-event.js";

const T0 = 1_733_100_000_000;

function metadata(eventType: string, eventSource: string): EventMetadata {
  return {
    eventId: `evt-${eventType}-0001`,
    eventType,
    eventSource,
    eventTime: T0,
    correlationId: "corr-7f3a",
    version: "1.0",
    traceId: "trace-91c2",
    schemaId: null,
    dataClassification: "PHI",
    retentionPolicy: "healthcare-7yr",
  };
}

const cardiologist: Provider = { providerId: "prov-001", name: "Dr. Ana Ruiz", specialty: "Cardiology", npi: "1234567893" };

export const patientAdmitted: PatientAdmittedEvent = {
  metadata: metadata("patient.admitted", "ehr-system"),
  patientId: "P123456",
  encounterId: "E789012",
  admissionTime: T0,
  admittingProvider: cardiologist,
  admittingDepartment: { departmentId: "dept-card", name: "Cardiology" },
  admissionType: "EMERGENCY",
  admissionReason: "Chest pain",
  bedAssignment: { unit: "CCU", room: "4B", bed: "2" },
  sourceSystem: "epic",
  dataQuality: { completeness: 0.98, validationStatus: "PASSED", validationMessages: null },
};

export const patientDischarged: PatientDischargedEvent = {
  metadata: metadata("patient.discharged", "ehr-system"),
  patientId: "P123456",
  encounterId: "E789012",
  dischargeTime: T0 + 3 * 86_400_000,
  dischargingProvider: cardiologist,
  dischargeDisposition: "HOME",
  dischargeDiagnoses: [{ code: "I21.4", system: "ICD-10-CM", display: "NSTEMI", severity: "moderate", type: "principal" }],
  lengthOfStay: 3,
  medications: [{ medication: "Atorvastatin 20 MG Oral Tablet", dosage: "20 mg", frequency: "daily", duration: "90 days" }],
  followUpAppointments: [{ specialty: "Cardiology", timeframe: "2 weeks", provider: "Dr. Ana Ruiz", scheduled: true }],
  sourceSystem: "epic",
  dataQuality: null,
  complianceStatus: { medicationReconciliation: true, dischargeInstructions: true, followUpScheduled: true },
};

export const patientTransferred: PatientTransferredEvent = {
  metadata: metadata("patient.transferred", "ehr-system"),
  patientId: "P123456",
  encounterId: "E789012",
  transferTime: T0 + 86_400_000,
  fromDepartment: { departmentId: "dept-card", name: "Cardiology" },
  toDepartment: { departmentId: "dept-stepdown", name: "Cardiac Step-Down" },
  fromBed: { unit: "CCU", room: "4B", bed: "2" },
  toBed: { unit: "SDU", room: "7", bed: "1" },
  transferReason: "Clinically stable",
  orderingProvider: cardiologist,
  sourceSystem: null,
};

export const vitalsObservation: VitalsObservationEvent = {
  metadata: metadata("observation.vitals", "bedside-monitor"),
  patientId: "P123456",
  encounterId: "E789012",
  observationTime: T0 + 60_000,
  heartRate: 88,
  respiratoryRate: 16,
  systolicBloodPressure: 132,
  diastolicBloodPressure: 84,
  temperatureCelsius: 37.1,
  oxygenSaturation: 97.5,
  recordedBy: "nurse-017",
  deviceId: "monitor-CCU-4B",
};

export const orderCreated: OrderCreatedEvent = {
  metadata: metadata("order.created", "cpoe"),
  orderId: "ord-5501",
  patientId: "P123456",
  encounterId: "E789012",
  orderType: "LAB",
  code: { system: "http://loinc.org", code: "10839-9", display: "Troponin I.cardiac [Mass/volume] in Serum or Plasma" },
  priority: "STAT",
  orderingProvider: cardiologist,
  orderedAt: T0 + 120_000,
  notes: null,
};

export const labResult: LabResultEvent = {
  metadata: metadata("result.reported", "lis"),
  resultId: "res-9001",
  orderId: "ord-5501",
  patientId: "P123456",
  test: { system: "http://loinc.org", code: "10839-9", display: "Troponin I.cardiac [Mass/volume] in Serum or Plasma" },
  valueQuantity: 0.42,
  valueString: null,
  unit: "ng/mL",
  referenceRange: { low: null, high: 0.04 },
  interpretation: "CRITICAL_HIGH",
  status: "FINAL",
  reportedAt: T0 + 3_600_000,
  performingLab: "Main Campus Core Lab",
};

export const prescription: PrescriptionEvent = {
  eventId: "evt-rx-0001",
  eventType: "prescription.created",
  timestamp: "2024-12-02T00:40:00.000Z",
  data: {
    prescriptionId: "rx-a1b2c3d4",
    medicationReference: { system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "1000006", display: "Atorvastatin 20 MG Oral Tablet" },
    patientId: "patient-12345",
    practitionerId: "practitioner-54321",
    dosageInstruction: "Take one tablet by mouth once daily",
    dateWritten: "2024-12-02T00:40:00.000Z",
    status: "active",
  },
  metadata: { source: "pharmacy-system", version: "1.0.0" },
};

export const appointmentScheduled: AppointmentScheduledEvent = {
  metadata: metadata("appointment.scheduled", "scheduling"),
  appointmentId: "appt-3100",
  patientId: "P123456",
  provider: cardiologist,
  department: { departmentId: "dept-card-clinic", name: "Cardiology Clinic" },
  startTime: T0 + 17 * 86_400_000,
  durationMinutes: 30,
  appointmentType: "FOLLOWUP",
  status: "BOOKED",
  reason: "Post-discharge follow-up",
  location: "Building C, Suite 210",
};

export const claimSubmitted: ClaimSubmittedEvent = {
  metadata: metadata("claim.submitted", "billing"),
  claimId: "clm-77001",
  patientId: "P123456",
  encounterId: "E789012",
  payerId: "payer-bcbs",
  claimType: "INSTITUTIONAL",
  billingProvider: { providerId: "org-001", name: "Carebus General Hospital", specialty: null, npi: "1987654321" },
  serviceDate: T0,
  submittedAt: T0 + 5 * 86_400_000,
  diagnoses: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I21.4", display: "NSTEMI" }],
  lines: [
    { lineNumber: 1, procedure: { system: "http://www.ama-assn.org/go/cpt", code: "99223", display: "Initial hospital care" }, units: 1, chargeAmount: 420.5 },
    { lineNumber: 2, procedure: { system: "http://www.ama-assn.org/go/cpt", code: "84484", display: "Troponin, quantitative" }, units: 2, chargeAmount: 61 },
  ],
  totalCharge: 542.5,
  currency: "USD",
};

/** Example per catalog topic. */
export const CATALOG_EXAMPLES: Readonly<Record<string, object>> = {
  "clinical.patient.admitted": patientAdmitted,
  "clinical.patient.discharged": patientDischarged,
  "clinical.patient.transferred": patientTransferred,
  "clinical.observation.vitals": vitalsObservation,
  "clinical.order.created": orderCreated,
  "clinical.result.reported": labResult,
  "pharmacy.prescription.created": prescription,
  "administrative.appointment.scheduled": appointmentScheduled,
  "financial.claim.submitted": claimSubmitted,
};
