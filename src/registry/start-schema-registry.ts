// Starts a Schema Registry against any Kafka cluster: reads `_schemas` to the end, then
// listens. Used by `carebus start` (bootstrapping to the embedded broker's own listener)
// and usable on its own against Apache Kafka, Confluent Cloud or Redpanda.
import type { Logger } from "pino";
import { SCHEMA_FORMATS } from "./formats/index.js";
import type { SchemaFormat, SchemaType } from "./formats/schema-format.js";
import { buildRegistryServer } from "./registry-server.js";
import { SchemaRegistry } from "./schema-registry.js";
import { KafkaStore } from "./store/kafka-store.js";

export interface StartSchemaRegistryOptions {
  /** host:port list of the Kafka cluster holding `_schemas`. */
  readonly bootstrapServers: readonly string[];
  /** Where to listen, e.g. "http://0.0.0.0:8081"; port 0 picks a free one. */
  readonly listener: string;
  readonly topic?: string;
  readonly formats?: ReadonlyMap<SchemaType, SchemaFormat>;
  readonly logger?: Logger;
  readonly timeoutMs?: number;
}

export interface RunningSchemaRegistry {
  readonly host: string;
  readonly port: number;
  /** "http://host:port" for clients. */
  readonly url: string;
  readonly registry: SchemaRegistry;
  close(): Promise<void>;
}

export function parseRegistryListener(listener: string): { host: string; port: number } {
  const url = new URL(listener);
  if (url.protocol !== "http:") throw new Error(`schema registry listener ${listener}: only http:// is supported`);
  const port = url.port === "" ? 80 : Number(url.port);
  return { host: url.hostname.replace(/^\[|\]$/g, ""), port };
}

export async function startSchemaRegistry(options: StartSchemaRegistryOptions): Promise<RunningSchemaRegistry> {
  const { host, port } = parseRegistryListener(options.listener);
  let store: KafkaStore | undefined = undefined;
  const registry = new SchemaRegistry({
    formats: options.formats ?? SCHEMA_FORMATS,
    write: async (record) => {
      if (store === undefined) throw new Error("the schema store is not open");
      await store.write(record);
    },
  });
  store = await KafkaStore.open({
    bootstrapServers: options.bootstrapServers,
    ...(options.topic === undefined ? {} : { topic: options.topic }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    onRecord: (record) => registry.apply(record),
  });
  const app = buildRegistryServer(registry, options.logger);
  try {
    await app.listen({ host, port });
  } catch (err) {
    await store.close();
    throw err;
  }
  const address = app.server.address();
  const boundPort = typeof address === "object" && address !== null ? address.port : port;
  const openStore = store;
  return {
    host,
    port: boundPort,
    url: `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${boundPort}`,
    registry,
    async close() {
      await app.close();
      await openStore.close();
    },
  };
}
