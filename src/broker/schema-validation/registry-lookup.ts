// How the broker asks a Schema Registry about schema ids: over Confluent's REST API, never
// through the registry's objects (the registry is a separate Kafka client service and, in
// a cluster, may run elsewhere). Two questions, each cached:
//
//   GET /schemas/ids/{id}           id -> schema (ids are immutable: kept for positiveTtlMs)
//   GET /schemas/ids/{id}/versions  id -> the subjects it is registered under (a subject
//                                   missing from the list is asked again once)
//   GET /subjects/{s}/versions/{v}  a referenced schema (not cached: compiled schemas are)
//
// Unknown ids and ids missing from a subject are negative entries that expire after
// negativeTtlMs, so a schema registered just after a rejection is accepted soon. Lookups
// for the same key made while one is in flight share it. A registry that cannot be
// reached, or answers 5xx, is a RegistryUnavailableError (not cached).
import type { SchemaReference, SchemaType } from "../../registry/formats/schema-format.js";
import { ExpiringCache } from "./expiring-cache.js";

export interface RegisteredSchema {
  readonly id: number;
  readonly schemaType: SchemaType;
  readonly schema: string;
  readonly references: readonly SchemaReference[];
}

/** What the validator needs from a registry; the HTTP one below, fakes in tests. */
export interface SchemaLookup {
  schemaById(id: number): Promise<RegisteredSchema | undefined>;
  isRegisteredUnder(id: number, subject: string): Promise<boolean>;
  /** A schema another one references (GET /subjects/{subject}/versions/{version}). */
  referencedSchema(subject: string, version: number): Promise<RegisteredSchema | undefined>;
}

export class RegistryUnavailableError extends Error {
  override readonly name = "RegistryUnavailableError";
}

export interface HttpSchemaLookupOptions {
  /** The registry's base URL, read on every miss (it may be set after the broker starts). */
  readonly url: () => string | undefined;
  readonly nowMs?: () => number;
  readonly positiveTtlMs?: number;
  readonly negativeTtlMs?: number;
  readonly maxEntries?: number;
  readonly requestTimeoutMs?: number;
}

export class HttpSchemaLookup implements SchemaLookup {
  readonly #url: () => string | undefined;
  readonly #nowMs: () => number;
  readonly #positiveTtlMs: number;
  readonly #negativeTtlMs: number;
  readonly #requestTimeoutMs: number;
  readonly #schemas: ExpiringCache<number, RegisteredSchema | null>;
  readonly #subjects: ExpiringCache<number, ReadonlySet<string>>;
  readonly #notUnder: ExpiringCache<string, true>;
  readonly #inFlight = new Map<string, Promise<unknown>>();

  constructor(options: HttpSchemaLookupOptions) {
    this.#url = options.url;
    this.#nowMs = options.nowMs ?? Date.now;
    this.#positiveTtlMs = options.positiveTtlMs ?? 300_000;
    this.#negativeTtlMs = options.negativeTtlMs ?? 1_000;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    const max = options.maxEntries ?? 1000;
    this.#schemas = new ExpiringCache(max);
    this.#subjects = new ExpiringCache(max);
    this.#notUnder = new ExpiringCache(max);
  }

  async schemaById(id: number): Promise<RegisteredSchema | undefined> {
    const cached = this.#schemas.get(id, this.#nowMs());
    if (cached !== undefined) return cached ?? undefined;
    const body = await this.#get(`/schemas/ids/${id}`);
    const schema = body === undefined ? null : toRegisteredSchema(id, body);
    this.#schemas.set(id, schema, schema === null ? this.#negativeTtlMs : this.#positiveTtlMs, this.#nowMs());
    return schema ?? undefined;
  }

  async isRegisteredUnder(id: number, subject: string): Promise<boolean> {
    const now = this.#nowMs();
    if (this.#subjects.get(id, now)?.has(subject) === true) return true;
    const pair = `${id}\u0000${subject}`;
    if (this.#notUnder.get(pair, now) !== undefined) return false;
    // Not (yet) seen under this subject: ask again, since the id may have just been
    // registered there; a "no" is remembered for negativeTtlMs.
    const body = await this.#get(`/schemas/ids/${id}/versions`);
    const subjects = new Set<string>();
    if (Array.isArray(body)) {
      for (const entry of body as unknown[]) {
        const named = entry as { subject?: unknown } | null;
        if (typeof named === "object" && named !== null && typeof named.subject === "string") subjects.add(named.subject);
      }
    }
    this.#subjects.set(id, subjects, this.#positiveTtlMs, this.#nowMs());
    if (!subjects.has(subject)) this.#notUnder.set(pair, true, this.#negativeTtlMs, this.#nowMs());
    return subjects.has(subject);
  }

  async referencedSchema(subject: string, version: number): Promise<RegisteredSchema | undefined> {
    const body = await this.#get(`/subjects/${encodeURIComponent(subject)}/versions/${version}`);
    const id = typeof body === "object" && body !== null ? (body as { id?: unknown }).id : undefined;
    return body === undefined ? undefined : (toRegisteredSchema(typeof id === "number" ? id : -1, body) ?? undefined);
  }

  /** GET path as JSON; undefined for 404. Concurrent identical GETs share one request. */
  async #get(path: string): Promise<unknown> {
    const base = this.#url();
    if (base === undefined) throw new RegistryUnavailableError("no schema registry is configured (confluent.schema.registry.url)");
    const url = `${base.replace(/\/+$/, "")}${path}`;
    const running = this.#inFlight.get(url);
    if (running !== undefined) return running;
    const request = this.#fetchJson(url).finally(() => this.#inFlight.delete(url));
    this.#inFlight.set(url, request);
    return request;
  }

  async #fetchJson(url: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { accept: "application/vnd.schemaregistry.v1+json, application/json" },
        signal: AbortSignal.timeout(this.#requestTimeoutMs),
      });
    } catch (err) {
      throw new RegistryUnavailableError(`schema registry ${url} is unreachable: ${(err as Error).message}`, { cause: err });
    }
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RegistryUnavailableError(`schema registry ${url} answered HTTP ${res.status}`);
    }
    return (await res.json());
  }
}

function toRegisteredSchema(id: number, body: unknown): RegisteredSchema | null {
  if (typeof body !== "object" || body === null) return null;
  const { schema, schemaType, references } = body as { schema?: unknown; schemaType?: unknown; references?: unknown };
  if (typeof schema !== "string") return null;
  const type = schemaType === "JSON" || schemaType === "PROTOBUF" ? schemaType : "AVRO";
  return { id, schemaType: type, schema, references: Array.isArray(references) ? (references as SchemaReference[]) : [] };
}
