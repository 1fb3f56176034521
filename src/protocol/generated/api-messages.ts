// Generated from the *Request.json and *Response.json specs (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type ProduceRequest, decodeProduceRequest, encodeProduceRequest } from "./produce-request.js";
import { type ProduceResponse, decodeProduceResponse, encodeProduceResponse } from "./produce-response.js";
import { type FetchRequest, decodeFetchRequest, encodeFetchRequest } from "./fetch-request.js";
import { type FetchResponse, decodeFetchResponse, encodeFetchResponse } from "./fetch-response.js";
import { type ListOffsetsRequest, decodeListOffsetsRequest, encodeListOffsetsRequest } from "./list-offsets-request.js";
import { type ListOffsetsResponse, decodeListOffsetsResponse, encodeListOffsetsResponse } from "./list-offsets-response.js";
import { type MetadataRequest, decodeMetadataRequest, encodeMetadataRequest } from "./metadata-request.js";
import { type MetadataResponse, decodeMetadataResponse, encodeMetadataResponse } from "./metadata-response.js";
import { type OffsetCommitRequest, decodeOffsetCommitRequest, encodeOffsetCommitRequest } from "./offset-commit-request.js";
import { type OffsetCommitResponse, decodeOffsetCommitResponse, encodeOffsetCommitResponse } from "./offset-commit-response.js";
import { type OffsetFetchRequest, decodeOffsetFetchRequest, encodeOffsetFetchRequest } from "./offset-fetch-request.js";
import { type OffsetFetchResponse, decodeOffsetFetchResponse, encodeOffsetFetchResponse } from "./offset-fetch-response.js";
import { type FindCoordinatorRequest, decodeFindCoordinatorRequest, encodeFindCoordinatorRequest } from "./find-coordinator-request.js";
import { type FindCoordinatorResponse, decodeFindCoordinatorResponse, encodeFindCoordinatorResponse } from "./find-coordinator-response.js";
import { type JoinGroupRequest, decodeJoinGroupRequest, encodeJoinGroupRequest } from "./join-group-request.js";
import { type JoinGroupResponse, decodeJoinGroupResponse, encodeJoinGroupResponse } from "./join-group-response.js";
import { type HeartbeatRequest, decodeHeartbeatRequest, encodeHeartbeatRequest } from "./heartbeat-request.js";
import { type HeartbeatResponse, decodeHeartbeatResponse, encodeHeartbeatResponse } from "./heartbeat-response.js";
import { type LeaveGroupRequest, decodeLeaveGroupRequest, encodeLeaveGroupRequest } from "./leave-group-request.js";
import { type LeaveGroupResponse, decodeLeaveGroupResponse, encodeLeaveGroupResponse } from "./leave-group-response.js";
import { type SyncGroupRequest, decodeSyncGroupRequest, encodeSyncGroupRequest } from "./sync-group-request.js";
import { type SyncGroupResponse, decodeSyncGroupResponse, encodeSyncGroupResponse } from "./sync-group-response.js";
import { type DescribeGroupsRequest, decodeDescribeGroupsRequest, encodeDescribeGroupsRequest } from "./describe-groups-request.js";
import { type DescribeGroupsResponse, decodeDescribeGroupsResponse, encodeDescribeGroupsResponse } from "./describe-groups-response.js";
import { type ListGroupsRequest, decodeListGroupsRequest, encodeListGroupsRequest } from "./list-groups-request.js";
import { type ListGroupsResponse, decodeListGroupsResponse, encodeListGroupsResponse } from "./list-groups-response.js";
import { type SaslHandshakeRequest, decodeSaslHandshakeRequest, encodeSaslHandshakeRequest } from "./sasl-handshake-request.js";
import { type SaslHandshakeResponse, decodeSaslHandshakeResponse, encodeSaslHandshakeResponse } from "./sasl-handshake-response.js";
import { type ApiVersionsRequest, decodeApiVersionsRequest, encodeApiVersionsRequest } from "./api-versions-request.js";
import { type ApiVersionsResponse, decodeApiVersionsResponse, encodeApiVersionsResponse } from "./api-versions-response.js";
import { type CreateTopicsRequest, decodeCreateTopicsRequest, encodeCreateTopicsRequest } from "./create-topics-request.js";
import { type CreateTopicsResponse, decodeCreateTopicsResponse, encodeCreateTopicsResponse } from "./create-topics-response.js";
import { type DeleteTopicsRequest, decodeDeleteTopicsRequest, encodeDeleteTopicsRequest } from "./delete-topics-request.js";
import { type DeleteTopicsResponse, decodeDeleteTopicsResponse, encodeDeleteTopicsResponse } from "./delete-topics-response.js";
import { type DeleteRecordsRequest, decodeDeleteRecordsRequest, encodeDeleteRecordsRequest } from "./delete-records-request.js";
import { type DeleteRecordsResponse, decodeDeleteRecordsResponse, encodeDeleteRecordsResponse } from "./delete-records-response.js";
import { type InitProducerIdRequest, decodeInitProducerIdRequest, encodeInitProducerIdRequest } from "./init-producer-id-request.js";
import { type InitProducerIdResponse, decodeInitProducerIdResponse, encodeInitProducerIdResponse } from "./init-producer-id-response.js";
import { type OffsetForLeaderEpochRequest, decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest } from "./offset-for-leader-epoch-request.js";
import { type OffsetForLeaderEpochResponse, decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse } from "./offset-for-leader-epoch-response.js";
import { type AddPartitionsToTxnRequest, decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest } from "./add-partitions-to-txn-request.js";
import { type AddPartitionsToTxnResponse, decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse } from "./add-partitions-to-txn-response.js";
import { type AddOffsetsToTxnRequest, decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest } from "./add-offsets-to-txn-request.js";
import { type AddOffsetsToTxnResponse, decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse } from "./add-offsets-to-txn-response.js";
import { type EndTxnRequest, decodeEndTxnRequest, encodeEndTxnRequest } from "./end-txn-request.js";
import { type EndTxnResponse, decodeEndTxnResponse, encodeEndTxnResponse } from "./end-txn-response.js";
import { type WriteTxnMarkersRequest, decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest } from "./write-txn-markers-request.js";
import { type WriteTxnMarkersResponse, decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse } from "./write-txn-markers-response.js";
import { type TxnOffsetCommitRequest, decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest } from "./txn-offset-commit-request.js";
import { type TxnOffsetCommitResponse, decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse } from "./txn-offset-commit-response.js";
import { type DescribeAclsRequest, decodeDescribeAclsRequest, encodeDescribeAclsRequest } from "./describe-acls-request.js";
import { type DescribeAclsResponse, decodeDescribeAclsResponse, encodeDescribeAclsResponse } from "./describe-acls-response.js";
import { type CreateAclsRequest, decodeCreateAclsRequest, encodeCreateAclsRequest } from "./create-acls-request.js";
import { type CreateAclsResponse, decodeCreateAclsResponse, encodeCreateAclsResponse } from "./create-acls-response.js";
import { type DeleteAclsRequest, decodeDeleteAclsRequest, encodeDeleteAclsRequest } from "./delete-acls-request.js";
import { type DeleteAclsResponse, decodeDeleteAclsResponse, encodeDeleteAclsResponse } from "./delete-acls-response.js";
import { type DescribeConfigsRequest, decodeDescribeConfigsRequest, encodeDescribeConfigsRequest } from "./describe-configs-request.js";
import { type DescribeConfigsResponse, decodeDescribeConfigsResponse, encodeDescribeConfigsResponse } from "./describe-configs-response.js";
import { type AlterConfigsRequest, decodeAlterConfigsRequest, encodeAlterConfigsRequest } from "./alter-configs-request.js";
import { type AlterConfigsResponse, decodeAlterConfigsResponse, encodeAlterConfigsResponse } from "./alter-configs-response.js";
import { type AlterReplicaLogDirsRequest, decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest } from "./alter-replica-log-dirs-request.js";
import { type AlterReplicaLogDirsResponse, decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse } from "./alter-replica-log-dirs-response.js";
import { type DescribeLogDirsRequest, decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest } from "./describe-log-dirs-request.js";
import { type DescribeLogDirsResponse, decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse } from "./describe-log-dirs-response.js";
import { type SaslAuthenticateRequest, decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest } from "./sasl-authenticate-request.js";
import { type SaslAuthenticateResponse, decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse } from "./sasl-authenticate-response.js";
import { type CreatePartitionsRequest, decodeCreatePartitionsRequest, encodeCreatePartitionsRequest } from "./create-partitions-request.js";
import { type CreatePartitionsResponse, decodeCreatePartitionsResponse, encodeCreatePartitionsResponse } from "./create-partitions-response.js";
import { type CreateDelegationTokenRequest, decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest } from "./create-delegation-token-request.js";
import { type CreateDelegationTokenResponse, decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse } from "./create-delegation-token-response.js";
import { type RenewDelegationTokenRequest, decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest } from "./renew-delegation-token-request.js";
import { type RenewDelegationTokenResponse, decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse } from "./renew-delegation-token-response.js";
import { type ExpireDelegationTokenRequest, decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest } from "./expire-delegation-token-request.js";
import { type ExpireDelegationTokenResponse, decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse } from "./expire-delegation-token-response.js";
import { type DescribeDelegationTokenRequest, decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest } from "./describe-delegation-token-request.js";
import { type DescribeDelegationTokenResponse, decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse } from "./describe-delegation-token-response.js";
import { type DeleteGroupsRequest, decodeDeleteGroupsRequest, encodeDeleteGroupsRequest } from "./delete-groups-request.js";
import { type DeleteGroupsResponse, decodeDeleteGroupsResponse, encodeDeleteGroupsResponse } from "./delete-groups-response.js";
import { type ElectLeadersRequest, decodeElectLeadersRequest, encodeElectLeadersRequest } from "./elect-leaders-request.js";
import { type ElectLeadersResponse, decodeElectLeadersResponse, encodeElectLeadersResponse } from "./elect-leaders-response.js";
import { type IncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest } from "./incremental-alter-configs-request.js";
import { type IncrementalAlterConfigsResponse, decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse } from "./incremental-alter-configs-response.js";
import { type AlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest } from "./alter-partition-reassignments-request.js";
import { type AlterPartitionReassignmentsResponse, decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse } from "./alter-partition-reassignments-response.js";
import { type ListPartitionReassignmentsRequest, decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest } from "./list-partition-reassignments-request.js";
import { type ListPartitionReassignmentsResponse, decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse } from "./list-partition-reassignments-response.js";
import { type OffsetDeleteRequest, decodeOffsetDeleteRequest, encodeOffsetDeleteRequest } from "./offset-delete-request.js";
import { type OffsetDeleteResponse, decodeOffsetDeleteResponse, encodeOffsetDeleteResponse } from "./offset-delete-response.js";
import { type DescribeClientQuotasRequest, decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest } from "./describe-client-quotas-request.js";
import { type DescribeClientQuotasResponse, decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse } from "./describe-client-quotas-response.js";
import { type AlterClientQuotasRequest, decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest } from "./alter-client-quotas-request.js";
import { type AlterClientQuotasResponse, decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse } from "./alter-client-quotas-response.js";
import { type DescribeUserScramCredentialsRequest, decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest } from "./describe-user-scram-credentials-request.js";
import { type DescribeUserScramCredentialsResponse, decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse } from "./describe-user-scram-credentials-response.js";
import { type AlterUserScramCredentialsRequest, decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest } from "./alter-user-scram-credentials-request.js";
import { type AlterUserScramCredentialsResponse, decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse } from "./alter-user-scram-credentials-response.js";
import { type DescribeQuorumRequest, decodeDescribeQuorumRequest, encodeDescribeQuorumRequest } from "./describe-quorum-request.js";
import { type DescribeQuorumResponse, decodeDescribeQuorumResponse, encodeDescribeQuorumResponse } from "./describe-quorum-response.js";
import { type UpdateFeaturesRequest, decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest } from "./update-features-request.js";
import { type UpdateFeaturesResponse, decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse } from "./update-features-response.js";
import { type DescribeClusterRequest, decodeDescribeClusterRequest, encodeDescribeClusterRequest } from "./describe-cluster-request.js";
import { type DescribeClusterResponse, decodeDescribeClusterResponse, encodeDescribeClusterResponse } from "./describe-cluster-response.js";
import { type DescribeProducersRequest, decodeDescribeProducersRequest, encodeDescribeProducersRequest } from "./describe-producers-request.js";
import { type DescribeProducersResponse, decodeDescribeProducersResponse, encodeDescribeProducersResponse } from "./describe-producers-response.js";
import { type UnregisterBrokerRequest, decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest } from "./unregister-broker-request.js";
import { type UnregisterBrokerResponse, decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse } from "./unregister-broker-response.js";
import { type DescribeTransactionsRequest, decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest } from "./describe-transactions-request.js";
import { type DescribeTransactionsResponse, decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse } from "./describe-transactions-response.js";
import { type ListTransactionsRequest, decodeListTransactionsRequest, encodeListTransactionsRequest } from "./list-transactions-request.js";
import { type ListTransactionsResponse, decodeListTransactionsResponse, encodeListTransactionsResponse } from "./list-transactions-response.js";
import { type ConsumerGroupHeartbeatRequest, decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest } from "./consumer-group-heartbeat-request.js";
import { type ConsumerGroupHeartbeatResponse, decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse } from "./consumer-group-heartbeat-response.js";
import { type ConsumerGroupDescribeRequest, decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest } from "./consumer-group-describe-request.js";
import { type ConsumerGroupDescribeResponse, decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse } from "./consumer-group-describe-response.js";
import { type GetTelemetrySubscriptionsRequest, decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest } from "./get-telemetry-subscriptions-request.js";
import { type GetTelemetrySubscriptionsResponse, decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse } from "./get-telemetry-subscriptions-response.js";
import { type PushTelemetryRequest, decodePushTelemetryRequest, encodePushTelemetryRequest } from "./push-telemetry-request.js";
import { type PushTelemetryResponse, decodePushTelemetryResponse, encodePushTelemetryResponse } from "./push-telemetry-response.js";
import { type ListClientMetricsResourcesRequest, decodeListClientMetricsResourcesRequest, encodeListClientMetricsResourcesRequest } from "./list-client-metrics-resources-request.js";
import { type ListClientMetricsResourcesResponse, decodeListClientMetricsResourcesResponse, encodeListClientMetricsResourcesResponse } from "./list-client-metrics-resources-response.js";
import { type DescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest } from "./describe-topic-partitions-request.js";
import { type DescribeTopicPartitionsResponse, decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse } from "./describe-topic-partitions-response.js";
import { type ShareGroupHeartbeatRequest, decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest } from "./share-group-heartbeat-request.js";
import { type ShareGroupHeartbeatResponse, decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse } from "./share-group-heartbeat-response.js";
import { type ShareGroupDescribeRequest, decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest } from "./share-group-describe-request.js";
import { type ShareGroupDescribeResponse, decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse } from "./share-group-describe-response.js";
import { type ShareFetchRequest, decodeShareFetchRequest, encodeShareFetchRequest } from "./share-fetch-request.js";
import { type ShareFetchResponse, decodeShareFetchResponse, encodeShareFetchResponse } from "./share-fetch-response.js";
import { type ShareAcknowledgeRequest, decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest } from "./share-acknowledge-request.js";
import { type ShareAcknowledgeResponse, decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse } from "./share-acknowledge-response.js";
import { type AddRaftVoterRequest, decodeAddRaftVoterRequest, encodeAddRaftVoterRequest } from "./add-raft-voter-request.js";
import { type AddRaftVoterResponse, decodeAddRaftVoterResponse, encodeAddRaftVoterResponse } from "./add-raft-voter-response.js";
import { type RemoveRaftVoterRequest, decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest } from "./remove-raft-voter-request.js";
import { type RemoveRaftVoterResponse, decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse } from "./remove-raft-voter-response.js";
import { type InitializeShareGroupStateRequest, decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest } from "./initialize-share-group-state-request.js";
import { type InitializeShareGroupStateResponse, decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse } from "./initialize-share-group-state-response.js";
import { type ReadShareGroupStateRequest, decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest } from "./read-share-group-state-request.js";
import { type ReadShareGroupStateResponse, decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse } from "./read-share-group-state-response.js";
import { type WriteShareGroupStateRequest, decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest } from "./write-share-group-state-request.js";
import { type WriteShareGroupStateResponse, decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse } from "./write-share-group-state-response.js";
import { type DeleteShareGroupStateRequest, decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest } from "./delete-share-group-state-request.js";
import { type DeleteShareGroupStateResponse, decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse } from "./delete-share-group-state-response.js";
import { type ReadShareGroupStateSummaryRequest, decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest } from "./read-share-group-state-summary-request.js";
import { type ReadShareGroupStateSummaryResponse, decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse } from "./read-share-group-state-summary-response.js";

