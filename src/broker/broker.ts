// The embedded broker: one node that is controller, leader of every partition and the
// only replica. It owns the listeners, the topic metadata, the partition logs and the
// handler registry; handlers reach everything through it.
import { mkdirSync } from "node:fs";
import type { BrokerConfig } from "../config/broker-config.js";
import type { GroupCoordinator } from "../coordinator/group/group-coordinator.js";
import { effectiveTopicConfig, type EffectiveTopicConfig } from "../config/topic-config.js";
import { ErrorCode, KafkaError } from "../protocol/errors.js";
import { LOG_OVERHEAD, batchSizeAt, setPartitionLeaderEpoch } from "../protocol/records/batch-header.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import { AuthenticationFailureThrottle } from "../security/authentication-failure-throttle.js";
import { buildListenerSecurity } from "../security/listener-security.js";
import { ScramCredentialStore } from "../security/scram-credential-store.js";
import { SystemClock, type Clock } from "../storage/clock.js";
import { LogManager } from "../storage/log-manager.js";
import type { AppendInfo, Log } from "../storage/log.js";
import type { LogConfig } from "../storage/log-config.js";
import { childLogger, type Logger } from "../util/logger.js";
import { openAuditLog } from "./audit-request.js";
import { BrokerAuditTopicAppender } from "./audit-topic-appender.js";
import { checkEncryptionAtStartup, encryptionKeyIdOf, loadKeyRing } from "./encryption-at-rest.js";
import type { KeyRing } from "../storage/encryption/key-ring.js";
import type { AuthorizationListener } from "../security/authorizer/authorization-event.js";
import { BrokerAuthorization } from "./authorization.js";
import { HandlerRegistry } from "./handler-registry.js";
import { createGroupCoordinator } from "./group-coordinator-setup.js";
import { createTransactionCoordinator } from "./transaction-coordinator-setup.js";
import type { TransactionCoordinator } from "../coordinator/txn/transaction-coordinator.js";
import type { AppendOrigin } from "../storage/producer-state/producer-append-info.js";
import { registerHandlers } from "./handlers/index.js";
import { loadOrCreateMetaProperties } from "./metadata/meta-properties.js";
import { TopicStore, type TopicInfo } from "./metadata/topic-store.js";
import { createDispatcher } from "./request-dispatcher.js";
import { SchemaValidationService } from "./schema-validation/schema-validation-service.js";
import { SocketServer, type BoundListener } from "./socket-server.js";

export interface BrokerOptions {
  config: BrokerConfig;
  clock?: Clock;
  log?: Logger;
}

/** Told of every append made through `Broker.appendRecords` (the fetch purgatory wakes on it). */
export type AppendListener = (log: Log, info: AppendInfo, bytes: number) => void;

/** One node leads every partition from the start and never changes leader. */
export const LEADER_EPOCH = 0;

export interface Endpoint {
  host: string;
  port: number;
}

export class Broker {
  readonly config: BrokerConfig;
  readonly clock: Clock;
  readonly log: Logger;
  readonly nodeId: number;
  readonly clusterId: string;
  readonly logDir: string;
  readonly topics: TopicStore;
  readonly logManager: LogManager;
  readonly registry: HandlerRegistry;
  /** SCRAM users (KIP-554), persisted in the log dir. */
  readonly scramCredentials: ScramCredentialStore;
  readonly groupCoordinator: GroupCoordinator;
  /** Broker-side schema validation; `carebus start` sets the embedded registry's URL on it. */
  readonly schemaValidation: SchemaValidationService;
  /** The tamper-evident audit log (src/security/audit); records nothing when carebus.audit.enable=false. */
  readonly audit: AuditLog;
  readonly transactionCoordinator: TransactionCoordinator;
  /** The ACL authorizer (when authorizer.class.name is set) and its decision listeners. */
  readonly authorization: BrokerAuthorization;
  /** Keys of encryption at rest (encryption-at-rest.ts). */
  readonly keyRing: KeyRing;
  readonly #servers: SocketServer[] = [];
  readonly #topicConfigs = new Map<string, EffectiveTopicConfig>();
  /** Topics whose logs are still being closed and removed; their names are not free yet. */
  readonly #deleting = new Set<string>();
  readonly #stopHooks: (() => void)[] = [];
  readonly #appendListeners = new Set<AppendListener>();
  #stopped = false;

