// One authorization decision as listeners receive it (the audit log records PHI ones).
// Emitted for every check the broker makes, allowed or not.
import type { KafkaPrincipal } from "../kafka-principal.js";
import type { DataClassification } from "./data-classification.js";

export interface AuthorizationEvent {
  readonly principal: KafkaPrincipal;
  readonly clientId: string | null;
  readonly clientAddress: string;
  readonly listener: string;
  readonly apiKey: number;
  readonly apiName: string;
  readonly correlationId: number;
  /** TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID, DELEGATION_TOKEN or USER. */
  readonly resourceType: string;
  readonly resourceName: string;
  /** The ACL that decided (`LITERAL:orders`, `PREFIXED:clinical.`), `super.users`, or null when none did. */
  readonly patternMatched: string | null;
  /** READ, WRITE, DESCRIBE, ... */
  readonly operation: string;
  readonly allowed: boolean;
  /** Set for topics; undefined for other resource types. */
  readonly classification?: DataClassification;
  /** When the decision was made (broker clock). */
  readonly timestampMs: number;
}

export type AuthorizationListener = (event: AuthorizationEvent) => void;
