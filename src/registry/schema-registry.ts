// The registry's domain, after Confluent's KafkaSchemaRegistry: subjects, versions and
// global ids, registration with dedup (the same schema text + type + references gets the
// same id in every subject; registering what a subject already has returns its id),
// lookup, soft and permanent deletes, references, modes and compatibility. Reads come from
// RegistryState; every change is a `_schemas` record handed to `write`, which resolves
// once the record has come back through the reader (read-your-writes). Writes run one at
// a time so ids and versions cannot be handed out twice.
import { compatibilityMessages, DEFAULT_COMPATIBILITY, parseCompatibilityLevel, type CompatibilityLevel } from "./compatibility-level.js";
import { Errors, RegistryError } from "./errors.js";
import { InvalidSchemaError, type ParsedSchema, type SchemaFormat, type SchemaReference, type SchemaType } from "./formats/schema-format.js";
import { RegistryState } from "./registry-state.js";
import type { JsonObject, SchemaRecord, SchemaValue } from "./schema-records.js";

export interface RegisterRequest {
  readonly schema: string;
  readonly schemaType?: SchemaType;
  readonly references?: readonly SchemaReference[];
  readonly id?: number;
  readonly version?: number;
  readonly metadata?: JsonObject;
  readonly ruleSet?: JsonObject;
}

export type VersionSpec = number | "latest";

export interface SchemaRegistryOptions {
  readonly formats: ReadonlyMap<SchemaType, SchemaFormat>;
  /** Appends a record to `_schemas`; resolves after `apply` has seen it. */
  readonly write: (record: SchemaRecord) => Promise<void>;
}

export const MODES = ["READWRITE", "READONLY", "READONLY_OVERRIDE", "IMPORT"] as const;