  private constructor(options: BrokerOptions) {
    this.config = options.config;
    this.clock = options.clock ?? new SystemClock();
    this.log = options.log ?? childLogger("broker");
    this.nodeId = this.config.nodeId;
    const logDir = this.config.logDirs[0];
    if (logDir === undefined) throw new Error("log.dirs is empty");
    if (this.config.logDirs.length > 1) {
      this.log.warn({ logDirs: this.config.logDirs }, `Carebus uses one log dir; using ${logDir}`);
    }
    this.logDir = logDir;
    mkdirSync(logDir, { recursive: true });
    const clusterId = this.config.get("carebus.cluster.id");
    this.clusterId = loadOrCreateMetaProperties(logDir, this.nodeId, clusterId ?? undefined).clusterId;
    this.topics = TopicStore.open(logDir);
    this.scramCredentials = ScramCredentialStore.open(logDir);
    this.authorization = new BrokerAuthorization(this.config, logDir);
    this.keyRing = loadKeyRing(this.config);
    checkEncryptionAtStartup(this.keyRing, this.config, this.topics.all().map((t): [string, EffectiveTopicConfig] => [t.name, this.topicConfig(t.name)]));
    this.logManager = LogManager.open({
      keyRing: this.keyRing,
      logDir,
      clock: this.clock,
      topicConfig: (topic) => (this.topics.get(topic) ? this.logConfigFor(topic) : undefined),
      retentionCheckIntervalMs: Number(this.config.get("log.retention.check.interval.ms")),
      cleaner: {
        enable: this.config.get("log.cleaner.enable"),
        backoffMs: safe(this.config.get("log.cleaner.backoff.ms")),
        dedupeBufferSize: safe(this.config.get("log.cleaner.dedupe.buffer.size")),
        threads: this.config.get("log.cleaner.threads"),
      },
      producerIdExpirationMs: this.config.get("producer.id.expiration.ms"),
      producerIdExpirationCheckIntervalMs: this.config.get("producer.id.expiration.check.interval.ms"),
      logger: storageLogger(this.log),
    });
    // Partitions whose directory vanished (or never got one) are recreated empty.
    for (const t of this.topics.all()) {
      for (let p = 0; p < t.partitions; p++) this.logManager.getOrCreateLog(t.name, p, this.logConfigFor(t.name));
    }
    this.audit = openAuditLog(this.config, logDir, this.log, () => this.clock.nowMs());
    // Every authorization decision goes to the audit log, which keeps those on PHI topics and every denial.
    this.onAuthorization((decision) => this.audit.auditAuthorization(decision));
    if (this.config.get("carebus.audit.topic.enable")) this.audit.connectTopic(new BrokerAuditTopicAppender(this));
    this.registry = registerHandlers(new HandlerRegistry());
    this.groupCoordinator = createGroupCoordinator(this);
    this.schemaValidation = new SchemaValidationService(this.config.get("confluent.schema.registry.url") ?? undefined);
    this.transactionCoordinator = createTransactionCoordinator(this);
  }

