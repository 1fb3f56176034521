// Confluent Schema Registry's error bodies: HTTP status plus `{error_code, message}` with
// the numbers and messages of io.confluent.kafka.schemaregistry.rest.exceptions.Errors, so
// clients that switch on error_code (the Java, Python and KafkaJS clients do) behave the
// same against Carebus. One class renders itself; factories keep the wording in one place.

export class RegistryError extends Error {
  override readonly name = "RegistryError";
  constructor(
    readonly status: number,
    readonly errorCode: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toBody(): { error_code: number; message: string } {
    return { error_code: this.errorCode, message: this.message };
  }
}

export const ErrorCodes = {
  SUBJECT_NOT_FOUND: 40401,
  VERSION_NOT_FOUND: 40402,
  SCHEMA_NOT_FOUND: 40403,
  SUBJECT_SOFT_DELETED: 40404,
  SUBJECT_NOT_SOFT_DELETED: 40405,
  SCHEMA_VERSION_SOFT_DELETED: 40406,
  SCHEMA_VERSION_NOT_SOFT_DELETED: 40407,
  SUBJECT_COMPATIBILITY_NOT_CONFIGURED: 40408,
  SUBJECT_MODE_NOT_CONFIGURED: 40409,
  INCOMPATIBLE_SCHEMA: 409,
  INVALID_SCHEMA: 42201,
  INVALID_VERSION: 42202,
  INVALID_COMPATIBILITY_LEVEL: 42203,
  INVALID_MODE: 42204,
  OPERATION_NOT_PERMITTED: 42205,
  REFERENCE_EXISTS: 42206,
  ID_DOES_NOT_MATCH: 42207,
  INVALID_SUBJECT: 42208,
  INVALID_RULESET: 42210,
  STORE_ERROR: 50001,
  OPERATION_TIMEOUT: 50002,
  REQUEST_FORWARDING_FAILED: 50003,
  UNKNOWN_LEADER: 50004,
  JSON_PARSE_ERROR: 50005,
} as const;

const notFound = (code: number, message: string): RegistryError => new RegistryError(404, code, message);
const unprocessable = (code: number, message: string): RegistryError => new RegistryError(422, code, message);

export const Errors = {
  subjectNotFound: (subject: string) => notFound(ErrorCodes.SUBJECT_NOT_FOUND, `Subject '${subject}' not found.`),
  versionNotFound: (version: number | string) => notFound(ErrorCodes.VERSION_NOT_FOUND, `Version ${version} not found.`),
  schemaNotFound: (id?: number) =>
    notFound(ErrorCodes.SCHEMA_NOT_FOUND, id === undefined ? "Schema not found" : `Schema ${id} not found`),
  // Confluent's messages lack the space before "Set"; clients match on them, so keep it.
  subjectSoftDeleted: (subject: string) =>
    notFound(ErrorCodes.SUBJECT_SOFT_DELETED, `Subject '${subject}' was soft deleted.Set permanent=true to delete permanently`),
  subjectNotSoftDeleted: (subject: string) =>
    notFound(ErrorCodes.SUBJECT_NOT_SOFT_DELETED, `Subject '${subject}' was not deleted first before being permanently deleted`),
  schemaVersionSoftDeleted: (subject: string, version: number | string) =>
    notFound(
      ErrorCodes.SCHEMA_VERSION_SOFT_DELETED,
      `Subject '${subject}' Version ${version} was soft deleted.Set permanent=true to delete permanently`,
    ),
  schemaVersionNotSoftDeleted: (subject: string, version: number | string) =>
    notFound(
      ErrorCodes.SCHEMA_VERSION_NOT_SOFT_DELETED,
      `Subject '${subject}' Version ${version} was not deleted first before being permanently deleted`,
    ),
  subjectCompatibilityNotConfigured: (subject: string) =>
    notFound(ErrorCodes.SUBJECT_COMPATIBILITY_NOT_CONFIGURED, `Subject '${subject}' does not have subject-level compatibility configured`),
  subjectModeNotConfigured: (subject: string) =>
    notFound(ErrorCodes.SUBJECT_MODE_NOT_CONFIGURED, `Subject '${subject}' does not have subject-level mode configured`),
  incompatibleSchema: (subject: string, details: readonly string[]) =>
    new RegistryError(
      409,
      ErrorCodes.INCOMPATIBLE_SCHEMA,
      `Schema being registered is incompatible with an earlier schema for subject "${subject}", details: [${details.join(", ")}]`,
    ),
  invalidSchema: (message: string) => unprocessable(ErrorCodes.INVALID_SCHEMA, message),
  invalidVersion: (version: string) =>
    unprocessable(
      ErrorCodes.INVALID_VERSION,
      `The specified version '${version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
    ),
  invalidCompatibilityLevel: () =>
    unprocessable(
      ErrorCodes.INVALID_COMPATIBILITY_LEVEL,
      "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive",
    ),
  invalidMode: () => unprocessable(ErrorCodes.INVALID_MODE, "Invalid mode. Valid values are READWRITE, READONLY, IMPORT and FORWARD."),
  operationNotPermitted: (message: string) => unprocessable(ErrorCodes.OPERATION_NOT_PERMITTED, message),
  referenceExists: (schemaKey: string) =>
    unprocessable(ErrorCodes.REFERENCE_EXISTS, `One or more references exist to the schema ${schemaKey}.`),
  idDoesNotMatch: (message = "The ID of an imported schema does not match the existing ID") =>
    unprocessable(ErrorCodes.ID_DOES_NOT_MATCH, message),
  invalidSubject: (subject: string) => unprocessable(ErrorCodes.INVALID_SUBJECT, `The specified subject '${subject}' is not a valid.`),
  store: (message: string, cause?: unknown) => new RegistryError(500, ErrorCodes.STORE_ERROR, message, { cause }),
  timeout: (message: string) => new RegistryError(500, ErrorCodes.OPERATION_TIMEOUT, message),
  requestForwardingFailed: (message: string, cause?: unknown) =>
    new RegistryError(500, ErrorCodes.REQUEST_FORWARDING_FAILED, message, { cause }),
  unknownLeader: () => new RegistryError(500, ErrorCodes.UNKNOWN_LEADER, "Leader not known."),
  methodNotAllowed: () => new RegistryError(405, 405, "HTTP 405 Method Not Allowed"),
} as const;
