// The broker's handle on schema validation: which registry to ask (the broker config
// confluent.schema.registry.url, else the embedded registry `carebus start` runs) and the
// validator with its caches, shared by every connection.
import type { EffectiveTopicConfig } from "../../config/topic-config.js";
import type { KafkaRecord } from "../../protocol/records/record.js";
import type { RecordError } from "../produce-validation.js";
import { RecordSchemaValidator, schemaValidationSettingsOf, type SchemaValidationSettings } from "./record-schema-validator.js";
import { HttpSchemaLookup, RegistryUnavailableError, type SchemaLookup } from "./registry-lookup.js";

export class SchemaValidationService {
  readonly #configuredUrl: string | undefined;
  #embeddedUrl: string | undefined;
  readonly #validator: RecordSchemaValidator;

  constructor(configuredUrl: string | undefined, lookup?: SchemaLookup) {
    this.#configuredUrl = configuredUrl;
    this.#validator = new RecordSchemaValidator(lookup ?? new HttpSchemaLookup({ url: () => this.registryUrl }));
  }

  /** Set by whoever runs a registry next to the broker (`carebus start`, tests). */
  set embeddedRegistryUrl(url: string | undefined) {
    this.#embeddedUrl = url;
  }

  get registryUrl(): string | undefined {
    return this.#configuredUrl ?? this.#embeddedUrl;
  }

  settingsFor(config: EffectiveTopicConfig): SchemaValidationSettings | undefined {
    return schemaValidationSettingsOf(config);
  }

  /** The failing records; throws RegistryUnavailableError when no registry can answer. */
  async validate(topic: string, records: readonly KafkaRecord[], settings: SchemaValidationSettings): Promise<RecordError[]> {
    if (this.registryUrl === undefined) {
      throw new RegistryUnavailableError(
        `topic ${topic} has schema validation on, but the broker has no schema registry: set confluent.schema.registry.url or run the embedded registry (carebus.schema.registry.enable)`,
      );
    }
    return this.#validator.validate(topic, records, settings);
  }
}
