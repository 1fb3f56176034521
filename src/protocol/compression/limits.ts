/**
 * Default ceiling on one decompressed payload. Kafka has none, but a broker that
 * decompresses client data must have one: a few kilobytes of zstd or lz4 can claim
 * gigabytes. Callers that know better (message.max.bytes times a ratio) pass their own.
 */
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