export type ApiListener = "zkBroker" | "broker" | "controller";

/** One API: its version range, flexible and deprecated versions, listeners, and codecs. */
export interface ApiMessageType<Req = unknown, Res = unknown> {
  readonly apiKey: number;
  readonly name: string;
  readonly minVersion: number;
  /** Includes an unstable latest version (see latestVersionUnstable). */
  readonly maxVersion: number;
  /** Kafka does not advertise the latest version unless unstable.api.versions.enable is set. */
  readonly latestVersionUnstable: boolean;
  readonly flexibleMinVersion: number | null;
  readonly deprecatedVersions: { readonly min: number; readonly max: number } | null;
  readonly listeners: readonly ApiListener[];
  encodeRequest(w: Writer, v: Req, version: number): void;
  decodeRequest(r: Reader, version: number): Req;
  encodeResponse(w: Writer, v: Res, version: number): void;
  decodeResponse(r: Reader, version: number): Res;
}

/** Keys of the generated (broker-facing) APIs. */
export const ApiKeys = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  DescribeGroups: 15,
  ListGroups: 16,
  SaslHandshake: 17,
  ApiVersions: 18,
  CreateTopics: 19,
  DeleteTopics: 20,
  DeleteRecords: 21,
  InitProducerId: 22,
  OffsetForLeaderEpoch: 23,
  AddPartitionsToTxn: 24,
  AddOffsetsToTxn: 25,
  EndTxn: 26,
  WriteTxnMarkers: 27,
  TxnOffsetCommit: 28,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  AlterConfigs: 33,
  AlterReplicaLogDirs: 34,
  DescribeLogDirs: 35,
  SaslAuthenticate: 36,
  CreatePartitions: 37,
  CreateDelegationToken: 38,
  RenewDelegationToken: 39,
  ExpireDelegationToken: 40,
  DescribeDelegationToken: 41,
  DeleteGroups: 42,
  ElectLeaders: 43,
  IncrementalAlterConfigs: 44,
  AlterPartitionReassignments: 45,
  ListPartitionReassignments: 46,
  OffsetDelete: 47,
  DescribeClientQuotas: 48,
  AlterClientQuotas: 49,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  DescribeQuorum: 55,
  UpdateFeatures: 57,
  DescribeCluster: 60,
  DescribeProducers: 61,
  UnregisterBroker: 64,
  DescribeTransactions: 65,
  ListTransactions: 66,
  ConsumerGroupHeartbeat: 68,
  ConsumerGroupDescribe: 69,
  GetTelemetrySubscriptions: 71,
  PushTelemetry: 72,
  ListClientMetricsResources: 74,
  DescribeTopicPartitions: 75,
  ShareGroupHeartbeat: 76,
  ShareGroupDescribe: 77,
  ShareFetch: 78,
  ShareAcknowledge: 79,
  AddRaftVoter: 80,
  RemoveRaftVoter: 81,
  InitializeShareGroupState: 83,
  ReadShareGroupState: 84,
  WriteShareGroupState: 85,
  DeleteShareGroupState: 86,
  ReadShareGroupStateSummary: 87,
} as const;

