// Every API the broker serves, registered once. ApiVersions advertises exactly this list.
import type { HandlerRegistry } from "../handler-registry.js";
import { produceHandler } from "./00-produce.js";
import { fetchHandler } from "./01-fetch.js";
import { listOffsetsHandler } from "./02-list-offsets.js";
import { metadataHandler } from "./03-metadata.js";
import { offsetCommitHandler } from "./08-offset-commit.js";
import { offsetFetchHandler } from "./09-offset-fetch.js";
import { findCoordinatorHandler } from "./10-find-coordinator.js";
import { joinGroupHandler } from "./11-join-group.js";
import { heartbeatHandler } from "./12-heartbeat.js";
import { leaveGroupHandler } from "./13-leave-group.js";
import { syncGroupHandler } from "./14-sync-group.js";
import { describeGroupsHandler } from "./15-describe-groups.js";
import { listGroupsHandler } from "./16-list-groups.js";
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
import { deleteGroupsHandler } from "./42-delete-groups.js";
import { incrementalAlterConfigsHandler } from "./44-incremental-alter-configs.js";
import { offsetDeleteHandler } from "./47-offset-delete.js";
import { describeClusterHandler } from "./60-describe-cluster.js";
import { describeProducersHandler } from "./61-describe-producers.js";
import { saslHandshakeHandler } from "./17-sasl-handshake.js";
import { saslAuthenticateHandler } from "./36-sasl-authenticate.js";
import { describeUserScramCredentialsHandler } from "./50-describe-user-scram-credentials.js";
import { alterUserScramCredentialsHandler } from "./51-alter-user-scram-credentials.js";
import { addPartitionsToTxnHandler } from "./24-add-partitions-to-txn.js";
import { addOffsetsToTxnHandler } from "./25-add-offsets-to-txn.js";
import { endTxnHandler } from "./26-end-txn.js";
import { txnOffsetCommitHandler } from "./28-txn-offset-commit.js";
import { describeTransactionsHandler } from "./65-describe-transactions.js";
import { listTransactionsHandler } from "./66-list-transactions.js";
import { describeAclsHandler } from "./29-describe-acls.js";
import { createAclsHandler } from "./30-create-acls.js";
import { deleteAclsHandler } from "./31-delete-acls.js";
import { consumerGroupHeartbeatHandler } from "./68-consumer-group-heartbeat.js";
import { consumerGroupDescribeHandler } from "./69-consumer-group-describe.js";

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
  // Transactions (coordinator/txn).
  registry.register(addPartitionsToTxnHandler).register(addOffsetsToTxnHandler).register(endTxnHandler).register(txnOffsetCommitHandler);
  registry.register(describeTransactionsHandler).register(listTransactionsHandler);
  // Authentication (SASL) and SCRAM users.
  registry.register(saslHandshakeHandler).register(saslAuthenticateHandler);
  registry.register(describeUserScramCredentialsHandler).register(alterUserScramCredentialsHandler);
  // Classic consumer groups and committed offsets (the group coordinator).
  registry.register(offsetCommitHandler).register(offsetFetchHandler).register(findCoordinatorHandler);
  registry.register(joinGroupHandler).register(heartbeatHandler).register(leaveGroupHandler).register(syncGroupHandler);
  registry.register(describeGroupsHandler).register(listGroupsHandler).register(deleteGroupsHandler).register(offsetDeleteHandler);
  // KIP-848 consumer groups (the same coordinator).
  registry.register(consumerGroupHeartbeatHandler).register(consumerGroupDescribeHandler);
  // Authorization: ACL administration.
  registry.register(describeAclsHandler).register(createAclsHandler).register(deleteAclsHandler);
  return registry;
}
