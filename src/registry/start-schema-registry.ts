// Starts a Schema Registry against any Kafka cluster: reads `_schemas` to the end, listens,
// then joins the registry group (`schema.registry.group.id`) to learn the elected leader.
// Used by `carebus start` (bootstrapping to the embedded broker's own listener) and usable
// on its own against Apache Kafka, Confluent Cloud or Redpanda; several instances may run
// side by side (and beside Confluent's) with one leader writing and the others forwarding.
import { hostname } from "node:os";
import type { Logger } from "pino";
import type { ClientSecurity } from "../kafka-client/client-security.js";
import { SCHEMA_FORMATS } from "./formats/index.js";
import type { SchemaFormat, SchemaType } from "./formats/schema-format.js";
import { KafkaGroupLeaderElector } from "./leader/kafka-group-leader-elector.js";
import type { LeaderState } from "./leader/leader-forwarding.js";
import { identityUrl, type SrAssignment } from "./leader/sr-protocol.js";
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
  /** TLS and SASL towards a secured Kafka cluster (Confluent's kafkastore.* client settings). */
  readonly security?: ClientSecurity;
  /** `schema.registry.group.id`: instances in one group share one leader. */
  readonly groupId?: string;
  /** `leader.eligibility`: false makes this instance a follower only. */
  readonly leaderEligibility?: boolean;
  /** `host.name`: the host peers reach this instance at (default: the listener's host, or
   *  this machine's name when listening on every interface). */
  readonly hostName?: string;
  readonly sessionTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
}

export interface RunningSchemaRegistry {
  readonly host: string;
  readonly port: number;
  /** "http://host:port" for clients. */
  readonly url: string;
  /** The URL this instance advertises to its group (scheme://host.name:port). */
  readonly advertisedUrl: string;
  readonly registry: SchemaRegistry;
  /** Whether this instance is the elected leader now. */
  isLeader(): boolean;
  /** The elected leader's advertised URL, undefined while none is known. */
  leaderUrl(): string | undefined;
  close(): Promise<void>;
}

export function parseRegistryListener(listener: string): { host: string; port: number } {
  const url = new URL(listener);
  if (url.protocol !== "http:") throw new Error(`schema registry listener ${listener}: only http:// is supported`);
  const port = url.port === "" ? 80 : Number(url.port);
  return { host: url.hostname.replace(/^\[|\]$/g, ""), port };
}

const ANY_HOST = new Set(["0.0.0.0", "::", ""]);

export async function startSchemaRegistry(options: StartSchemaRegistryOptions): Promise<RunningSchemaRegistry> {
  const { host, port } = parseRegistryListener(options.listener);
  const { logger } = options;
  const groupId = options.groupId ?? "schema-registry";
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
    ...(logger === undefined ? {} : { logger }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    onRecord: (record) => registry.apply(record),
    ...(options.security === undefined ? {} : { security: options.security }),
  });
  const openStore = store;
  let closed = false;
  let leader: LeaderState = { kind: "unknown" };
  let firstElection: Promise<void> = Promise.resolve();

  // A new leader reads `_schemas` to the end before it writes, so the ids it hands out
  // are above every id an earlier leader handed out.
  const catchUp = async (): Promise<void> => {
    for (;;) {
      try {
        await openStore.sync();
        return;
      } catch (err) {
        if (closed) throw err;
        logger?.warn({ err }, "schema registry: the new leader could not read to the end of the store; retrying");
      }
    }
  };
  const onAssigned = (assignment: SrAssignment | undefined, memberId: string): void => {
    if (assignment === undefined || assignment.error !== 0 || assignment.leaderIdentity === undefined) {
      if (assignment !== undefined) logger?.error({ assignment }, "schema registry: no leader: %s", assignment.error === 0 ? "no eligible instance" : "duplicate URLs in the group");
      leader = { kind: "unknown" };
      return;
    }
    if (assignment.leader === memberId) {
      const ready = catchUp();
      ready.catch(() => undefined);
      leader = { kind: "leader", ready };
      logger?.info("schema registry: this instance is the leader");
    } else {
      leader = { kind: "follower", url: identityUrl(assignment.leaderIdentity) };
      logger?.info("schema registry: following the leader at %s", leader.url);
    }
  };

  const app = buildRegistryServer(registry, {
    ...(logger === undefined ? {} : { logger }),
    forwarding: {
      leader: () => leader,
      electionSettled: () => firstElection,
      sync: () => openStore.sync(),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(logger === undefined ? {} : { logger }),
    },
    metadata: { kafkaClusterId: () => openStore.clusterId, groupId },
  });
  try {
    await app.listen({ host, port });
  } catch (err) {
    await openStore.close();
    throw err;
  }
  const address = app.server.address();
  const boundPort = typeof address === "object" && address !== null ? address.port : port;
  const advertisedHost = options.hostName ?? (ANY_HOST.has(host) ? hostname() : host);
  const identity = { host: advertisedHost, port: boundPort, scheme: "http", leaderEligibility: options.leaderEligibility ?? true };
  const elector = new KafkaGroupLeaderElector({
    bootstrapServers: options.bootstrapServers,
    groupId,
    identity,
    onAssigned,
    ...(options.security === undefined ? {} : { connection: options.security }),
    ...(options.sessionTimeoutMs === undefined ? {} : { sessionTimeoutMs: options.sessionTimeoutMs }),
    ...(options.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
    ...(logger === undefined ? {} : { logger }),
  });
  // Reads are served at once; a write that comes before the first election (the broker
  // holds a new group's first join for group.initial.rebalance.delay.ms) waits for it,
  // and answers 50004 only if no leader is known by then.
  firstElection = elector.start(options.timeoutMs ?? 30_000);
  return {
    host,
    port: boundPort,
    url: `http://${ANY_HOST.has(host) ? "127.0.0.1" : host}:${boundPort}`,
    advertisedUrl: identityUrl(identity),
    registry,
    isLeader: () => leader.kind === "leader",
    leaderUrl: () => (leader.kind === "leader" ? identityUrl(identity) : leader.kind === "follower" ? leader.url : undefined),
    async close() {
      if (closed) return;
      closed = true;
      // Leave the group first, so another instance takes over writes at once.
      await elector.close();
      await app.close();
      await openStore.close();
    },
  };
}
