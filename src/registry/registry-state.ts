// What the `_schemas` topic says, folded record by record: subjects and their versions
// (soft-deleted ones flagged), configs and modes by subject (null = global) and the
// highest id ever used. The state changes only in `apply`, which the topic reader calls
// for every record in offset order, Carebus's own writes included (Confluent's
// KafkaStoreReaderThread + SchemaUpdateHandler), so every registry reading the same
// topic converges on the same state.
import type { ConfigValue, SchemaRecord, SchemaValue } from "./schema-records.js";

export class RegistryState {
  readonly #subjects = new Map<string, Map<number, SchemaValue>>();
  readonly #configs = new Map<string | null, ConfigValue>();
  readonly #modes = new Map<string | null, string>();
  #maxId = 0;

  apply(record: SchemaRecord): void {
    switch (record.key.keytype) {
      case "SCHEMA": {
        const { subject, version } = record.key;
        const value = record.value as SchemaValue | null;
        let versions = this.#subjects.get(subject);
        if (value === null) {
          versions?.delete(version);
          if (versions?.size === 0) this.#subjects.delete(subject);
          return;
        }
        if (versions === undefined) this.#subjects.set(subject, (versions = new Map<number, SchemaValue>()));
        versions.set(version, value);
        if (value.id > this.#maxId) this.#maxId = value.id;
        return;
      }
      case "CONFIG":
        if (record.value === null) this.#configs.delete(record.key.subject);
        else this.#configs.set(record.key.subject, record.value as ConfigValue);
        return;
      case "MODE": {
        const value = record.value as { mode: string } | null;
        if (value === null) this.#modes.delete(record.key.subject);
        else this.#modes.set(record.key.subject, value.mode);
        return;
      }
      case "DELETE_SUBJECT": {
        const value = record.value as { version: number } | null;
        const versions = this.#subjects.get(record.key.subject);
        if (value === null || versions === undefined) return;
        for (const [v, s] of versions) if (v <= value.version && !s.deleted) versions.set(v, { ...s, deleted: true });
        return;
      }
      case "CLEAR_SUBJECT": {
        const versions = this.#subjects.get(record.key.subject);
        if (record.value === null || versions === undefined) return;
        for (const [v, s] of versions) if (s.deleted) versions.delete(v);
        if (versions.size === 0) this.#subjects.delete(record.key.subject);
        return;
      }
      case "NOOP":
        return;
    }
  }

  get maxId(): number {
    return this.#maxId;
  }

  subjectNames(): string[] {
    return [...this.#subjects.keys()];
  }

  /** The subject's versions in ascending order; soft-deleted ones only when asked. */
  versions(subject: string, includeDeleted: boolean): SchemaValue[] {
    const versions = this.#subjects.get(subject);
    if (versions === undefined) return [];
    return [...versions.values()].filter((v) => includeDeleted || !v.deleted).sort((a, b) => a.version - b.version);
  }

  version(subject: string, version: number): SchemaValue | undefined {
    return this.#subjects.get(subject)?.get(version);
  }

  *allSchemas(): Iterable<SchemaValue> {
    for (const versions of this.#subjects.values()) yield* versions.values();
  }

  config(subject: string | null): ConfigValue | undefined {
    return this.#configs.get(subject);
  }

  mode(subject: string | null): string | undefined {
    return this.#modes.get(subject);
  }
}