  /** Opens storage and binds every listener. */
  static async start(options: BrokerOptions): Promise<Broker> {
    const broker = new Broker(options);
    try {
      // Groups and offsets are loaded from __consumer_offsets before any client can ask.
      broker.groupCoordinator.start();
      // Transactions left in PrepareCommit/PrepareAbort are completed before clients connect.
      await broker.transactionCoordinator.start();
      const dispatch = createDispatcher(broker, broker.registry, broker.log);
      const maxRequestBytes = broker.config.get("socket.request.max.bytes");
      const throttle = new AuthenticationFailureThrottle(broker.config.get("connection.failed.authentication.delay.ms"));
      // Every listener's key material and SASL settings are checked before any is bound.
      const securities = broker.config.listeners.map((l) => buildListenerSecurity(broker.config, l, broker.scramCredentials, broker.log));
      for (const security of securities) {
        const server = new SocketServer(security.listener, dispatch, { maxRequestBytes, log: broker.log, security, throttle, audit: broker.audit });
        broker.#servers.push(server);
        await server.listen();
      }
    } catch (err) {
      await broker.stop();
      throw err;
    }
    return broker;
  }

  get boundListeners(): BoundListener[] {
    return this.#servers.map((s) => s.bound);
  }

  /**
   * Where clients reach this node on `listenerName`: the advertised listener of that name,
   * with host "localhost" when none is given and the bound port when it was 0.
   */
  advertisedEndpoint(listenerName: string): Endpoint | undefined {
    const bound = this.#servers.find((s) => s.listener.name === listenerName)?.bound;
    const advertised = this.config.isSet("advertised.listeners")
      ? this.config.advertisedListeners.find((l) => l.name === listenerName)
      : undefined;
    if (advertised === undefined && bound === undefined) return undefined;
    // Without advertised.listeners, advertise what was actually bound (an unresolvable
    // listener host falls back to every interface, see SocketServer.listen).
    const host = advertised?.host ?? bound?.host ?? "localhost";
    const port = advertised !== undefined && advertised.port !== 0 ? advertised.port : (bound?.port ?? 0);
    return { host: host === "0.0.0.0" || host === "::" ? "localhost" : host, port };
  }

  topicConfig(topic: string): EffectiveTopicConfig {
    let cfg = this.#topicConfigs.get(topic);
    if (cfg === undefined) {
      cfg = effectiveTopicConfig(this.topics.get(topic)?.configs ?? {}, this.config, topic);
      this.#topicConfigs.set(topic, cfg);
    }
    return cfg;
  }

  logConfigFor(topic: string): LogConfig {
    const c = this.topicConfig(topic);
    // A compact-only topic is never trimmed by time or size (Kafka); "compact,delete" is both.
    const policy = c.get("cleanup.policy");
    const deletes = policy.includes("delete");
    return {
      segmentBytes: c.get("segment.bytes"),
      segmentMs: safe(c.get("segment.ms")),
      retentionMs: deletes ? safe(c.get("retention.ms")) : -1,
      retentionBytes: deletes ? safe(c.get("retention.bytes")) : -1,
      flushMessages: safe(c.get("flush.messages")),
      flushMs: safe(c.get("flush.ms")),
      indexIntervalBytes: c.get("index.interval.bytes"),
      segmentIndexBytes: c.get("segment.index.bytes"),
      fileDeleteDelayMs: safe(c.get("file.delete.delay.ms")),
      compact: policy.includes("compact"),
      minCleanableRatio: c.get("min.cleanable.dirty.ratio"),
      minCompactionLagMs: safe(c.get("min.compaction.lag.ms")),
      maxCompactionLagMs: safe(c.get("max.compaction.lag.ms")),
      deleteRetentionMs: safe(c.get("delete.retention.ms")),
      encryptionKeyId: encryptionKeyIdOf(c),
    };
  }

  isBeingDeleted(topic: string): boolean {
    return this.#deleting.has(topic);
  }

  getLog(topic: string, partition: number): Log | undefined {
    return this.logManager.getLog(topic, partition);
  }

