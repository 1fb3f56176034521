// Leader election through a Kafka group, as Confluent's KafkaGroupLeaderElector does it:
// every registry instance is a member of `schema.registry.group.id` (default
// "schema-registry") with protocol type "sr" and its identity as metadata; the assignment
// the group leader computes (sr-protocol.ts) names the registry leader for everyone.
// @platformatic/kafka's Consumer only speaks protocol type "consumer", so the group is
// driven with its low-level JoinGroup/SyncGroup/Heartbeat/LeaveGroup APIs over a
// connection of its own. Like Confluent without sticky election, the leader is unknown
// from the start of a rebalance until its assignment arrives.
import {
  apiVersionsV3,
  Connection,
  findCoordinatorV4,
  findCoordinatorV5,
  findCoordinatorV6,
  heartbeatV4,
  joinGroupV6,
  joinGroupV7,
  joinGroupV8,
  joinGroupV9,
  leaveGroupV4,
  leaveGroupV5,
  syncGroupV4,
  syncGroupV5,
  type ConnectionOptions,
} from "@platformatic/kafka";
import type { Logger } from "pino";
import {
  decodeAssignment,
  decodeIdentity,
  electLeader,
  encodeAssignment,
  encodeIdentity,
  SR_PROTOCOL_TYPE,
  SR_SUBPROTOCOL_V0,
  type SchemaRegistryIdentity,
  type SrAssignment,
  type SrMember,
} from "./sr-protocol.js";

// Kafka error codes this loop reacts to.
const UNKNOWN_MEMBER_ID = 25;
const MEMBER_ID_REQUIRED = 79;

export interface LeaderElectorOptions {
  readonly bootstrapServers: readonly string[];
  readonly groupId: string;
  readonly identity: SchemaRegistryIdentity;
  /** Called after every completed rebalance with this member's id (the assignment names
   *  the leader by member id), and with undefined when a rebalance starts. */
  readonly onAssigned: (assignment: SrAssignment | undefined, memberId: string) => void;
  readonly sessionTimeoutMs?: number;
  readonly rebalanceTimeoutMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly clientId?: string;
  readonly connection?: Pick<ConnectionOptions, "sasl" | "tls">;
  readonly logger?: Logger;
}

function kafkaErrorCode(err: unknown): number | undefined {
  const response = (err as { response?: { errorCode?: unknown; coordinators?: { errorCode: number }[] } }).response;
  if (typeof response?.errorCode === "number") return response.errorCode;
  return response?.coordinators?.find((c) => c.errorCode !== 0)?.errorCode;
}

function responseMemberId(err: unknown): string | undefined {
  const id = (err as { response?: { memberId?: unknown } }).response?.memberId;
  return typeof id === "string" && id !== "" ? id : undefined;
}

// The versions the client library implements, newest first; the broker's ApiVersions
// answer picks the newest both sides speak (Kafka 3.0+ has them all).
const FIND_COORDINATOR = [findCoordinatorV6, findCoordinatorV5, findCoordinatorV4];
const JOIN_GROUP = [joinGroupV9, joinGroupV8, joinGroupV7, joinGroupV6];
const SYNC_GROUP = [syncGroupV5, syncGroupV4];
const LEAVE_GROUP = [leaveGroupV5, leaveGroupV4];

function pick<T extends { api: { key: number; version: number } }>(versions: readonly T[], broker: apiVersionsV3.ApiVersionsResponse): T {
  const range = broker.apiKeys.find((k) => k.apiKey === versions[0]?.api.key);
  const found = versions.find((v) => range !== undefined && v.api.version >= range.minVersion && v.api.version <= range.maxVersion);
  if (found === undefined) throw new Error(`the broker does not support a version of API ${versions[0]?.api.key} this registry speaks`);
  return found;
}

interface GroupApis {
  readonly join: (typeof JOIN_GROUP)[number]["api"];
  readonly sync: (typeof SYNC_GROUP)[number]["api"];
  readonly leave: (typeof LEAVE_GROUP)[number]["api"];
}

function hostPort(server: string): { host: string; port: number } {
  const i = server.lastIndexOf(":");
  return { host: server.slice(0, i).replace(/^\[|\]$/g, ""), port: Number(server.slice(i + 1)) };
}

export class KafkaGroupLeaderElector {
  readonly #options: LeaderElectorOptions;
  readonly #sessionTimeoutMs: number;
  readonly #rebalanceTimeoutMs: number;
  readonly #heartbeatIntervalMs: number;
  #connection: Connection | undefined;
  #apis: GroupApis | undefined;
  #memberId = "";
  #generationId = -1;
  #joined = false;
  #closed = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #firstAssignment: Promise<void>;
  #resolveFirst: () => void = () => undefined;

  constructor(options: LeaderElectorOptions) {
    this.#options = options;
    this.#sessionTimeoutMs = options.sessionTimeoutMs ?? 10_000;
    this.#rebalanceTimeoutMs = options.rebalanceTimeoutMs ?? 10_000;
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 3_000;
    this.#firstAssignment = new Promise((resolve) => (this.#resolveFirst = resolve));
  }

  get memberId(): string {
    return this.#memberId;
  }