export class SchemaRegistry {
  readonly state = new RegistryState();
  readonly #formats: ReadonlyMap<SchemaType, SchemaFormat>;
  readonly #write: (record: SchemaRecord) => Promise<void>;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: SchemaRegistryOptions) {
    this.#formats = options.formats;
    this.#write = options.write;
  }

  apply(record: SchemaRecord): void {
    this.state.apply(record);
  }

  get schemaTypes(): SchemaType[] {
    return (["JSON", "PROTOBUF", "AVRO"] as const).filter((t) => this.#formats.has(t));
  }

  /** Runs `fn` after every earlier write has finished. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  // --- parsing -------------------------------------------------------------------------

  #format(type: SchemaType | undefined): SchemaFormat {
    const format = this.#formats.get(type ?? "AVRO");
    if (format === undefined) throw Errors.invalidSchema(`Invalid schema type ${type ?? "AVRO"}: unsupported schema type`);
    return format;
  }

  /** Every reference reachable from `refs`, dependencies before dependents. */
  #resolveReferences(refs: readonly SchemaReference[], into = new Map<string, string>(), seen = new Set<string>()): Map<string, string> {
    for (const ref of refs) {
      const key = `${ref.subject}\u0000${ref.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = ref.version === -1 ? this.state.versions(ref.subject, false).at(-1) : this.state.version(ref.subject, ref.version);
      if (target === undefined) throw Errors.invalidSchema(`Invalid schema reference ${ref.name}: subject '${ref.subject}' version ${ref.version} not found`);
      this.#resolveReferences(target.references, into, seen);
      into.set(ref.name, target.schema);
    }
    return into;
  }

  parse(schema: string, schemaType: SchemaType | undefined, references: readonly SchemaReference[]): ParsedSchema {
    const format = this.#format(schemaType);
    try {
      return format.parse(schema, this.#resolveReferences(references));
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw Errors.invalidSchema(`Invalid schema of type ${format.schemaType}, details: ${err.message}`);
      throw err;
    }
  }

  #parseStored(value: SchemaValue): ParsedSchema {
    return this.parse(value.schema, value.schemaType, value.references);
  }

  // --- reads ---------------------------------------------------------------------------

  /** `deletedOnly`: subjects whose every version is soft-deleted (Confluent's deletedOnly). */
  listSubjects(includeDeleted: boolean, prefix = "", deletedOnly = false): string[] {
    return this.state
      .subjectNames()
      .filter((s) => {
        if (!s.startsWith(prefix)) return false;
        if (deletedOnly) return this.state.versions(s, false).length === 0 && this.state.versions(s, true).length > 0;
        return this.state.versions(s, includeDeleted).length > 0;
      })
      .sort();
  }

  listVersions(subject: string, includeDeleted: boolean, deletedOnly = false): number[] {
    const versions = this.state.versions(subject, includeDeleted || deletedOnly).filter((v) => !deletedOnly || v.deleted);
    if (versions.length === 0) throw Errors.subjectNotFound(subject);
    return versions.map((v) => v.version);
  }

  getVersion(subject: string, spec: VersionSpec, includeDeleted: boolean): SchemaValue {
    const versions = this.state.versions(subject, includeDeleted);
    if (versions.length === 0) throw Errors.subjectNotFound(subject);
    const found = spec === "latest" ? versions.at(-1) : versions.find((v) => v.version === spec);
    if (found === undefined) throw Errors.versionNotFound(spec === "latest" ? -1 : spec);
    return found;
  }

  schemaById(id: number): SchemaValue {
    for (const s of this.state.allSchemas()) if (s.id === id) return s;
    throw Errors.schemaNotFound(id);
  }

  subjectVersionsById(id: number, includeDeleted: boolean): { subject: string; version: number }[] {
    this.schemaById(id);
    return [...this.state.allSchemas()]
      .filter((s) => s.id === id && (includeDeleted || !s.deleted))
      .map((s) => ({ subject: s.subject, version: s.version }))
      .sort((a, b) => (a.subject === b.subject ? a.version - b.version : a.subject < b.subject ? -1 : 1));
  }

  /** Ids of live schemas that reference subject/version. */
  referencedBy(subject: string, spec: VersionSpec): number[] {
    const target = this.getVersion(subject, spec, false);
    const ids = new Set<number>();
    for (const s of this.state.allSchemas()) {
      if (!s.deleted && s.references.some((r) => r.subject === subject && r.version === target.version)) ids.add(s.id);
    }
    return [...ids].sort((a, b) => a - b);
  }

  lookup(subject: string, request: RegisterRequest, normalize: boolean, includeDeleted: boolean): SchemaValue {
    const versions = this.state.versions(subject, includeDeleted);
    if (versions.length === 0) throw Errors.subjectNotFound(subject);
    const parsed = this.#maybeNormalize(this.parse(request.schema, request.schemaType, request.references ?? []), this.normalizeFor(subject, normalize));
    const found = versions.findLast((v) => this.#sameSchema(v, parsed, request.references ?? []));
    if (found === undefined) throw Errors.schemaNotFound();
    return found;
  }

  #maybeNormalize(parsed: ParsedSchema, normalize: boolean): ParsedSchema {
    return normalize ? parsed.normalize() : parsed;
  }

  #sameSchema(stored: SchemaValue, parsed: ParsedSchema, refs: readonly SchemaReference[]): boolean {
    return stored.schemaType === parsed.schemaType && stored.schema === parsed.canonicalString() && sameReferences(stored.references, refs);
  }

  // --- compatibility -------------------------------------------------------------------

  compatibilityLevel(subject: string | null): CompatibilityLevel {
    const own = subject === null ? undefined : parseCompatibilityLevel(this.state.config(subject)?.compatibilityLevel);
    return own ?? parseCompatibilityLevel(this.state.config(null)?.compatibilityLevel) ?? DEFAULT_COMPATIBILITY;
  }

  /** normalize=true from the request or from the subject's (else the global) config. */
  normalizeFor(subject: string, requested: boolean): boolean {
    return requested || (this.state.config(subject)?.["normalize"] ?? this.state.config(null)?.["normalize"]) === true;
  }

  /** Messages (empty = compatible) for `request` against one version (`spec`; "latest" of
   *  a subject without versions is compatible) or, when spec is undefined, against every
   *  live version under the subject's level (Confluent's CompatibilityResource). With
   *  `invalidAsMessage` an unparsable schema is a message instead of a 42201 (verbose). */
  testCompatibility(subject: string, spec: VersionSpec | undefined, request: RegisterRequest, normalize: boolean, invalidAsMessage = false): string[] {
    let previous: SchemaValue[];
    if (spec === undefined) {
      previous = this.state.versions(subject, false);
    } else {
      const live = this.state.versions(subject, false);
      const found = spec === "latest" ? live.at(-1) : live.find((v) => v.version === spec);
      if (found === undefined && spec !== "latest") throw Errors.versionNotFound(spec);
      previous = found === undefined ? [] : [found];
    }
    let parsed: ParsedSchema;
    try {
      parsed = this.#maybeNormalize(this.parse(request.schema, request.schemaType, request.references ?? []), this.normalizeFor(subject, normalize));
    } catch (err) {
      if (invalidAsMessage && err instanceof RegistryError && err.errorCode === 42201) return [err.message];
      throw err;
    }
    const level = this.compatibilityLevel(subject);
    const messages = compatibilityMessages(
      level,
      parsed,
      previous.map((p) => ({ version: p.version, schema: this.#parseStored(p) })),
    );
    return messages.length === 0 ? [] : [...messages, `{validateFields: 'false', compatibility: '${level}'}`];
  }

  // --- modes ---------------------------------------------------------------------------

  mode(subject: string | null): string {
    return (subject === null ? undefined : this.state.mode(subject)) ?? this.state.mode(null) ?? "READWRITE";
  }

  #checkWritable(subject: string): void {
    const mode = this.mode(subject);
    if (mode === "READONLY" || mode === "READONLY_OVERRIDE") throw Errors.operationNotPermitted(`Subject ${subject} in context . is in read-only mode`);
  }

  // --- writes --------------------------------------------------------------------------

  register(subject: string, request: RegisterRequest, normalize: boolean, force = false): Promise<SchemaValue> {
    return this.#serial(() => this.#register(subject, request, normalize, force));
  }

  // Confluent's KafkaSchemaRegistry.register, step by step: mode rules, the new version,
  // dedup against the same schema anywhere (same id) and in this subject (same version),
  // compatibility (skipped in IMPORT mode or with force), then the id.
  async #register(subject: string, request: RegisterRequest, normalize: boolean, force: boolean): Promise<SchemaValue> {
    if (!isValidSubject(subject)) throw Errors.invalidSubject(subject);
    this.#checkWritable(subject);
    const mode = this.mode(subject);
    const importing = mode === "IMPORT" || mode === "FORWARD";
    const requestedId = request.id !== undefined && request.id >= 0 ? request.id : undefined;
    if (requestedId !== undefined && !importing) throw Errors.operationNotPermitted(`Subject ${subject} in context . is not in import mode`);
    if (requestedId === undefined && mode !== "READWRITE") throw Errors.operationNotPermitted(`Subject ${subject} in context . is not in read-write mode`);
    const requestedVersion = request.version !== undefined && request.version > 0 ? request.version : undefined;
    const refs = request.references ?? [];
    const parsed = this.#maybeNormalize(this.parse(request.schema, request.schemaType, refs), this.normalizeFor(subject, normalize));
    const text = parsed.canonicalString();
    const all = this.state.versions(subject, true);
    const live = all.filter((v) => !v.deleted);
    const newVersion = (all.at(-1)?.version ?? 0) + 1;
    const same = (v: SchemaValue): boolean => this.#sameSchema(v, parsed, refs);

    let id = requestedId;
    const known = [...this.state.allSchemas()].find(same);
    if (known !== undefined && (requestedId === undefined || requestedId === known.id)) {
      const inSubject = live.findLast(same);
      if (requestedVersion === undefined && inSubject !== undefined) return inSubject;
      id = known.id;
    }

    if (!importing && !force) {
      const level = this.compatibilityLevel(subject);
      const messages = compatibilityMessages(
        level,
        parsed,
        live.map((p) => ({ version: p.version, schema: this.#parseStored(p) })),
      );
      if (messages.length > 0) {
        throw Errors.incompatibleSchema(subject, [...messages, `{validateFields: 'false', compatibility: '${level}'}`]);
      }
    }
    if (requestedVersion !== undefined && requestedVersion !== newVersion && !importing) {
      throw Errors.invalidSchema("Version is not one more than previous version");
    }
    const version = requestedVersion ?? newVersion;
    if (id !== undefined) {
      const holder = [...this.state.allSchemas()].find((s) => s.id === id);
      if (holder !== undefined && !same(holder)) {
        throw Errors.operationNotPermitted(`Overwrite new schema with id ${id} in context . is not permitted.`);
      }
    } else {
      id = this.state.maxId + 1;
    }
    const value: SchemaValue = {
      subject,
      version,
      id,
      schemaType: parsed.schemaType,
      references: refs.map((r) => ({ name: r.name, subject: r.subject, version: r.version })),
      ...(request.metadata === undefined ? {} : { metadata: request.metadata }),
      ...(request.ruleSet === undefined ? {} : { ruleSet: request.ruleSet }),
      schema: text,
      deleted: false,
    };
    // A soft-deleted earlier version of the same schema is replaced by the new one, unless
    // something still references it (references name subject+version, not ids).
    for (const d of all) {
      if (d.deleted && d.id === id && d.version < version && !this.#isReferenced(d, true)) {
        await this.#write({ key: { keytype: "SCHEMA", subject, version: d.version }, value: null });
      }
    }
    await this.#write({ key: { keytype: "SCHEMA", subject, version }, value });
    return value;
  }

  #isReferenced(value: SchemaValue, includeDeleted: boolean, exceptSubject?: string): boolean {
    for (const s of this.state.allSchemas()) {
      if (s.subject === exceptSubject || (s.deleted && !includeDeleted)) continue;
      if (s.references.some((r) => r.subject === value.subject && r.version === value.version)) return true;
    }
    return false;
  }

  #checkNotReferenced(value: SchemaValue, permanent: boolean, exceptSubject?: string): void {
    if (this.#isReferenced(value, permanent, exceptSubject)) {
      throw Errors.referenceExists(`{magic=1,keytype=SCHEMA,subject=${value.subject},version=${value.version}}`);
    }
  }

  deleteVersion(subject: string, spec: VersionSpec, permanent: boolean): Promise<number> {
    return this.#serial(async () => {
      this.#checkWritable(subject);
      const all = this.state.versions(subject, true);
      if (all.length === 0 || (!permanent && all.every((v) => v.deleted))) throw Errors.subjectNotFound(subject);
      const candidates = permanent ? all : all.filter((v) => !v.deleted);
      const target = spec === "latest" ? candidates.at(-1) : all.find((v) => v.version === spec);
      if (target === undefined) throw Errors.versionNotFound(spec === "latest" ? -1 : spec);
      if (!permanent && target.deleted) throw Errors.schemaVersionSoftDeleted(subject, target.version);
      if (permanent && !target.deleted) throw Errors.schemaVersionNotSoftDeleted(subject, target.version);
      this.#checkNotReferenced(target, permanent);
      const key = { keytype: "SCHEMA", subject, version: target.version } as const;
      await this.#write({ key, value: permanent ? null : { ...target, deleted: true } });
      return target.version;
    });
  }

  deleteSubject(subject: string, permanent: boolean): Promise<number[]> {
    return this.#serial(async () => {
      this.#checkWritable(subject);
      const all = this.state.versions(subject, true);
      if (all.length === 0) throw Errors.subjectNotFound(subject);
      const live = all.filter((v) => !v.deleted);
      if (!permanent && live.length === 0) throw Errors.subjectSoftDeleted(subject);
      if (permanent && live.length > 0) throw Errors.subjectNotSoftDeleted(subject);
      const targets = permanent ? all : live;
      for (const t of targets) this.#checkNotReferenced(t, permanent, subject);
      if (!permanent) {
        const version = targets.at(-1)?.version ?? 0;
        await this.#write({ key: { keytype: "DELETE_SUBJECT", subject }, value: { subject, version } });
      } else {
        // Descending, so references within the subject go before what they reference.
        for (const t of [...targets].reverse()) await this.#write({ key: { keytype: "SCHEMA", subject, version: t.version }, value: null });
        if (this.state.mode(subject) !== undefined) await this.#write({ key: { keytype: "MODE", subject }, value: null });
        if (this.state.config(subject) !== undefined) await this.#write({ key: { keytype: "CONFIG", subject }, value: null });
      }
      return targets.map((t) => t.version);
    });
  }

  setConfig(subject: string | null, config: JsonObject): Promise<void> {
    return this.#serial(() => this.#write({ key: { keytype: "CONFIG", subject }, value: config }));
  }

  deleteConfig(subject: string | null): Promise<void> {
    return this.#serial(() => this.#write({ key: { keytype: "CONFIG", subject }, value: null }));
  }

  setMode(subject: string | null, mode: string, force: boolean): Promise<void> {
    return this.#serial(async () => {
      if (mode === "IMPORT" && !force) {
        const nonEmpty = subject === null ? this.listSubjects(true).length > 0 : this.state.versions(subject, true).length > 0;
        if (nonEmpty) throw Errors.operationNotPermitted("Cannot import since found existing subjects");
      }
      await this.#write({ key: { keytype: "MODE", subject }, value: { mode } });
    });
  }

  deleteMode(subject: string): Promise<void> {
    return this.#serial(() => this.#write({ key: { keytype: "MODE", subject }, value: null }));
  }
}

function sameReferences(a: readonly SchemaReference[], b: readonly SchemaReference[]): boolean {
  return a.length === b.length && a.every((r, i) => r.name === b[i]?.name && r.subject === b[i]?.subject && r.version === b[i]?.version);
}

// Confluent's QualifiedSubject.isValidSubject: not empty, no ISO control characters, and
// not one of the reserved names of the global config/mode records.
export function isValidSubject(subject: string): boolean {
  // eslint-disable-next-line no-control-regex
  return subject.length > 0 && !/[\u0000-\u001f\u007f-\u009f]/.test(subject) && subject !== "__GLOBAL" && subject !== "__EMPTY";
}

export { RegistryError };
