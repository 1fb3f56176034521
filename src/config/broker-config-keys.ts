// The broker configuration Carebus understands, under Kafka's names, types, defaults
// and validators (KafkaConfig and the *Configs classes it gathers), plus the
// Carebus-only `carebus.*` keys. Where Carebus's default differs from Kafka's the doc
// says so. Keys that only make sense on a cluster are listed in IGNORED_BROKER_CONFIGS
// with the reason shown to the operator.

import {
  atLeast, between, define, nonEmptyString, validator, validList, validString, caseInsensitiveString,
  type ConfigValue, type ValueOfKey,
} from "./config-def.js";
import { DEFAULT_SECURITY_PROTOCOL_MAP } from "./listeners.js";

const INT_MAX = 2 ** 31 - 1;
const LONG_MAX = 2n ** 63n - 1n;
const HOUR_MS = 3_600_000;
const port = between(0, 65535);
const broker = "broker" as const;

/** Kafka's BrokerCompressionType names. */
export const COMPRESSION_TYPES = ["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"] as const;
export const SASL_MECHANISMS = ["GSSAPI", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER"] as const;

/** CompressionType.GZIP.levelValidator: 1..9, or -1 for zlib's default. */
const gzipLevel = validator("[1,...,9] or -1", (v: ConfigValue) =>
  typeof v === "number" && (v > 9 || (v < 1 && v !== -1)) ? "Value must be between 1 and 9 or equal to -1" : undefined,
);

export const BROKER_CONFIG_KEYS = [
  // ---- identity
  define({ name: "broker.id", type: "int", default: 1, validator: atLeast(0), importance: "high", scope: broker, doc: "The node id reported in Metadata. Carebus is one node; default 1 (Kafka: -1, generated)." }),
  define({ name: "node.id", type: "int", default: null, validator: atLeast(0), importance: "high", scope: broker, doc: "KRaft's name for broker.id; when both are set they must be equal." }),
  define({ name: "carebus.cluster.id", type: "string", default: null, validator: nonEmptyString(), importance: "medium", scope: broker, doc: "Cluster id reported in Metadata; when unset the broker generates one and keeps it in the data directory." }),

  // ---- listeners and sockets
  define({ name: "listeners", type: "string", default: "PLAINTEXT://:9092", importance: "high", scope: broker, doc: "Comma-separated NAME://host:port listeners; an empty host binds every interface." }),
  define({ name: "advertised.listeners", type: "string", default: null, importance: "high", scope: broker, doc: "Listeners given to clients in Metadata when they differ from `listeners`." }),
  define({ name: "listener.security.protocol.map", type: "string", default: DEFAULT_SECURITY_PROTOCOL_MAP, importance: "low", scope: broker, doc: "NAME:PROTOCOL pairs mapping listener names to PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL." }),
  define({ name: "inter.broker.listener.name", type: "string", default: null, importance: "medium", scope: broker, doc: "Listener for traffic between brokers; checked against the map, otherwise unused on one node." }),
  define({ name: "socket.send.buffer.bytes", type: "int", default: 102400, importance: "high", scope: broker, doc: "SO_SNDBUF of client sockets; -1 keeps the OS default." }),
  define({ name: "socket.receive.buffer.bytes", type: "int", default: 102400, importance: "high", scope: broker, doc: "SO_RCVBUF of client sockets; -1 keeps the OS default." }),
  define({ name: "socket.request.max.bytes", type: "int", default: 104857600, validator: atLeast(1), importance: "high", scope: broker, doc: "Largest request frame; a bigger one closes the connection." }),
  define({ name: "socket.listen.backlog.size", type: "int", default: 50, validator: atLeast(1), importance: "medium", scope: broker, doc: "Pending-connection backlog of each listening socket." }),
  define({ name: "connections.max.idle.ms", type: "long", default: 600000n, importance: "medium", scope: broker, doc: "Close connections idle for longer than this." }),
  define({ name: "connections.max.reauth.ms", type: "long", default: 0n, importance: "medium", scope: broker, doc: "Maximum SASL session lifetime before re-authentication (KIP-368); 0 disables." }),
  define({ name: "connection.failed.authentication.delay.ms", type: "int", default: 100, validator: atLeast(0), importance: "low", scope: broker, doc: "Delay before closing a connection whose authentication failed." }),
  define({ name: "max.connections", type: "int", default: INT_MAX, validator: atLeast(0), importance: "medium", scope: broker, doc: "Maximum connections across all listeners." }),
  define({ name: "max.connections.per.ip", type: "int", default: INT_MAX, validator: atLeast(0), importance: "medium", scope: broker, doc: "Maximum connections from one IP address." }),
  define({ name: "request.timeout.ms", type: "int", default: 30000, importance: "high", scope: broker, doc: "Timeout of the broker's own requests." }),

  // ---- topics and logs
  define({ name: "log.dirs", type: "string", default: null, importance: "high", scope: broker, doc: "Comma-separated data directories; --data-dir sets it. When unset, log.dir is used." }),
  define({ name: "log.dir", type: "string", default: "./data", importance: "high", scope: broker, doc: "Data directory when log.dirs is unset. Carebus default ./data (Kafka: /tmp/kafka-logs)." }),
  define({ name: "num.partitions", type: "int", default: 1, validator: atLeast(1), importance: "medium", scope: broker, doc: "Partitions of a topic created without a count (auto-created or CreateTopics with -1)." }),
  define({ name: "default.replication.factor", type: "int", default: 1, validator: atLeast(1), importance: "medium", scope: broker, doc: "Replication factor of topics created with defaults; above 1 is clamped to 1 on one node." }),
  define({ name: "min.insync.replicas", type: "int", default: 1, validator: atLeast(1), importance: "high", scope: broker, doc: "Replicas that must have a batch for acks=all; above 1 is clamped to 1 on one node." }),
  define({ name: "auto.create.topics.enable", type: "boolean", default: true, importance: "high", scope: broker, doc: "Create a topic when a client asks for its metadata or produces to it." }),
  define({ name: "delete.topic.enable", type: "boolean", default: true, importance: "high", scope: broker, doc: "Allow DeleteTopics." }),
  define({ name: "unclean.leader.election.enable", type: "boolean", default: false, importance: "high", scope: broker, doc: "Kept for the topic default; one replica is always the leader." }),
  define({ name: "log.retention.hours", type: "int", default: 168, importance: "high", scope: broker, doc: "Retention in hours; log.retention.minutes and log.retention.ms take precedence." }),
  define({ name: "log.retention.minutes", type: "int", default: null, importance: "high", scope: broker, doc: "Retention in minutes; log.retention.ms takes precedence." }),
  define({ name: "log.retention.ms", type: "long", default: null, importance: "high", scope: broker, doc: "Retention in milliseconds; -1 keeps data forever." }),
  define({ name: "log.retention.bytes", type: "long", default: -1n, importance: "high", scope: broker, doc: "Largest size of a partition before old segments are deleted; -1 means no limit." }),
  define({ name: "log.retention.check.interval.ms", type: "long", default: 300000n, validator: atLeast(1), importance: "medium", scope: broker, doc: "How often retention is enforced." }),
  define({ name: "log.segment.bytes", type: "int", default: 1073741824, validator: atLeast(14), importance: "high", scope: broker, doc: "Size at which a new segment is rolled." }),
  define({ name: "log.roll.ms", type: "long", default: null, importance: "high", scope: broker, doc: "Age at which a new segment is rolled; takes precedence over log.roll.hours." }),
  define({ name: "log.roll.hours", type: "int", default: 168, validator: atLeast(1), importance: "high", scope: broker, doc: "Age in hours at which a new segment is rolled." }),
  define({ name: "log.roll.jitter.ms", type: "long", default: null, importance: "high", scope: broker, doc: "Random jitter subtracted from the roll time; takes precedence over log.roll.jitter.hours." }),
  define({ name: "log.roll.jitter.hours", type: "int", default: 0, validator: atLeast(0), importance: "high", scope: broker, doc: "Random jitter in hours subtracted from the roll time." }),
  define({ name: "log.segment.delete.delay.ms", type: "long", default: 60000n, validator: atLeast(0), importance: "high", scope: broker, doc: "How long a deleted segment lingers as .deleted before removal." }),
  define({ name: "log.cleanup.policy", type: "list", default: ["delete"], validator: validList("compact", "delete"), importance: "medium", scope: broker, doc: "delete, compact, or both." }),
  define({ name: "log.cleaner.enable", type: "boolean", default: true, importance: "medium", scope: broker, doc: "Run compaction for compacted topics (the internal topics need it)." }),
  define({ name: "log.cleaner.delete.retention.ms", type: "long", default: 86400000n, validator: atLeast(0), importance: "medium", scope: broker, doc: "How long tombstones are kept in compacted topics." }),
  define({ name: "log.cleaner.min.compaction.lag.ms", type: "long", default: 0n, validator: atLeast(0), importance: "medium", scope: broker, doc: "Minimum age of a record before it may be compacted." }),
  define({ name: "log.cleaner.max.compaction.lag.ms", type: "long", default: LONG_MAX, validator: atLeast(1), importance: "medium", scope: broker, doc: "Maximum age of a record before it must be compacted." }),
  define({ name: "log.cleaner.min.cleanable.ratio", type: "double", default: 0.5, validator: between(0, 1), importance: "medium", scope: broker, doc: "Dirty ratio above which a log is compacted." }),
  define({ name: "log.cleaner.backoff.ms", type: "long", default: 15000n, validator: atLeast(0), importance: "medium", scope: broker, doc: "Pause of the cleaner when nothing is cleanable." }),
  define({ name: "log.cleaner.dedupe.buffer.size", type: "long", default: 134217728n, importance: "medium", scope: broker, doc: "Memory for the cleaner's key map (MD5 of each key and its offset, 24 bytes an entry); a fuller dirty section is cleaned over several rounds." }),
  define({ name: "log.cleaner.threads", type: "int", default: 1, validator: atLeast(0), importance: "medium", scope: broker, doc: "Accepted for compatibility; Carebus cleans in one loop on the event loop, yielding between chunks." }),
  define({ name: "log.index.size.max.bytes", type: "int", default: 10485760, validator: atLeast(4), importance: "medium", scope: broker, doc: "Largest offset index of a segment; a full index rolls the segment." }),
  define({ name: "log.index.interval.bytes", type: "int", default: 4096, validator: atLeast(0), importance: "medium", scope: broker, doc: "Bytes between entries of the sparse offset index." }),
  define({ name: "log.message.timestamp.type", type: "string", default: "CreateTime", validator: validString("CreateTime", "LogAppendTime"), importance: "medium", scope: broker, doc: "Whether record timestamps are the producer's (CreateTime) or the broker's (LogAppendTime)." }),
  define({ name: "log.message.timestamp.difference.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: broker, doc: "Deprecated by KIP-937; used when the before/after bounds are left at their defaults." }),
  define({ name: "log.message.timestamp.before.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: broker, doc: "How far in the past a CreateTime timestamp may be (KIP-937)." }),
  define({ name: "log.message.timestamp.after.max.ms", type: "long", default: LONG_MAX, validator: atLeast(0), importance: "medium", scope: broker, doc: "How far in the future a CreateTime timestamp may be (KIP-937)." }),
  define({ name: "log.flush.interval.messages", type: "long", default: LONG_MAX, validator: atLeast(1), importance: "high", scope: broker, doc: "fsync after this many records (acks=0/1); acks=all always waits for fsync." }),
  define({ name: "log.flush.interval.ms", type: "long", default: null, importance: "high", scope: broker, doc: "fsync data older than this (acks=0/1); when unset log.flush.scheduler.interval.ms is used." }),
  define({ name: "log.flush.scheduler.interval.ms", type: "long", default: LONG_MAX, importance: "high", scope: broker, doc: "How often the flusher checks whether a log needs an fsync." }),
  define({ name: "log.flush.offset.checkpoint.interval.ms", type: "int", default: 60000, validator: atLeast(0), importance: "high", scope: broker, doc: "How often the recovery-point checkpoint is written." }),
  define({ name: "log.flush.start.offset.checkpoint.interval.ms", type: "int", default: 60000, validator: atLeast(0), importance: "high", scope: broker, doc: "How often the log-start-offset checkpoint is written." }),
  define({ name: "message.max.bytes", type: "int", default: 1048588, validator: atLeast(0), importance: "high", scope: broker, doc: "Largest record batch the broker accepts (after compression)." }),
  define({ name: "compression.type", type: "string", default: "producer", validator: validString(...COMPRESSION_TYPES), importance: "high", scope: broker, doc: "Final compression of stored batches; producer keeps what the client sent." }),
  define({ name: "compression.gzip.level", type: "int", default: -1, validator: gzipLevel, importance: "medium", scope: broker, doc: "gzip level when the broker recompresses (KIP-390)." }),
  define({ name: "compression.lz4.level", type: "int", default: 9, validator: between(1, 17), importance: "medium", scope: broker, doc: "lz4 level when the broker recompresses (KIP-390)." }),
  define({ name: "compression.zstd.level", type: "int", default: 3, validator: between(-131072, 22), importance: "medium", scope: broker, doc: "zstd level when the broker recompresses (KIP-390)." }),

  // ---- fetch, groups, transactions
  define({ name: "fetch.max.bytes", type: "int", default: 57671680, validator: atLeast(1024), importance: "medium", scope: broker, doc: "Largest Fetch response." }),
  define({ name: "max.incremental.fetch.session.cache.slots", type: "int", default: 1000, validator: atLeast(0), importance: "medium", scope: broker, doc: "Incremental fetch sessions kept (KIP-227)." }),
  define({ name: "group.initial.rebalance.delay.ms", type: "int", default: 3000, importance: "medium", scope: broker, doc: "Wait for more members before the first rebalance of an empty group." }),
  define({ name: "group.min.session.timeout.ms", type: "int", default: 6000, importance: "medium", scope: broker, doc: "Smallest session timeout a consumer may ask for." }),
  define({ name: "group.max.session.timeout.ms", type: "int", default: 1800000, importance: "medium", scope: broker, doc: "Largest session timeout a consumer may ask for." }),
  define({ name: "group.max.size", type: "int", default: INT_MAX, validator: atLeast(1), importance: "medium", scope: broker, doc: "Maximum members of one consumer group." }),
  define({ name: "group.consumer.session.timeout.ms", type: "int", default: 45000, validator: atLeast(1), importance: "medium", scope: broker, doc: "KIP-848 groups: a member silent this long is removed." }),
  define({ name: "group.consumer.heartbeat.interval.ms", type: "int", default: 5000, validator: atLeast(1), importance: "medium", scope: broker, doc: "KIP-848 groups: how often members heartbeat." }),
  define({ name: "group.consumer.max.size", type: "int", default: INT_MAX, validator: atLeast(1), importance: "medium", scope: broker, doc: "KIP-848 groups: maximum members of one group." }),
  define({ name: "group.consumer.assignors", type: "list", default: ["uniform", "range"], validator: validList("uniform", "range", "org.apache.kafka.coordinator.group.assignor.UniformAssignor", "org.apache.kafka.coordinator.group.assignor.RangeAssignor"), importance: "medium", scope: broker, doc: "KIP-848 server assignors; the first is the default." }),
  define({ name: "offsets.topic.num.partitions", type: "int", default: 50, validator: atLeast(1), importance: "high", scope: broker, doc: "Partitions of __consumer_offsets (fixed once created)." }),
  define({ name: "offsets.topic.replication.factor", type: "short", default: 1, validator: atLeast(1), importance: "high", scope: broker, doc: "Replication of __consumer_offsets. Carebus default 1 (Kafka: 3); above 1 is clamped." }),
  define({ name: "offsets.topic.segment.bytes", type: "int", default: 104857600, validator: atLeast(1), importance: "high", scope: broker, doc: "Segment size of __consumer_offsets." }),
  define({ name: "offsets.retention.minutes", type: "int", default: 10080, validator: atLeast(1), importance: "high", scope: broker, doc: "How long committed offsets of an empty group are kept." }),
  define({ name: "offsets.retention.check.interval.ms", type: "long", default: 600000n, validator: atLeast(1), importance: "high", scope: broker, doc: "How often expired offsets are removed." }),
  define({ name: "offsets.commit.timeout.ms", type: "int", default: 5000, validator: atLeast(1), importance: "high", scope: broker, doc: "How long an offset commit waits for its write." }),
  define({ name: "offset.metadata.max.bytes", type: "int", default: 4096, importance: "high", scope: broker, doc: "Largest metadata string of a committed offset." }),
  define({ name: "transaction.state.log.num.partitions", type: "int", default: 50, validator: atLeast(1), importance: "high", scope: broker, doc: "Partitions of __transaction_state (fixed once created)." }),
  define({ name: "transaction.state.log.replication.factor", type: "short", default: 1, validator: atLeast(1), importance: "high", scope: broker, doc: "Replication of __transaction_state. Carebus default 1 (Kafka: 3); above 1 is clamped." }),
  define({ name: "transaction.state.log.min.isr", type: "int", default: 1, validator: atLeast(1), importance: "high", scope: broker, doc: "min.insync.replicas of __transaction_state. Carebus default 1 (Kafka: 2); above 1 is clamped." }),
  define({ name: "transaction.state.log.segment.bytes", type: "int", default: 104857600, validator: atLeast(1), importance: "high", scope: broker, doc: "Segment size of __transaction_state." }),
  define({ name: "transaction.max.timeout.ms", type: "int", default: 900000, validator: atLeast(1), importance: "high", scope: broker, doc: "Largest transaction timeout a producer may ask for." }),
  define({ name: "transactional.id.expiration.ms", type: "int", default: 604800000, validator: atLeast(1), importance: "high", scope: broker, doc: "Forget a transactional id unused for this long." }),
  define({ name: "transaction.abort.timed.out.transaction.cleanup.interval.ms", type: "int", default: 10000, validator: atLeast(1), importance: "low", scope: broker, doc: "How often timed-out transactions are aborted." }),
  define({ name: "transaction.remove.expired.transaction.cleanup.interval.ms", type: "int", default: HOUR_MS, validator: atLeast(1), importance: "low", scope: broker, doc: "How often expired transactional ids are removed." }),
  define({ name: "producer.id.expiration.ms", type: "int", default: 86400000, validator: atLeast(1), importance: "low", scope: broker, doc: "Forget an idempotent producer's state after this long without writes." }),
  define({ name: "producer.id.expiration.check.interval.ms", type: "int", default: 600000, validator: atLeast(1), importance: "low", scope: broker, doc: "How often expired producer ids are removed." }),

  // ---- security
  define({ name: "sasl.enabled.mechanisms", type: "list", default: ["SCRAM-SHA-256", "SCRAM-SHA-512"], validator: validList(...SASL_MECHANISMS), importance: "medium", scope: broker, doc: "SASL mechanisms offered: PLAIN, SCRAM-SHA-256/512, OAUTHBEARER (no GSSAPI). Carebus default SCRAM-SHA-256,SCRAM-SHA-512 (Kafka: GSSAPI, which needs Kerberos)." }),
  define({ name: "sasl.mechanism.inter.broker.protocol", type: "string", default: "GSSAPI", importance: "medium", scope: broker, doc: "Mechanism between brokers; unused on one node." }),
  define({ name: "sasl.server.max.receive.size", type: "int", default: 524288, importance: "low", scope: broker, doc: "Largest SASL token before authentication completes." }),
  define({ name: "config.providers", type: "list", default: [], importance: "low", scope: broker, doc: "Names of config providers (KIP-297/421) whose ${name:[path:]key} references are resolved at start-up; each needs config.providers.<name>.class: org.apache.kafka.common.config.provider.FileConfigProvider, EnvVarConfigProvider or DirectoryConfigProvider, with optional config.providers.<name>.param.allowed.paths (file, dir) or .param.allowlist.pattern (env)." }),
  // SASL/OAUTHBEARER validation (KIP-768 names; per listener as listener.name.<l>.oauthbearer.<key>)
  define({ name: "sasl.oauthbearer.jwks.endpoint.url", type: "string", default: null, importance: "medium", scope: broker, doc: "JWKS with the keys that sign access tokens: an https://, http:// or file:// URL (KIP-768). Required for OAUTHBEARER unless carebus.sasl.oauthbearer.unsecured.enable=true." }),
  define({ name: "sasl.oauthbearer.jwks.endpoint.refresh.ms", type: "long", default: 3600000n, validator: atLeast(1), importance: "low", scope: broker, doc: "How often the JWKS is fetched (or the file re-read) again; an unknown key id also triggers a refresh, at most every 10 s." }),
  define({ name: "sasl.oauthbearer.expected.issuer", type: "string", default: null, importance: "low", scope: broker, doc: "When set, the token's iss claim must equal it." }),
  define({ name: "sasl.oauthbearer.expected.audience", type: "list", default: [], importance: "low", scope: broker, doc: "When set, the token's aud claim must contain one of these." }),
  define({ name: "sasl.oauthbearer.sub.claim.name", type: "string", default: "sub", validator: nonEmptyString(), importance: "low", scope: broker, doc: "Claim whose value is the principal name (User:<value>)." }),
  define({ name: "sasl.oauthbearer.scope.claim.name", type: "string", default: "scope", validator: nonEmptyString(), importance: "low", scope: broker, doc: "Claim holding the token's scopes (a space-separated string or a list)." }),
  define({ name: "sasl.oauthbearer.clock.skew.seconds", type: "int", default: 30, validator: atLeast(0), importance: "low", scope: broker, doc: "Allowed difference between the token issuer's clock and the broker's for exp, nbf and iat." }),
  define({ name: "carebus.sasl.oauthbearer.required.scopes", type: "list", default: [], importance: "low", scope: broker, doc: "Carebus only: scopes every token must carry, e.g. kafka.access; empty requires none." }),
  define({ name: "carebus.sasl.oauthbearer.unsecured.enable", type: "boolean", default: false, importance: "low", scope: broker, doc: "Carebus only, development only: accept unsigned tokens (alg none, Kafka's OAuthBearerUnsecuredValidatorCallbackHandler; librdkafka's enable.sasl.oauthbearer.unsecure.jwt). A warning is logged at start-up." }),
  define({ name: "authorizer.class.name", type: "string", default: "", importance: "low", scope: broker, doc: "Any value turns on Carebus's ACL authorizer (Kafka's model); empty allows everything." }),
  define({ name: "super.users", type: "string", default: null, importance: "low", scope: broker, doc: "Semicolon-separated principals (User:admin;User:kafka) that bypass ACLs." }),
  define({ name: "allow.everyone.if.no.acl.found", type: "boolean", default: false, importance: "low", scope: broker, doc: "Allow access to a resource without ACLs (never to PHI topics)." }),
  define({ name: "ssl.keystore.location", type: "string", default: null, importance: "high", scope: broker, doc: "Key store holding the broker's certificate and key." }),
  define({ name: "ssl.keystore.type", type: "string", default: "JKS", validator: caseInsensitiveString("JKS", "PKCS12", "PEM"), importance: "medium", scope: broker, doc: "Format of the key store." }),
  define({ name: "ssl.keystore.password", type: "password", default: null, importance: "high", scope: broker, doc: "Password of the key store." }),
  define({ name: "ssl.keystore.certificate.chain", type: "password", default: null, importance: "high", scope: broker, doc: "PEM certificate chain given inline (KIP-651)." }),
  define({ name: "ssl.keystore.key", type: "password", default: null, importance: "high", scope: broker, doc: "PEM private key given inline (KIP-651)." }),
  define({ name: "ssl.key.password", type: "password", default: null, importance: "high", scope: broker, doc: "Password of the private key." }),
  define({ name: "ssl.truststore.location", type: "string", default: null, importance: "high", scope: broker, doc: "Trust store of CA certificates for client authentication." }),
  define({ name: "ssl.truststore.type", type: "string", default: "JKS", validator: caseInsensitiveString("JKS", "PKCS12", "PEM"), importance: "medium", scope: broker, doc: "Format of the trust store." }),
  define({ name: "ssl.truststore.password", type: "password", default: null, importance: "high", scope: broker, doc: "Password of the trust store." }),
  define({ name: "ssl.truststore.certificates", type: "password", default: null, importance: "high", scope: broker, doc: "PEM CA certificates given inline (KIP-651)." }),
  define({ name: "ssl.client.auth", type: "string", default: "none", validator: validString("required", "requested", "none"), importance: "medium", scope: broker, doc: "Whether TLS clients must present a certificate (mTLS)." }),
  define({ name: "ssl.enabled.protocols", type: "list", default: ["TLSv1.2", "TLSv1.3"], validator: validList("TLSv1.2", "TLSv1.3"), importance: "medium", scope: broker, doc: "TLS versions accepted; older ones are refused." }),
  define({ name: "ssl.protocol", type: "string", default: "TLSv1.3", importance: "medium", scope: broker, doc: "Preferred TLS version." }),
  define({ name: "ssl.cipher.suites", type: "list", default: null, importance: "low", scope: broker, doc: "Cipher suites accepted; unset means the TLS library's defaults." }),
  define({ name: "ssl.endpoint.identification.algorithm", type: "string", default: "https", importance: "low", scope: broker, doc: "Host-name verification of peer certificates; empty disables it." }),
  define({ name: "ssl.principal.mapping.rules", type: "string", default: "DEFAULT", importance: "low", scope: broker, doc: "Rules mapping a certificate's distinguished name to a principal." }),

  // ---- Carebus
  define({ name: "carebus.schema.registry.port", type: "int", default: 8081, validator: port, importance: "medium", scope: broker, doc: "Port of the embedded Schema Registry; 0 picks a free port." }),
  define({ name: "carebus.schema.registry.enable", type: "boolean", default: true, importance: "medium", scope: broker, doc: "Run the Confluent-compatible Schema Registry with the broker." }),
  define({ name: "carebus.schema.registry.listeners", type: "string", default: null, validator: nonEmptyString(), importance: "medium", scope: broker, doc: "Where the Schema Registry listens (Confluent's `listeners`, e.g. http://0.0.0.0:8081); unset means http://0.0.0.0:<carebus.schema.registry.port>." }),
  // Confluent's registry settings for several instances side by side, under the registry's prefix.
  define({ name: "carebus.schema.registry.group.id", type: "string", default: "schema-registry", validator: nonEmptyString(), importance: "low", scope: broker, doc: "Kafka group the Schema Registry instances elect their leader in (Confluent's schema.registry.group.id); Confluent registries may share it." }),
  define({ name: "carebus.schema.registry.leader.eligibility", type: "boolean", default: true, importance: "low", scope: broker, doc: "Whether this Schema Registry may be elected leader (Confluent's leader.eligibility); followers forward writes to the leader." }),
  define({ name: "carebus.schema.registry.host.name", type: "string", default: null, validator: nonEmptyString(), importance: "low", scope: broker, doc: "Host the other Schema Registry instances reach this one at (Confluent's host.name); unset: the listener's host, or this machine's name for 0.0.0.0." }),
  define({ name: "confluent.schema.registry.url", type: "string", default: null, validator: nonEmptyString(), importance: "medium", scope: broker, doc: "Schema Registry the broker asks for schema validation (confluent.value.schema.validation); unset: the embedded registry when `carebus start` runs one." }),
  define({ name: "carebus.rest.port", type: "int", default: 8082, validator: port, importance: "medium", scope: broker, doc: "Port of the REST Proxy; 0 picks a free port." }),
  define({ name: "carebus.connect.port", type: "int", default: 8083, validator: port, importance: "medium", scope: broker, doc: "Port of the Connect REST API; 0 picks a free port." }),
  define({ name: "carebus.console.port", type: "int", default: 9021, validator: port, importance: "medium", scope: broker, doc: "Port of the console and /metrics; 0 picks a free port." }),
  define({ name: "carebus.topic.naming.enforce", type: "boolean", default: false, importance: "medium", scope: broker, doc: "Refuse topic names not of the form <domain>.<entity>.<event>." }),
  define({ name: "carebus.classification.phi.prefixes", type: "list", default: ["clinical.", "patient.", "phi."], importance: "high", scope: broker, doc: "Topics whose names start with one of these are classified PHI unless they say otherwise." }),

  // ---- audit log (src/security/audit)
  define({ name: "carebus.audit.enable", type: "boolean", default: true, importance: "high", scope: broker, doc: "Keep the tamper-evident audit log: authentication failures, user/ACL/topic-config changes, authorization decisions on PHI topics and every denial." }),
  define({ name: "carebus.audit.log.dir", type: "string", default: null, validator: nonEmptyString(), importance: "medium", scope: broker, doc: "Directory of the audit JSON-lines files; unset means <log.dirs>/audit." }),
  define({ name: "carebus.audit.log.max.bytes", type: "int", default: 100 * 1024 * 1024, validator: atLeast(1024), importance: "medium", scope: broker, doc: "Size at which the active audit file is rotated (the hash chain continues into the next file)." }),
  define({ name: "carebus.audit.authentication.success", type: "boolean", default: false, importance: "medium", scope: broker, doc: "Also audit successful authentications (failures are always audited)." }),
  define({ name: "carebus.audit.topic.enable", type: "boolean", default: true, importance: "medium", scope: broker, doc: "Also write audit entries to the security.audit.phi-access topic (asynchronously; the file is the record of truth)." }),
  define({ name: "carebus.audit.topic.retention.ms", type: "long", default: 189_216_000_000n, validator: atLeast(-1), importance: "medium", scope: broker, doc: "retention.ms of the security.audit.phi-access topic when Carebus creates it; default 6 years (HIPAA 45 CFR 164.316(b)(2)), -1 keeps forever." }),
  define({ name: "carebus.classification.deidentified.prefixes", type: "list", default: [], importance: "medium", scope: broker, doc: "Topics whose names start with one of these (and no PHI prefix) are classified deidentified unless they say otherwise." }),

  // ---- encryption at rest (src/storage/encryption)
  define({ name: "carebus.encryption.enable", type: "boolean", default: false, importance: "high", scope: broker, doc: "Default of the topic config carebus.encryption.enable: encrypt new topics' segment data with AES-256-GCM." }),
  define({ name: "carebus.encryption.keys.file", type: "string", default: null, validator: nonEmptyString(), importance: "high", scope: broker, doc: "File of <key-id>=<base64 32-byte key> lines (also CAREBUS_ENCRYPTION_KEYS, ;-separated). Keep every id that old segments were written with." }),
  define({ name: "carebus.encryption.active.key.id", type: "string", default: null, validator: nonEmptyString(), importance: "high", scope: broker, doc: "Key id that encrypts new writes (topics may override with carebus.encryption.key.id); rotate by adding a key and changing this." }),
] as const;

export type BrokerConfigKey = (typeof BROKER_CONFIG_KEYS)[number];
export type BrokerConfigName = BrokerConfigKey["name"];
export type BrokerConfigValue<N extends BrokerConfigName> = ValueOfKey<Extract<BrokerConfigKey, { name: N }>>;

/** Known Kafka keys that mean nothing on one Carebus node: accepted, not validated, noted. */
export const IGNORED_BROKER_CONFIGS: ReadonlyMap<string, string> = new Map([
  ["num.network.threads", "Node.js serves every connection from one event loop"],
  ["num.io.threads", "requests are handled asynchronously on the event loop; disk I/O uses libuv's pool"],
  ["background.threads", "background work runs on the event loop"],
  ["num.recovery.threads.per.data.dir", "logs are recovered concurrently with asynchronous I/O"],
  ["num.replica.fetchers", "one node has no followers to fetch"],
  ["num.replica.alter.log.dirs.threads", "partitions are not moved between data directories"],
  ["process.roles", "Carebus is broker and metadata store in one process; there is no KRaft quorum"],
  ["broker.id.generation.enable", "the node id is broker.id (default 1)"],
  ["reserved.broker.max.id", "the node id is broker.id (default 1)"],
  ["broker.rack", "one node has no racks to spread replicas over"],
  ["inter.broker.listener.name", "one node has no inter-broker traffic"],
  ["security.inter.broker.protocol", "one node has no inter-broker traffic"],
  ["sasl.mechanism.inter.broker.protocol", "one node has no inter-broker traffic"],
  ["control.plane.listener.name", "there is no controller traffic"],
  ["early.start.listeners", "all listeners start once the logs are recovered"],
  ["inter.broker.protocol.version", "Carebus speaks one protocol version set, advertised in ApiVersions"],
  ["log.message.format.version", "batches are always stored in record format v2"],
  ["log.message.downconversion.enable", "record format v2 only; nothing is down-converted"],
  ["log.preallocate", "segments grow as they are written"],
  ["log.dir.failure.timeout.ms", "a failed data directory stops the broker"],
  ["log.cleaner.io.buffer.size", "compaction sizes its buffers itself"],
  ["log.cleaner.io.buffer.load.factor", "compaction sizes its buffers itself"],
  ["log.cleaner.io.max.bytes.per.second", "compaction is not throttled"],
  ["auto.leader.rebalance.enable", "one node leads every partition"],
  ["leader.imbalance.per.broker.percentage", "one node leads every partition"],
  ["leader.imbalance.check.interval.seconds", "one node leads every partition"],
  ["queued.max.requests", "requests are not queued between threads"],
  ["queued.max.request.bytes", "requests are not queued between threads"],
  ["max.connections.per.ip.overrides", "per-address overrides are not supported yet"],
  ["max.connection.creation.rate", "connection-rate quotas are not supported yet"],
  ["metric.reporters", "metrics are served in Prometheus format on carebus.console.port"],
  ["kafka.metrics.reporters", "metrics are served in Prometheus format on carebus.console.port"],
  ["kafka.metrics.polling.interval.secs", "metrics are served in Prometheus format on carebus.console.port"],
  ["metrics.num.samples", "metrics are served in Prometheus format on carebus.console.port"],
  ["metrics.sample.window.ms", "metrics are served in Prometheus format on carebus.console.port"],
  ["metrics.recording.level", "metrics are served in Prometheus format on carebus.console.port"],
  ["auto.include.jmx.reporter", "there is no JMX"],
  ["create.topic.policy.class.name", "Java plug-ins cannot be loaded"],
  ["alter.config.policy.class.name", "Java plug-ins cannot be loaded"],
  ["principal.builder.class", "Java plug-ins cannot be loaded; principals come from SASL or the TLS certificate"],
  ["client.quota.callback.class", "Java plug-ins cannot be loaded"],
  ["quota.window.num", "client quotas are not supported yet"],
  ["quota.window.size.seconds", "client quotas are not supported yet"],
  ["fetch.purgatory.purge.interval.requests", "the purgatory needs no purging"],
  ["producer.purgatory.purge.interval.requests", "the purgatory needs no purging"],
  ["delete.records.purgatory.purge.interval.requests", "the purgatory needs no purging"],
  ["offsets.load.buffer.size", "offsets are loaded with the log reader's own buffers"],
  ["offsets.topic.compression.codec", "offset commits are written uncompressed"],
  ["transaction.state.log.load.buffer.size", "transactions are loaded with the log reader's own buffers"],
  ["transaction.partition.verification.enable", "one node verifies partitions locally"],
  ["unstable.api.versions.enable", "only finished API versions are advertised"],
  ["unstable.feature.versions.enable", "only finished API versions are advertised"],
  ["socket.connection.setup.timeout.ms", "the broker opens no outgoing connections"],
  ["socket.connection.setup.timeout.max.ms", "the broker opens no outgoing connections"],
  ["unclean.leader.election.enable", "one replica is always the leader"],
]);

/** Prefixes of ignored families, with the reason. */
export const IGNORED_BROKER_CONFIG_PREFIXES: readonly (readonly [string, string])[] = [
  ["zookeeper.", "there is no ZooKeeper; metadata is kept in the data directory"],
  ["controller.", "there is no controller quorum; this node owns all metadata"],
  ["controlled.shutdown.", "shutdown closes the logs cleanly without a controller"],
  ["replica.", "one node has no followers"],
  ["replication.quota.", "one node has no replication traffic"],
  ["alter.log.dirs.replication.quota.", "partitions are not moved between data directories"],
  ["metadata.", "there is no KRaft metadata log"],
  ["remote.log.", "tiered storage is not supported"],
  ["log.local.retention.", "tiered storage is not supported"],
  ["delegation.token.", "delegation tokens are not supported"],
  ["password.encoder.", "there are no dynamic broker passwords to encrypt"],
  ["group.consumer.", "only the classic group protocol is implemented (KIP-848 later)"],
  ["group.share.", "share groups (KIP-932) are not supported"],
  ["group.coordinator.", "the group coordinator is built in"],
  ["confluent.", "Confluent Server features are not part of Carebus"],
];

/** The Schema Registry's own Kafka client settings (Confluent's `kafkastore.security.protocol`,
 *  `kafkastore.sasl.mechanism`, `kafkastore.sasl.jaas.config`, `kafkastore.ssl.truststore.location`, ...)
 *  under Carebus's registry prefix. */
export const REGISTRY_KAFKASTORE_PREFIX = "carebus.schema.registry.kafkastore.";

/** Families read later (by the security layer per listener or mechanism, the config providers,
 *  the registry's Kafka client); accepted without a word. */
export const PASSTHROUGH_BROKER_CONFIG_PREFIXES: readonly string[] = ["listener.name.", "sasl.", "ssl.", "config.providers.", REGISTRY_KAFKASTORE_PREFIX];