export type ApiKey = (typeof ApiKeys)[keyof typeof ApiKeys];

export interface ApiRequestTypes {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  55: DescribeQuorumRequest;
  57: UpdateFeaturesRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  74: ListClientMetricsResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
}

export interface ApiResponseTypes {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  55: DescribeQuorumResponse;
  57: UpdateFeaturesResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  74: ListClientMetricsResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
}

export type ApiRequest = ApiRequestTypes[ApiKey];
export type ApiResponse = ApiResponseTypes[ApiKey];

export const API_MESSAGES: { readonly [K in ApiKey]: ApiMessageType<ApiRequestTypes[K], ApiResponseTypes[K]> } = {
  0: {
    apiKey: 0, name: "Produce", minVersion: 0, maxVersion: 11,
    latestVersionUnstable: false, flexibleMinVersion: 9, deprecatedVersions: { min: 0, max: 6 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeProduceRequest, decodeRequest: decodeProduceRequest,
    encodeResponse: encodeProduceResponse, decodeResponse: decodeProduceResponse,
  },
  1: {
    apiKey: 1, name: "Fetch", minVersion: 0, maxVersion: 17,
    latestVersionUnstable: false, flexibleMinVersion: 12, deprecatedVersions: { min: 0, max: 3 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeFetchRequest, decodeRequest: decodeFetchRequest,
    encodeResponse: encodeFetchResponse, decodeResponse: decodeFetchResponse,
  },
  2: {
    apiKey: 2, name: "ListOffsets", minVersion: 0, maxVersion: 10,
    latestVersionUnstable: false, flexibleMinVersion: 6, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeListOffsetsRequest, decodeRequest: decodeListOffsetsRequest,
    encodeResponse: encodeListOffsetsResponse, decodeResponse: decodeListOffsetsResponse,
  },
  3: {
    apiKey: 3, name: "Metadata", minVersion: 0, maxVersion: 12,
    latestVersionUnstable: false, flexibleMinVersion: 9, deprecatedVersions: { min: 0, max: 3 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeMetadataRequest, decodeRequest: decodeMetadataRequest,
    encodeResponse: encodeMetadataResponse, decodeResponse: decodeMetadataResponse,
  },
  8: {
    apiKey: 8, name: "OffsetCommit", minVersion: 0, maxVersion: 9,
    latestVersionUnstable: false, flexibleMinVersion: 8, deprecatedVersions: { min: 0, max: 1 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeOffsetCommitRequest, decodeRequest: decodeOffsetCommitRequest,
    encodeResponse: encodeOffsetCommitResponse, decodeResponse: decodeOffsetCommitResponse,
  },
  9: {
    apiKey: 9, name: "OffsetFetch", minVersion: 0, maxVersion: 9,
    latestVersionUnstable: false, flexibleMinVersion: 6, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeOffsetFetchRequest, decodeRequest: decodeOffsetFetchRequest,
    encodeResponse: encodeOffsetFetchResponse, decodeResponse: decodeOffsetFetchResponse,
  },
  10: {
    apiKey: 10, name: "FindCoordinator", minVersion: 0, maxVersion: 6,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeFindCoordinatorRequest, decodeRequest: decodeFindCoordinatorRequest,
    encodeResponse: encodeFindCoordinatorResponse, decodeResponse: decodeFindCoordinatorResponse,
  },
  11: {
    apiKey: 11, name: "JoinGroup", minVersion: 0, maxVersion: 9,
    latestVersionUnstable: false, flexibleMinVersion: 6, deprecatedVersions: { min: 0, max: 1 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeJoinGroupRequest, decodeRequest: decodeJoinGroupRequest,
    encodeResponse: encodeJoinGroupResponse, decodeResponse: decodeJoinGroupResponse,
  },
  12: {
    apiKey: 12, name: "Heartbeat", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeHeartbeatRequest, decodeRequest: decodeHeartbeatRequest,
    encodeResponse: encodeHeartbeatResponse, decodeResponse: decodeHeartbeatResponse,
  },
  13: {
    apiKey: 13, name: "LeaveGroup", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeLeaveGroupRequest, decodeRequest: decodeLeaveGroupRequest,
    encodeResponse: encodeLeaveGroupResponse, decodeResponse: decodeLeaveGroupResponse,
  },
  14: {
    apiKey: 14, name: "SyncGroup", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeSyncGroupRequest, decodeRequest: decodeSyncGroupRequest,
    encodeResponse: encodeSyncGroupResponse, decodeResponse: decodeSyncGroupResponse,
  },
  15: {
    apiKey: 15, name: "DescribeGroups", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 5, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDescribeGroupsRequest, decodeRequest: decodeDescribeGroupsRequest,
    encodeResponse: encodeDescribeGroupsResponse, decodeResponse: decodeDescribeGroupsResponse,
  },
  16: {
    apiKey: 16, name: "ListGroups", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeListGroupsRequest, decodeRequest: decodeListGroupsRequest,
    encodeResponse: encodeListGroupsResponse, decodeResponse: decodeListGroupsResponse,
  },
  17: {
    apiKey: 17, name: "SaslHandshake", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: null, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeSaslHandshakeRequest, decodeRequest: decodeSaslHandshakeRequest,
    encodeResponse: encodeSaslHandshakeResponse, decodeResponse: decodeSaslHandshakeResponse,
  },
  18: {
    apiKey: 18, name: "ApiVersions", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeApiVersionsRequest, decodeRequest: decodeApiVersionsRequest,
    encodeResponse: encodeApiVersionsResponse, decodeResponse: decodeApiVersionsResponse,
  },
  19: {
    apiKey: 19, name: "CreateTopics", minVersion: 0, maxVersion: 7,
    latestVersionUnstable: false, flexibleMinVersion: 5, deprecatedVersions: { min: 0, max: 1 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeCreateTopicsRequest, decodeRequest: decodeCreateTopicsRequest,
    encodeResponse: encodeCreateTopicsResponse, decodeResponse: decodeCreateTopicsResponse,
  },
  20: {
    apiKey: 20, name: "DeleteTopics", minVersion: 0, maxVersion: 6,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDeleteTopicsRequest, decodeRequest: decodeDeleteTopicsRequest,
    encodeResponse: encodeDeleteTopicsResponse, decodeResponse: decodeDeleteTopicsResponse,
  },
  21: {
    apiKey: 21, name: "DeleteRecords", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDeleteRecordsRequest, decodeRequest: decodeDeleteRecordsRequest,
    encodeResponse: encodeDeleteRecordsResponse, decodeResponse: decodeDeleteRecordsResponse,
  },
  22: {
    apiKey: 22, name: "InitProducerId", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeInitProducerIdRequest, decodeRequest: decodeInitProducerIdRequest,
    encodeResponse: encodeInitProducerIdResponse, decodeResponse: decodeInitProducerIdResponse,
  },
  23: {
    apiKey: 23, name: "OffsetForLeaderEpoch", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: { min: 0, max: 1 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeOffsetForLeaderEpochRequest, decodeRequest: decodeOffsetForLeaderEpochRequest,
    encodeResponse: encodeOffsetForLeaderEpochResponse, decodeResponse: decodeOffsetForLeaderEpochResponse,
  },
  24: {
    apiKey: 24, name: "AddPartitionsToTxn", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeAddPartitionsToTxnRequest, decodeRequest: decodeAddPartitionsToTxnRequest,
    encodeResponse: encodeAddPartitionsToTxnResponse, decodeResponse: decodeAddPartitionsToTxnResponse,
  },
  25: {
    apiKey: 25, name: "AddOffsetsToTxn", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeAddOffsetsToTxnRequest, decodeRequest: decodeAddOffsetsToTxnRequest,
    encodeResponse: encodeAddOffsetsToTxnResponse, decodeResponse: decodeAddOffsetsToTxnResponse,
  },
  26: {
    apiKey: 26, name: "EndTxn", minVersion: 0, maxVersion: 5,
    latestVersionUnstable: true, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeEndTxnRequest, decodeRequest: decodeEndTxnRequest,
    encodeResponse: encodeEndTxnResponse, decodeResponse: decodeEndTxnResponse,
  },
  27: {
    apiKey: 27, name: "WriteTxnMarkers", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 1, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeWriteTxnMarkersRequest, decodeRequest: decodeWriteTxnMarkersRequest,
    encodeResponse: encodeWriteTxnMarkersResponse, decodeResponse: decodeWriteTxnMarkersResponse,
  },
  28: {
    apiKey: 28, name: "TxnOffsetCommit", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 3, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeTxnOffsetCommitRequest, decodeRequest: decodeTxnOffsetCommitRequest,
    encodeResponse: encodeTxnOffsetCommitResponse, decodeResponse: decodeTxnOffsetCommitResponse,
  },
  29: {
    apiKey: 29, name: "DescribeAcls", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDescribeAclsRequest, decodeRequest: decodeDescribeAclsRequest,
    encodeResponse: encodeDescribeAclsResponse, decodeResponse: decodeDescribeAclsResponse,
  },
  30: {
    apiKey: 30, name: "CreateAcls", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeCreateAclsRequest, decodeRequest: decodeCreateAclsRequest,
    encodeResponse: encodeCreateAclsResponse, decodeResponse: decodeCreateAclsResponse,
  },
  31: {
    apiKey: 31, name: "DeleteAcls", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDeleteAclsRequest, decodeRequest: decodeDeleteAclsRequest,
    encodeResponse: encodeDeleteAclsResponse, decodeResponse: decodeDeleteAclsResponse,
  },
  32: {
    apiKey: 32, name: "DescribeConfigs", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 4, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDescribeConfigsRequest, decodeRequest: decodeDescribeConfigsRequest,
    encodeResponse: encodeDescribeConfigsResponse, decodeResponse: decodeDescribeConfigsResponse,
  },
  33: {
    apiKey: 33, name: "AlterConfigs", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeAlterConfigsRequest, decodeRequest: decodeAlterConfigsRequest,
    encodeResponse: encodeAlterConfigsResponse, decodeResponse: decodeAlterConfigsResponse,
  },
  34: {
    apiKey: 34, name: "AlterReplicaLogDirs", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeAlterReplicaLogDirsRequest, decodeRequest: decodeAlterReplicaLogDirsRequest,
    encodeResponse: encodeAlterReplicaLogDirsResponse, decodeResponse: decodeAlterReplicaLogDirsResponse,
  },
  35: {
    apiKey: 35, name: "DescribeLogDirs", minVersion: 0, maxVersion: 4,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDescribeLogDirsRequest, decodeRequest: decodeDescribeLogDirsRequest,
    encodeResponse: encodeDescribeLogDirsResponse, decodeResponse: decodeDescribeLogDirsResponse,
  },
  36: {
    apiKey: 36, name: "SaslAuthenticate", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeSaslAuthenticateRequest, decodeRequest: decodeSaslAuthenticateRequest,
    encodeResponse: encodeSaslAuthenticateResponse, decodeResponse: decodeSaslAuthenticateResponse,
  },
  37: {
    apiKey: 37, name: "CreatePartitions", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeCreatePartitionsRequest, decodeRequest: decodeCreatePartitionsRequest,
    encodeResponse: encodeCreatePartitionsResponse, decodeResponse: decodeCreatePartitionsResponse,
  },
  38: {
    apiKey: 38, name: "CreateDelegationToken", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeCreateDelegationTokenRequest, decodeRequest: decodeCreateDelegationTokenRequest,
    encodeResponse: encodeCreateDelegationTokenResponse, decodeResponse: decodeCreateDelegationTokenResponse,
  },
  39: {
    apiKey: 39, name: "RenewDelegationToken", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeRenewDelegationTokenRequest, decodeRequest: decodeRenewDelegationTokenRequest,
    encodeResponse: encodeRenewDelegationTokenResponse, decodeResponse: decodeRenewDelegationTokenResponse,
  },
  40: {
    apiKey: 40, name: "ExpireDelegationToken", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeExpireDelegationTokenRequest, decodeRequest: decodeExpireDelegationTokenRequest,
    encodeResponse: encodeExpireDelegationTokenResponse, decodeResponse: decodeExpireDelegationTokenResponse,
  },
  41: {
    apiKey: 41, name: "DescribeDelegationToken", minVersion: 0, maxVersion: 3,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDescribeDelegationTokenRequest, decodeRequest: decodeDescribeDelegationTokenRequest,
    encodeResponse: encodeDescribeDelegationTokenResponse, decodeResponse: decodeDescribeDelegationTokenResponse,
  },
  42: {
    apiKey: 42, name: "DeleteGroups", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: { min: 0, max: 0 },
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDeleteGroupsRequest, decodeRequest: decodeDeleteGroupsRequest,
    encodeResponse: encodeDeleteGroupsResponse, decodeResponse: decodeDeleteGroupsResponse,
  },
  43: {
    apiKey: 43, name: "ElectLeaders", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 2, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeElectLeadersRequest, decodeRequest: decodeElectLeadersRequest,
    encodeResponse: encodeElectLeadersResponse, decodeResponse: decodeElectLeadersResponse,
  },
  44: {
    apiKey: 44, name: "IncrementalAlterConfigs", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 1, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeIncrementalAlterConfigsRequest, decodeRequest: decodeIncrementalAlterConfigsRequest,
    encodeResponse: encodeIncrementalAlterConfigsResponse, decodeResponse: decodeIncrementalAlterConfigsResponse,
  },
  45: {
    apiKey: 45, name: "AlterPartitionReassignments", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker", "controller", "zkBroker"],
    encodeRequest: encodeAlterPartitionReassignmentsRequest, decodeRequest: decodeAlterPartitionReassignmentsRequest,
    encodeResponse: encodeAlterPartitionReassignmentsResponse, decodeResponse: decodeAlterPartitionReassignmentsResponse,
  },
  46: {
    apiKey: 46, name: "ListPartitionReassignments", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker", "controller", "zkBroker"],
    encodeRequest: encodeListPartitionReassignmentsRequest, decodeRequest: decodeListPartitionReassignmentsRequest,
    encodeResponse: encodeListPartitionReassignmentsResponse, decodeResponse: decodeListPartitionReassignmentsResponse,
  },
  47: {
    apiKey: 47, name: "OffsetDelete", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: null, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeOffsetDeleteRequest, decodeRequest: decodeOffsetDeleteRequest,
    encodeResponse: encodeOffsetDeleteResponse, decodeResponse: decodeOffsetDeleteResponse,
  },
  48: {
    apiKey: 48, name: "DescribeClientQuotas", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 1, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDescribeClientQuotasRequest, decodeRequest: decodeDescribeClientQuotasRequest,
    encodeResponse: encodeDescribeClientQuotasResponse, decodeResponse: decodeDescribeClientQuotasResponse,
  },
  49: {
    apiKey: 49, name: "AlterClientQuotas", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 1, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeAlterClientQuotasRequest, decodeRequest: decodeAlterClientQuotasRequest,
    encodeResponse: encodeAlterClientQuotasResponse, decodeResponse: decodeAlterClientQuotasResponse,
  },
  50: {
    apiKey: 50, name: "DescribeUserScramCredentials", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDescribeUserScramCredentialsRequest, decodeRequest: decodeDescribeUserScramCredentialsRequest,
    encodeResponse: encodeDescribeUserScramCredentialsResponse, decodeResponse: decodeDescribeUserScramCredentialsResponse,
  },
  51: {
    apiKey: 51, name: "AlterUserScramCredentials", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeAlterUserScramCredentialsRequest, decodeRequest: decodeAlterUserScramCredentialsRequest,
    encodeResponse: encodeAlterUserScramCredentialsResponse, decodeResponse: decodeAlterUserScramCredentialsResponse,
  },
  55: {
    apiKey: 55, name: "DescribeQuorum", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker", "controller"],
    encodeRequest: encodeDescribeQuorumRequest, decodeRequest: decodeDescribeQuorumRequest,
    encodeResponse: encodeDescribeQuorumResponse, decodeResponse: decodeDescribeQuorumResponse,
  },
  57: {
    apiKey: 57, name: "UpdateFeatures", minVersion: 0, maxVersion: 2,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeUpdateFeaturesRequest, decodeRequest: decodeUpdateFeaturesRequest,
    encodeResponse: encodeUpdateFeaturesResponse, decodeResponse: decodeUpdateFeaturesResponse,
  },
  60: {
    apiKey: 60, name: "DescribeCluster", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker", "controller"],
    encodeRequest: encodeDescribeClusterRequest, decodeRequest: decodeDescribeClusterRequest,
    encodeResponse: encodeDescribeClusterResponse, decodeResponse: decodeDescribeClusterResponse,
  },
  61: {
    apiKey: 61, name: "DescribeProducers", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDescribeProducersRequest, decodeRequest: decodeDescribeProducersRequest,
    encodeResponse: encodeDescribeProducersResponse, decodeResponse: decodeDescribeProducersResponse,
  },
  64: {
    apiKey: 64, name: "UnregisterBroker", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker", "controller"],
    encodeRequest: encodeUnregisterBrokerRequest, decodeRequest: decodeUnregisterBrokerRequest,
    encodeResponse: encodeUnregisterBrokerResponse, decodeResponse: decodeUnregisterBrokerResponse,
  },
  65: {
    apiKey: 65, name: "DescribeTransactions", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeDescribeTransactionsRequest, decodeRequest: decodeDescribeTransactionsRequest,
    encodeResponse: encodeDescribeTransactionsResponse, decodeResponse: decodeDescribeTransactionsResponse,
  },
  66: {
    apiKey: 66, name: "ListTransactions", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeListTransactionsRequest, decodeRequest: decodeListTransactionsRequest,
    encodeResponse: encodeListTransactionsResponse, decodeResponse: decodeListTransactionsResponse,
  },
  68: {
    apiKey: 68, name: "ConsumerGroupHeartbeat", minVersion: 0, maxVersion: 1,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeConsumerGroupHeartbeatRequest, decodeRequest: decodeConsumerGroupHeartbeatRequest,
    encodeResponse: encodeConsumerGroupHeartbeatResponse, decodeResponse: decodeConsumerGroupHeartbeatResponse,
  },
  69: {
    apiKey: 69, name: "ConsumerGroupDescribe", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["zkBroker", "broker"],
    encodeRequest: encodeConsumerGroupDescribeRequest, decodeRequest: decodeConsumerGroupDescribeRequest,
    encodeResponse: encodeConsumerGroupDescribeResponse, decodeResponse: decodeConsumerGroupDescribeResponse,
  },
  71: {
    apiKey: 71, name: "GetTelemetrySubscriptions", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeGetTelemetrySubscriptionsRequest, decodeRequest: decodeGetTelemetrySubscriptionsRequest,
    encodeResponse: encodeGetTelemetrySubscriptionsResponse, decodeResponse: decodeGetTelemetrySubscriptionsResponse,
  },
  72: {
    apiKey: 72, name: "PushTelemetry", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodePushTelemetryRequest, decodeRequest: decodePushTelemetryRequest,
    encodeResponse: encodePushTelemetryResponse, decodeResponse: decodePushTelemetryResponse,
  },
  74: {
    apiKey: 74, name: "ListClientMetricsResources", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeListClientMetricsResourcesRequest, decodeRequest: decodeListClientMetricsResourcesRequest,
    encodeResponse: encodeListClientMetricsResourcesResponse, decodeResponse: decodeListClientMetricsResourcesResponse,
  },
  75: {
    apiKey: 75, name: "DescribeTopicPartitions", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeDescribeTopicPartitionsRequest, decodeRequest: decodeDescribeTopicPartitionsRequest,
    encodeResponse: encodeDescribeTopicPartitionsResponse, decodeResponse: decodeDescribeTopicPartitionsResponse,
  },
  76: {
    apiKey: 76, name: "ShareGroupHeartbeat", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeShareGroupHeartbeatRequest, decodeRequest: decodeShareGroupHeartbeatRequest,
    encodeResponse: encodeShareGroupHeartbeatResponse, decodeResponse: decodeShareGroupHeartbeatResponse,
  },
  77: {
    apiKey: 77, name: "ShareGroupDescribe", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeShareGroupDescribeRequest, decodeRequest: decodeShareGroupDescribeRequest,
    encodeResponse: encodeShareGroupDescribeResponse, decodeResponse: decodeShareGroupDescribeResponse,
  },
  78: {
    apiKey: 78, name: "ShareFetch", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeShareFetchRequest, decodeRequest: decodeShareFetchRequest,
    encodeResponse: encodeShareFetchResponse, decodeResponse: decodeShareFetchResponse,
  },
  79: {
    apiKey: 79, name: "ShareAcknowledge", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeShareAcknowledgeRequest, decodeRequest: decodeShareAcknowledgeRequest,
    encodeResponse: encodeShareAcknowledgeResponse, decodeResponse: decodeShareAcknowledgeResponse,
  },
  80: {
    apiKey: 80, name: "AddRaftVoter", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["controller", "broker"],
    encodeRequest: encodeAddRaftVoterRequest, decodeRequest: decodeAddRaftVoterRequest,
    encodeResponse: encodeAddRaftVoterResponse, decodeResponse: decodeAddRaftVoterResponse,
  },
  81: {
    apiKey: 81, name: "RemoveRaftVoter", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: false, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["controller", "broker"],
    encodeRequest: encodeRemoveRaftVoterRequest, decodeRequest: decodeRemoveRaftVoterRequest,
    encodeResponse: encodeRemoveRaftVoterResponse, decodeResponse: decodeRemoveRaftVoterResponse,
  },
  83: {
    apiKey: 83, name: "InitializeShareGroupState", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeInitializeShareGroupStateRequest, decodeRequest: decodeInitializeShareGroupStateRequest,
    encodeResponse: encodeInitializeShareGroupStateResponse, decodeResponse: decodeInitializeShareGroupStateResponse,
  },
  84: {
    apiKey: 84, name: "ReadShareGroupState", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeReadShareGroupStateRequest, decodeRequest: decodeReadShareGroupStateRequest,
    encodeResponse: encodeReadShareGroupStateResponse, decodeResponse: decodeReadShareGroupStateResponse,
  },
  85: {
    apiKey: 85, name: "WriteShareGroupState", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeWriteShareGroupStateRequest, decodeRequest: decodeWriteShareGroupStateRequest,
    encodeResponse: encodeWriteShareGroupStateResponse, decodeResponse: decodeWriteShareGroupStateResponse,
  },
  86: {
    apiKey: 86, name: "DeleteShareGroupState", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeDeleteShareGroupStateRequest, decodeRequest: decodeDeleteShareGroupStateRequest,
    encodeResponse: encodeDeleteShareGroupStateResponse, decodeResponse: decodeDeleteShareGroupStateResponse,
  },
  87: {
    apiKey: 87, name: "ReadShareGroupStateSummary", minVersion: 0, maxVersion: 0,
    latestVersionUnstable: true, flexibleMinVersion: 0, deprecatedVersions: null,
    listeners: ["broker"],
    encodeRequest: encodeReadShareGroupStateSummaryRequest, decodeRequest: decodeReadShareGroupStateSummaryRequest,
    encodeResponse: encodeReadShareGroupStateSummaryResponse, decodeResponse: decodeReadShareGroupStateSummaryResponse,
  },
};

const BY_KEY: ReadonlyMap<number, ApiMessageType> = new Map(Object.values(API_MESSAGES).map((m) => [m.apiKey, m]));

export function apiMessageType(apiKey: number): ApiMessageType | undefined {
  return BY_KEY.get(apiKey);
}

export function isApiKey(apiKey: number): apiKey is ApiKey {
  return BY_KEY.has(apiKey);
}

/** First flexible version of every Kafka API key 0-87 (-1: none), generated or not. */
const FLEXIBLE_SINCE: readonly number[] = [
  9, 12, 6, 9, 4, 2, 6, 3, 8, 6, 3, 6, 4, 4, 4, 5, 3, -1, 3, 5,
  4, 2, 2, 4, 3, 3, 3, 1, 3, 2, 2, 2, 4, 2, 2, 2, 2, 2, 2, 2,
  2, 2, 2, 2, 1, 0, 0, -1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0,
];

/** Request header version: 2 in flexible versions, else 1; ControlledShutdown v0 uses header v0. */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  const since = FLEXIBLE_SINCE[apiKey];
  if (since === undefined) throw new RangeError(`unknown API key ${apiKey}`);
  // ControlledShutdown (key 7) v0 predates the client id in the request header.
  if (apiKey === 7 && apiVersion === 0) return 0;
  return since >= 0 && apiVersion >= since ? 2 : 1;
}

/** Response header version: 1 in flexible versions, else 0; ApiVersions always 0 (KIP-511). */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  const since = FLEXIBLE_SINCE[apiKey];
  if (since === undefined) throw new RangeError(`unknown API key ${apiKey}`);
  // A client that asked for an ApiVersions version the broker lacks must still parse the answer.
  if (apiKey === ApiKeys.ApiVersions) return 0;
  return since >= 0 && apiVersion >= since ? 1 : 0;
}