  /** Log.append, then tells the append listeners (long-poll fetches waiting for data). */
  appendRecords(log: Log, records: Buffer, opts: { logAppendTimeMs?: number; origin?: AppendOrigin } = {}): AppendInfo {
    // Stamp the leader epoch (always 0 on one node) as Kafka's LogValidator does, so
    // fetched batches agree with Metadata and OffsetForLeaderEpoch (KIP-320). It lies
    // outside the CRC, so the batch stays valid.
    for (let at = 0; at + LOG_OVERHEAD <= records.length; at += batchSizeAt(records, at)) {
      setPartitionLeaderEpoch(records, at, LEADER_EPOCH);
    }
    const info = log.append(records, opts);
    if (info.duplicate) return info; // a retried idempotent batch: nothing new to wake fetches for
    for (const listener of this.#appendListeners) listener(log, info, records.length);
    return info;
  }

  /** Runs `hook` when the broker stops, before listeners close (e.g. to release parked fetches). */
  onStop(hook: () => void): void {
    this.#stopHooks.push(hook);
  }

  /** Registers an append listener; the returned function removes it. */
  onAppend(listener: AppendListener): () => void {
    this.#appendListeners.add(listener);
    return () => this.#appendListeners.delete(listener);
  }

  /** Registers a listener told of every authorization decision; the returned function removes it. */
  onAuthorization(listener: AuthorizationListener): () => void {
    return this.authorization.onDecision(listener);
  }

  /** Creates the topic and its partition logs. Validation is the caller's (CreateTopics). */
  createTopic(name: string, partitions: number, configs: Record<string, string>): TopicInfo {
    if (this.#deleting.has(name)) {
      // Reopening the directory that deleteTopic is about to remove would lose the new topic.
      throw new KafkaError(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${name}' is marked for deletion.`);
    }
    const info = this.topics.create(name, partitions, configs, this.clock.nowMs());
    this.#topicConfigs.delete(name);
    for (let p = 0; p < partitions; p++) this.logManager.getOrCreateLog(name, p, this.logConfigFor(name));
    this.log.info({ topic: name, partitions, topicId: info.topicId }, "created topic");
    return info;
  }

  async deleteTopic(name: string): Promise<TopicInfo | undefined> {
    const info = this.topics.delete(name);
    if (info === undefined) return undefined;
    this.#topicConfigs.delete(name);
    this.#deleting.add(name);
    try {
      for (let p = 0; p < info.partitions; p++) await this.logManager.deleteLog(name, p);
    } finally {
      this.#deleting.delete(name);
    }
    this.log.info({ topic: name }, "deleted topic");
    await this.groupCoordinator.offsets.removeOffsetsOfTopic(name);
    return info;
  }

  addPartitions(name: string, totalCount: number): void {
    const info = this.topics.get(name);
    if (info === undefined) throw new Error(`unknown topic ${name}`);
    const from = info.partitions;
    this.topics.setPartitions(name, totalCount);
    for (let p = from; p < totalCount; p++) this.logManager.getOrCreateLog(name, p, this.logConfigFor(name));
  }

  /** Replaces the topic's overrides and applies them to its open logs. */
  setTopicConfigs(name: string, configs: Record<string, string>): void {
    this.topics.setConfigs(name, configs);
    this.#topicConfigs.delete(name);
    const info = this.topics.get(name);
    for (let p = 0; p < (info?.partitions ?? 0); p++) this.getLog(name, p)?.updateConfig(this.logConfigFor(name));
  }

  /** Stops listeners, then flushes and closes every log (writing the clean-shutdown marker). */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const hook of this.#stopHooks.splice(0)) hook();
    this.groupCoordinator.close();
    this.transactionCoordinator.close();
    await Promise.all(this.#servers.map((s) => s.close()));
    await this.audit.close();
    await this.logManager.close();
    this.log.info("stopped");
  }
}

function safe(v: bigint | number): number {
  if (typeof v === "number") return v;
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

function storageLogger(log: Logger): { info(msg: string): void; warn(msg: string): void; error(msg: string): void } {
  return { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) };
}
