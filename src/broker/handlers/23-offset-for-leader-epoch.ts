// OffsetForLeaderEpoch (key 23), versions 0-4. Consumers use it after a leader change
// to detect log truncation (KIP-320). This node has led every partition since it was
// created, so each partition's leader epoch cache holds one entry, epoch 0 starting at
// the log start offset, and Kafka's lookup (LeaderEpochFileCache.endOffsetFor) reduces
// to: epoch 0 → (0, log end offset); -1 → undefined (-1, -1); above 0 → undefined
// (-1, -1); below -1 → (that epoch, log start offset). A current leader epoch other
// than -1 is checked first: below 0 → FENCED_LEADER_EPOCH, above → UNKNOWN_LEADER_EPOCH
// (v2+). Unknown topic or partition → UNKNOWN_TOPIC_OR_PARTITION. The replica id (v3+)
// is accepted from anyone: there are no followers. Needs DESCRIBE on the topic
// (TOPIC_AUTHORIZATION_FAILED); a follower's CLUSTER_ACTION path does not exist (one node).
import { AclOperation } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import type { OffsetForLeaderEpochRequestOffsetForLeaderPartition } from "../../protocol/generated/offset-for-leader-epoch-request.js";
import {
  makeOffsetForLeaderEpochResponse,
  makeOffsetForLeaderEpochResponseEpochEndOffset,
  makeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult,
  type OffsetForLeaderEpochResponseEpochEndOffset,
} from "../../protocol/generated/offset-for-leader-epoch-response.js";
import type { Broker } from "../broker.js";
import { defineHandler } from "./define-handler.js";

/** The one leader epoch of every partition on this node. */
export const LEADER_EPOCH = 0;
/** RecordBatch.NO_PARTITION_LEADER_EPOCH: "no current epoch given". */
const NO_PARTITION_LEADER_EPOCH = -1;
/** LeaderEpochFileCache's UNDEFINED_EPOCH. */
const UNDEFINED_EPOCH = -1;

export const offsetForLeaderEpochHandler = defineHandler(ApiKeys.OffsetForLeaderEpoch, {
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    return makeOffsetForLeaderEpochResponse({
      topics: request.topics.map((t) =>
        makeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult({
          topic: t.topic,
          partitions: authorize(ctx, AclOperation.DESCRIBE, "TOPIC", t.topic)
            ? t.partitions.map((p) => endOffset(ctx.broker, t.topic, p))
            : t.partitions.map((p) => makeOffsetForLeaderEpochResponseEpochEndOffset({ partition: p.partition, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED })),
        }),
      ),
    });
  },
  errorResponse(request, errorCode) {
    return makeOffsetForLeaderEpochResponse({
      topics: request.topics.map((t) =>
        makeOffsetForLeaderEpochResponseOffsetForLeaderTopicResult({
          topic: t.topic,
          partitions: t.partitions.map((p) => makeOffsetForLeaderEpochResponseEpochEndOffset({ partition: p.partition, errorCode })),
        }),
      ),
    });
  },
});

function endOffset(broker: Broker, topic: string, p: OffsetForLeaderEpochRequestOffsetForLeaderPartition): OffsetForLeaderEpochResponseEpochEndOffset {
  const answer = (fields: Partial<OffsetForLeaderEpochResponseEpochEndOffset>) =>
    makeOffsetForLeaderEpochResponseEpochEndOffset({ partition: p.partition, ...fields });
  const info = broker.topics.get(topic);
  if (info === undefined || p.partition < 0 || p.partition >= info.partitions) return answer({ errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION });
  if (p.currentLeaderEpoch !== NO_PARTITION_LEADER_EPOCH) {
    if (p.currentLeaderEpoch < LEADER_EPOCH) return answer({ errorCode: ErrorCode.FENCED_LEADER_EPOCH });
    if (p.currentLeaderEpoch > LEADER_EPOCH) return answer({ errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH });
  }
  const log = broker.getLog(topic, p.partition);
  if (log === undefined) return answer({ errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER });
  if (p.leaderEpoch === LEADER_EPOCH) return answer({ leaderEpoch: LEADER_EPOCH, endOffset: log.logEndOffset });
  if (p.leaderEpoch < UNDEFINED_EPOCH) return answer({ leaderEpoch: p.leaderEpoch, endOffset: log.logStartOffset });
  // -1, or an epoch newer than any this node has had: no end offset is known.
  return answer({ leaderEpoch: UNDEFINED_EPOCH, endOffset: -1n });
}
