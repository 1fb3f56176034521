// Broker-side schema validation (Confluent Server's confluent.key/value.schema.validation):
// each record's key and/or value must be in Confluent's wire format with a schema id the
// registry has under the subject the topic's strategy names; with
// carebus.value.schema.validation=full the value must also decode against that schema.
// Null keys and values (tombstones, keyless records) carry no schema and pass.
// Failures are per-record errors (KIP-467) that drop the partition's batch with
// INVALID_RECORD, like Kafka's other record checks. The registry is asked over HTTP
// (registry-lookup.ts); compiled schemas are kept by id.
import type { EffectiveTopicConfig } from "../../config/topic-config.js";
import type { KafkaRecord } from "../../protocol/records/record.js";
import type { RecordError } from "../produce-validation.js";
import { compileSchema, type CompiledSchema } from "./compiled-schema.js";
import { ExpiringCache } from "./expiring-cache.js";
import { RegistryUnavailableError, type SchemaLookup } from "./registry-lookup.js";
import { subjectName, subjectNameStrategyOf, type SubjectNameStrategy } from "./subject-name-strategy.js";
import { parseConfluentFrame, parseMessageIndexes } from "./wire-format.js";

export type SchemaCheck = "id" | "full";

export interface SideSettings {
  readonly check: SchemaCheck;
  readonly strategy: SubjectNameStrategy;
}

export interface SchemaValidationSettings {
  readonly key?: SideSettings;
  readonly value?: SideSettings;
}

/** The topic's schema validation, or undefined when neither side is validated. */
export function schemaValidationSettingsOf(config: EffectiveTopicConfig): SchemaValidationSettings | undefined {
  const valueMode = config.valueSchemaValidationMode;
  const keyOn = config.get("confluent.key.schema.validation");
  if (valueMode === "off" && !keyOn) return undefined;
  return {
    ...(keyOn && { key: { check: "id" as const, strategy: subjectNameStrategyOf(config.get("confluent.key.subject.name.strategy")) } }),
    ...(valueMode !== "off" && { value: { check: valueMode, strategy: subjectNameStrategyOf(config.get("confluent.value.subject.name.strategy")) } }),
  };
}

export class RecordSchemaValidator {
  readonly #lookup: SchemaLookup;
  /** Compiled schemas by id (ids never change meaning), or why one does not compile. */
  readonly #compiled = new ExpiringCache<number, CompiledSchema | string>(1000);

  constructor(lookup: SchemaLookup) {
    this.#lookup = lookup;
  }

  /** The records that fail, each with the reason. Throws RegistryUnavailableError. */
  async validate(topic: string, records: readonly KafkaRecord[], settings: SchemaValidationSettings): Promise<RecordError[]> {
    const errors: RecordError[] = [];
    for (const [batchIndex, record] of records.entries()) {
      const problems: string[] = [];
      if (settings.key) {
        const reason = await this.#check(topic, true, record.key, settings.key);
        if (reason !== undefined) problems.push(`Key ${reason}`);
      }
      if (settings.value) {
        const reason = await this.#check(topic, false, record.value, settings.value);
        if (reason !== undefined) problems.push(`Value ${reason}`);
      }
      if (problems.length > 0) errors.push({ batchIndex, message: `${problems.join("; ")} (schema validation of topic ${topic})` });
    }
    return errors;
  }

  async #check(topic: string, isKey: boolean, bytes: Buffer | null, side: SideSettings): Promise<string | undefined> {
    // Confluent's serializers write null as null (a tombstone, a keyless record): no schema.
    if (bytes === null) return undefined;
    const frame = parseConfluentFrame(bytes);
    if (!frame.ok) return `${frame.reason}: not in the Confluent wire format`;
    const { schemaId, bodyOffset } = frame.value;
    const compiled = await this.#compiledSchema(schemaId);
    if (compiled === undefined) return `has schema id ${schemaId}, which is not registered`;
    if (typeof compiled === "string") return `has schema id ${schemaId}, whose schema cannot be used: ${compiled}`;

    let indexes: readonly number[] | undefined;
    let payloadOffset = bodyOffset;
    if (compiled.schemaType === "PROTOBUF") {
      const parsed = parseMessageIndexes(bytes, bodyOffset);
      if (!parsed.ok) return parsed.reason;
      indexes = parsed.value.indexes;
      payloadOffset = parsed.value.payloadOffset;
    }
    const subject = subjectName(side.strategy, topic, isKey, side.strategy === "TopicNameStrategy" ? undefined : compiled.recordName(indexes));
    if (subject === undefined) return `has schema id ${schemaId}, whose schema has no record name for ${side.strategy}`;
    if (!(await this.#lookup.isRegisteredUnder(schemaId, subject))) {
      return `has schema id ${schemaId}, which is not registered under subject ${subject}`;
    }
    if (side.check !== "full") return undefined;
    const invalid = compiled.validatePayload(bytes.subarray(payloadOffset), indexes);
    return invalid === undefined ? undefined : `with schema id ${schemaId} ${invalid}`;
  }

  async #compiledSchema(id: number): Promise<CompiledSchema | string | undefined> {
    const FOREVER = Number.MAX_SAFE_INTEGER;
    const cached = this.#compiled.get(id, 0);
    if (cached !== undefined) return cached;
    const registered = await this.#lookup.schemaById(id);
    if (registered === undefined) return undefined;
    let compiled: CompiledSchema | string;
    try {
      const references = await this.#resolveReferences(registered.references);
      compiled = compileSchema(registered.schemaType, registered.schema, references);
    } catch (err) {
      if (err instanceof RegistryUnavailableError) throw err;
      compiled = (err as Error).message;
    }
    this.#compiled.set(id, compiled, FOREVER, 0);
    return compiled;
  }

  /** Every reference reachable from `references`, dependencies first, by reference name. */
  async #resolveReferences(references: readonly { name: string; subject: string; version: number }[]): Promise<Map<string, string>> {
    const resolved = new Map<string, string>();
    const visit = async (refs: readonly { name: string; subject: string; version: number }[]): Promise<void> => {
      for (const ref of refs) {
        if (resolved.has(ref.name)) continue;
        const schema = await this.#lookup.referencedSchema(ref.subject, ref.version);
        if (schema === undefined) throw new Error(`reference ${ref.name} (${ref.subject} version ${ref.version}) is not registered`);
        await visit(schema.references);
        resolved.set(ref.name, schema.schema);
      }
    };
    await visit(references);
    return resolved;
  }
}
