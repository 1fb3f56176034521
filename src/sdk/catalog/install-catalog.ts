// Installs the event catalog into a Schema Registry: per subject, BACKWARD compatibility
// (PUT /config/{subject}) and the schema (POST /subjects/{subject}/versions). Idempotent:
// a subject already at BACKWARD is left alone, and a schema already registered under the
// subject (POST /subjects/{subject} finds it) is not registered again.
import { RegistryHttpClient, RegistryHttpError, subjectPath } from "../registry/registry-http-client.js";
import { EVENT_CATALOG, type CatalogEntry } from "./index.js";

export const CATALOG_COMPATIBILITY = "BACKWARD";

export interface InstalledSubject {
  readonly subject: string;
  readonly id: number;
  readonly version: number | undefined;
  /** "registered": a new version; "unchanged": the schema was already there. */
  readonly schema: "registered" | "unchanged";
  /** "set" when the subject's compatibility was changed to BACKWARD. */
  readonly compatibility: "set" | "unchanged";
}

/** 40401 subject not found, 40403 schema not found, 40408 subject has no compatibility. */
const NOT_FOUND = new Set([40401, 40403, 40408]);

export async function installCatalog(registryUrl: string, entries: readonly CatalogEntry[] = EVENT_CATALOG): Promise<InstalledSubject[]> {
  const client = new RegistryHttpClient(registryUrl);
  const installed: InstalledSubject[] = [];
  for (const { subject, schema } of entries) {
    const current = await orUndefined(client.get<{ compatibilityLevel?: string }>(`/config/${encodeURIComponent(subject)}`));
    const compatibility = current?.compatibilityLevel === CATALOG_COMPATIBILITY ? "unchanged" : "set";
    if (compatibility === "set") await client.put(`/config/${encodeURIComponent(subject)}`, { compatibility: CATALOG_COMPATIBILITY });

    const body = { schemaType: "AVRO", schema: JSON.stringify(schema) };
    const existing = await orUndefined(client.post<{ id: number; version: number }>(subjectPath(subject), body));
    if (existing !== undefined) {
      installed.push({ subject, id: existing.id, version: existing.version, schema: "unchanged", compatibility });
      continue;
    }
    const { id } = await client.post<{ id: number }>(`${subjectPath(subject)}/versions`, body);
    const found = await orUndefined(client.post<{ version: number }>(subjectPath(subject), body));
    installed.push({ subject, id, version: found?.version, schema: "registered", compatibility });
  }
  return installed;
}

async function orUndefined<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (err) {
    if (err instanceof RegistryHttpError && err.status === 404 && (err.errorCode === undefined || NOT_FOUND.has(err.errorCode))) return undefined;
    throw err;
  }
}