  /** Starts the membership loop; resolves after the first assignment (or `timeoutMs`). */
  async start(timeoutMs = 30_000): Promise<void> {
    this.#loop = this.#run();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.#firstAssignment, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  async #run(): Promise<void> {
    while (!this.#closed) {
      try {
        if (this.#connection === undefined) await this.#connectToCoordinator();
        if (!this.#joined) await this.#joinAndSync();
        else await this.#heartbeat();
        if (this.#joined) await this.#sleep(this.#heartbeatIntervalMs);
      } catch (err) {
        if (this.#closed) return;
        const code = kafkaErrorCode(err);
        if (code === MEMBER_ID_REQUIRED) {
          this.#memberId = responseMemberId(err) ?? "";
          continue;
        }
        if (code === UNKNOWN_MEMBER_ID) this.#memberId = "";
        if (code === undefined || code === 14 || code === 15 || code === 16) {
          // Not a group answer: the coordinator moved or the connection broke.
          this.#options.logger?.warn({ err }, "schema registry election: lost the group coordinator; reconnecting");
          await this.#dropConnection();
        } else if (code !== 22 && code !== 27) {
          this.#options.logger?.warn({ err }, "schema registry election: the group refused this member; retrying");
        }
        this.#rejoinNeeded();
        // A rebalance in progress or a stale generation rejoins at once; anything else backs off.
        if (code !== 22 && code !== 27 && code !== UNKNOWN_MEMBER_ID) await this.#sleep(Math.min(this.#heartbeatIntervalMs, 500));
      }
    }
  }

  #rejoinNeeded(): void {
    if (this.#joined) this.#options.onAssigned(undefined, this.#memberId);
    this.#joined = false;
  }

  async #connectToCoordinator(): Promise<void> {
    const options: ConnectionOptions = { requestTimeout: this.#rebalanceTimeoutMs + 5_000, ...this.#options.connection };
    const clientId = this.#options.clientId ?? "carebus-schema-registry-election";
    let lastError: unknown;
    for (const server of this.#options.bootstrapServers) {
      const bootstrap = new Connection(clientId, options);
      try {
        const { host, port } = hostPort(server);
        await bootstrap.connect(host, port);
        const versions = await apiVersionsV3.api.async(bootstrap, "carebus-schema-registry", "1");
        const response = await pick(FIND_COORDINATOR, versions).api.async(bootstrap, 0, [this.#options.groupId]);
        const coordinator = response.coordinators[0];
        if (coordinator === undefined) throw new Error("FindCoordinator answered no coordinator");
        const connection = new Connection(clientId, options);
        await connection.connect(coordinator.host, coordinator.port);
        this.#apis = { join: pick(JOIN_GROUP, versions).api, sync: pick(SYNC_GROUP, versions).api, leave: pick(LEAVE_GROUP, versions).api };
        this.#connection = connection;
        return;
      } catch (err) {
        lastError = err;
      } finally {
        await bootstrap.close().catch(() => undefined);
      }
    }
    throw lastError;
  }

  async #dropConnection(): Promise<void> {
    const connection = this.#connection;
    this.#connection = undefined;
    await connection?.close().catch(() => undefined);
  }

  #requireConnection(): Connection {
    if (this.#connection === undefined) throw new Error("no group coordinator connection");
    return this.#connection;
  }

  #requireApis(): GroupApis {
    if (this.#apis === undefined) throw new Error("no group coordinator connection");
    return this.#apis;
  }

  async #joinAndSync(): Promise<void> {
    const { groupId } = this.#options;
    const join = await this.#requireApis().join.async(
      this.#requireConnection(),
      groupId,
      this.#sessionTimeoutMs,
      this.#rebalanceTimeoutMs,
      this.#memberId,
      null,
      SR_PROTOCOL_TYPE,
      [{ name: SR_SUBPROTOCOL_V0, metadata: encodeIdentity(this.#options.identity) }],
      null,
    );
    this.#memberId = join.memberId ?? this.#memberId;
    this.#generationId = join.generationId;
    let assignments: { memberId: string; assignment: Buffer }[] = [];
    if (join.leader === this.#memberId) {
      const members: SrMember[] = [];
      for (const m of join.members) {
        try {
          members.push({ memberId: m.memberId, identity: decodeIdentity(m.metadata ?? Buffer.alloc(0)) });
        } catch (err) {
          this.#options.logger?.warn({ err, memberId: m.memberId }, "schema registry election: unreadable member metadata");
        }
      }
      const assignment = encodeAssignment(electLeader(members));
      assignments = join.members.map((m) => ({ memberId: m.memberId, assignment }));
    }
    const sync = await this.#requireApis().sync.async(
      this.#requireConnection(),
      groupId,
      this.#generationId,
      this.#memberId,
      null,
      SR_PROTOCOL_TYPE,
      SR_SUBPROTOCOL_V0,
      assignments,
    );
    const assignment = decodeAssignment(sync.assignment);
    this.#joined = true;
    this.#options.logger?.info({ assignment, generation: this.#generationId }, "schema registry election: rebalance done");
    this.#options.onAssigned(assignment, this.#memberId);
    this.#resolveFirst();
  }

  async #heartbeat(): Promise<void> {
    await heartbeatV4.api.async(this.#requireConnection(), this.#options.groupId, this.#generationId, this.#memberId, null);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  /** Leaves the group at once (so the others rebalance without waiting for the session
   *  timeout), then closes the connection. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#wake?.();
    const connection = this.#connection;
    if (connection !== undefined && this.#apis !== undefined && this.#memberId !== "") {
      await this.#apis.leave
        .async(connection, this.#options.groupId, [{ memberId: this.#memberId, reason: "schema registry shutting down" }])
        .catch(() => undefined);
    }
    await this.#dropConnection();
    await this.#loop;
    this.#options.onAssigned(undefined, this.#memberId);
  }
}
