// An error as the admin APIs put it on the wire: a code and a message (Kafka's ApiError).
// Admin handlers answer per topic or per resource, so failures are values here, and
// `toApiError` is the one place where a thrown ConfigError or KafkaError becomes one.
import { ConfigError } from "../../config/config-error.js";
import { ErrorCode, errorByCode, KafkaError } from "../../protocol/errors.js";

export interface ApiError {
  readonly code: number;
  /** null on success; Kafka's default text for the code when no better one is known. */
  readonly message: string | null;
}

export const NO_ERROR: ApiError = { code: ErrorCode.NONE, message: null };

export function apiError(code: number, message?: string): ApiError {
  if (code === ErrorCode.NONE) return NO_ERROR;
  return { code, message: message ?? errorByCode(code)?.message ?? null };
}

/** ConfigError → INVALID_CONFIG, KafkaError → its code; anything else is a bug and is rethrown. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ConfigError) return apiError(ErrorCode.INVALID_CONFIG, err.message);
  if (err instanceof KafkaError) return apiError(err.code, err.message);
  throw err;
}
