// `carebus start`: the embedded broker (and, as their issues land, the platform
// services) in one process. Configuration: server.properties < CAREBUS_* environment
// < --data-dir < --override key=value. SIGTERM/SIGINT stop cleanly: listeners close,
// logs flush, and the clean-shutdown marker is written so the next start skips recovery.
import type { Command } from "commander";
import { Broker } from "../../broker/broker.js";
import { loadBrokerConfig, type BrokerConfig } from "../../config/broker-config.js";
import { REGISTRY_KAFKASTORE_PREFIX } from "../../config/broker-config-keys.js";
import { ConfigError } from "../../config/config-error.js";
import { clientSecurity, type ClientSecurity } from "../../kafka-client/client-security.js";
import { parseOverrides } from "../../config/environment.js";
import type { RunningSchemaRegistry } from "../../registry/start-schema-registry.js";
import { childLogger } from "../../util/logger.js";

interface StartOptions {
  config?: string;
  dataDir?: string;
  override: string[];
  bootstrapServers?: string;
}

export function registerStart(program: Command): void {
  program
    .command("start")
    .description("start the Carebus broker on this machine")
    .option("-c, --config <file>", "a server.properties file (Kafka config names)", process.env["CAREBUS_CONFIG"])
    .option("-d, --data-dir <dir>", "where logs and metadata live (log.dirs; default ./data)")
    .option("-o, --override <key=value>", "set a config, winning over file and environment (repeatable)", collect, [])
    .option(
      "--bootstrap-servers <host:port,...>",
      "run only the platform services (Schema Registry) against this Kafka cluster, no embedded broker",
      process.env["CAREBUS_BOOTSTRAP_SERVERS"],
    )
    .action(async (opts: StartOptions) => {
      await start(opts);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function start(opts: StartOptions): Promise<void> {
  const startedAt = performance.now();
  let loaded;
  let store;
  try {
    loaded = loadBrokerConfig({
      ...(opts.config === undefined ? {} : { file: opts.config }),
      env: process.env,
      overrides: parseOverrides(opts.override),
      ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
    });
    store = registryKafkaStore(loaded.config);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof Error) {
      console.error(`carebus: configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  for (const note of loaded.notes) console.error(`note: ${note}`);
  for (const warning of loaded.warnings) console.error(`warning: ${warning}`);

  if (opts.bootstrapServers !== undefined) {
    await startPlatformOnly(opts.bootstrapServers, loaded.config, store.security);
    return;
  }

  let broker: Broker;
  try {
    broker = await Broker.start({ config: loaded.config });
  } catch (err) {
    console.error(`carebus: cannot start the broker: ${(err as Error).message}`);
    process.exit(1);
  }
  const ms = Math.round(performance.now() - startedAt);
  for (const b of broker.boundListeners) {
    const adv = broker.advertisedEndpoint(b.listener.name);
    console.log(
      `Carebus broker listening on ${b.listener.name}://${b.host}:${b.port}` +
        (adv ? ` (clients use ${adv.host}:${adv.port})` : ""),
    );
  }
  console.log(
    `cluster ${broker.clusterId}, node ${broker.nodeId}, data in ${broker.logDir}` +
      `; ready in ${ms} ms`,
  );

  // Schema Registry (issue 6): a Kafka client of the broker's own listener, like any
  // platform service; `startSchemaRegistry` runs the same against any Kafka cluster.
  let registry: RunningSchemaRegistry | undefined;
  // It connects as a Kafka client to a listener of this broker with the security protocol
  // of its kafkastore settings (PLAINTEXT unless carebus.schema.registry.kafkastore.security.protocol says otherwise).
  const plaintext = broker.boundListeners.find((b) => b.listener.securityProtocol === store.protocol);
  if (loaded.config.get("carebus.schema.registry.enable") && plaintext === undefined) {
    console.error(
      `warning: the Schema Registry is not started: it needs a ${store.protocol} listener of this broker (e.g. PLAINTEXT://127.0.0.1:9094 ` +
        `for local services, or set ${REGISTRY_KAFKASTORE_PREFIX}security.protocol and its sasl.*/ssl.* settings for a secured one); ` +
        "set carebus.schema.registry.enable=false to silence this",
    );
  } else if (loaded.config.get("carebus.schema.registry.enable")) {
    const own = plaintext;
    const ownHost = own === undefined || own.host === "0.0.0.0" || own.host === "::" || own.host === "" ? "127.0.0.1" : own.host;
    const listener =
      loaded.config.get("carebus.schema.registry.listeners") ?? `http://0.0.0.0:${loaded.config.get("carebus.schema.registry.port")}`;
    try {
      // Loaded only now: the broker is already serving while the client library loads.
      const { startSchemaRegistry } = await import("../../registry/start-schema-registry.js");
      registry = await startSchemaRegistry({
        bootstrapServers: [`${ownHost}:${own?.port ?? 9092}`],
        listener,
        logger: childLogger("schema-registry"),
        security: store.security,
        ...registryElection(loaded.config),
      });
      console.log(`Carebus Schema Registry listening on http://${registry.host}:${registry.port}`);
      broker.schemaValidation.embeddedRegistryUrl = registry.url;
    } catch (err) {
      console.error(`carebus: cannot start the schema registry: ${(err as Error).message}`);
      await broker.stop();
      process.exit(1);
    }
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    (registry?.close() ?? Promise.resolve()).then(() => broker.stop()).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`carebus: error while stopping: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** The registry's Kafka client security: Confluent's kafkastore.* client settings under
 *  carebus.schema.registry.kafkastore. (a bad one stops start-up naming it). */
function registryKafkaStore(config: BrokerConfig): { protocol: string; security: ClientSecurity } {
  const props = config.originalsWithPrefix(REGISTRY_KAFKASTORE_PREFIX);
  try {
    return { protocol: (props.get("security.protocol") ?? "PLAINTEXT").toUpperCase(), security: clientSecurity(props) };
  } catch (err) {
    throw new ConfigError(`${REGISTRY_KAFKASTORE_PREFIX}security.protocol`, `${REGISTRY_KAFKASTORE_PREFIX}*: ${(err as Error).message}`);
  }
}

/** The registry's leader-election settings (Confluent's names under carebus.schema.registry.). */
function registryElection(config: BrokerConfig): { groupId: string; leaderEligibility: boolean; hostName?: string } {
  const hostName = config.get("carebus.schema.registry.host.name");
  return {
    groupId: config.get("carebus.schema.registry.group.id"),
    leaderEligibility: config.get("carebus.schema.registry.leader.eligibility"),
    ...(hostName === null ? {} : { hostName }),
  };
}

/**
 * Cluster mode: the platform services against an existing Kafka cluster (Apache Kafka,
 * Confluent Cloud, Redpanda, MSK, or another Carebus); they reach it only through the
 * Kafka protocol, so several of these processes can run side by side.
 */
async function startPlatformOnly(bootstrapServers: string, config: BrokerConfig, security: ClientSecurity): Promise<void> {
  const servers = bootstrapServers.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (!config.get("carebus.schema.registry.enable")) {
    console.error("carebus: nothing to run: --bootstrap-servers runs the platform services and carebus.schema.registry.enable=false turns the only one off");
    process.exit(2);
  }
  const listener = config.get("carebus.schema.registry.listeners") ?? `http://0.0.0.0:${config.get("carebus.schema.registry.port")}`;
  let registry: RunningSchemaRegistry;
  try {
    const { startSchemaRegistry } = await import("../../registry/start-schema-registry.js");
    registry = await startSchemaRegistry({ bootstrapServers: servers, listener, logger: childLogger("schema-registry"), security, ...registryElection(config) });
  } catch (err) {
    console.error(`carebus: cannot start the schema registry against ${servers.join(",")}: ${(err as Error).message}`);
    process.exit(1);
  }
  console.log(`Carebus Schema Registry listening on http://${registry.host}:${registry.port} (Kafka cluster ${servers.join(",")})`);
  const stop = (signal: string): void => {
    console.log(`${signal}: stopping`);
    registry.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
