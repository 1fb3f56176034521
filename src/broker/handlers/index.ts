// Every API the broker serves, registered once. ApiVersions advertises exactly this list.
import type { HandlerRegistry } from "../handler-registry.js";
import { produceHandler } from "./00-produce.js";
import { fetchHandler } from "./01-fetch.js";
import { listOffsetsHandler } from "./02-list-offsets.js";
import { metadataHandler } from "./03-metadata.js";
import { apiVersionsHandler } from "./18-api-versions.js";
import { createTopicsHandler } from "./19-create-topics.js";
import { deleteTopicsHandler } from "./20-delete-topics.js";
import { deleteRecordsHandler } from "./21-delete-records.js";
import { initProducerIdHandler } from "./22-init-producer-id.js";
import { offsetForLeaderEpochHandler } from "./23-offset-for-leader-epoch.js";
import { describeConfigsHandler } from "./32-describe-configs.js";
import { alterConfigsHandler } from "./33-alter-configs.js";
import { describeLogDirsHandler } from "./35-describe-log-dirs.js";
import { createPartitionsHandler } from "./37-create-partitions.js";
import { incrementalAlterConfigsHandler } from "./44-incremental-alter-configs.js";
import { describeClusterHandler } from "./60-describe-cluster.js";
import { describeProducersHandler } from "./61-describe-producers.js";
import { saslHandshakeHandler } from "./17-sasl-handshake.js";
import { saslAuthenticateHandler } from "./36-sasl-authenticate.js";
import { describeUserScramCredentialsHandler } from "./50-describe-user-scram-credentials.js";
import { alterUserScramCredentialsHandler } from "./51-alter-user-scram-credentials.js";

export function registerHandlers(registry: HandlerRegistry): HandlerRegistry {
  registry.register(metadataHandler).register(apiVersionsHandler);
  // Data path: produce, fetch, offsets.
  registry.register(produceHandler).register(fetchHandler).register(listOffsetsHandler);
  // Admin APIs (topics, configs, records, cluster).
  registry.register(createTopicsHandler).register(deleteTopicsHandler).register(deleteRecordsHandler);
  registry.register(offsetForLeaderEpochHandler).register(describeConfigsHandler).register(alterConfigsHandler);
  registry.register(describeLogDirsHandler).register(createPartitionsHandler).register(incrementalAlterConfigsHandler);
  registry.register(describeClusterHandler);
  // Idempotent producers: producer ids and per-partition producer state.
  registry.register(initProducerIdHandler).register(describeProducersHandler);
  // Authentication (SASL) and SCRAM users.
  registry.register(saslHandshakeHandler).register(saslAuthenticateHandler);
  registry.register(describeUserScramCredentialsHandler).register(alterUserScramCredentialsHandler);
  return registry;
}
