// DescribeLogDirs (key 35), versions 0-4. Carebus keeps every partition in one log dir,
// so the answer has one result: its absolute path and, for each requested partition it
// holds (all of them when topics is null), the size on disk, offset lag 0 (the high
// watermark is always the log end offset: there are no followers to wait for) and
// isFutureKey false (AlterReplicaLogDirs is not implemented, so no future logs exist).
// Partitions this node does not hold are left out, as Kafka does. v3+ carry a top-level
// error code (always NONE); v4 the volume's total and usable bytes from statfs. A dir
// that cannot be read → KAFKA_STORAGE_ERROR for that dir. Without DESCRIBE on the
// cluster: no results and CLUSTER_AUTHORIZATION_FAILED (top-level in v3+), as Kafka.
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { statfs } from "node:fs/promises";
import { resolve } from "node:path";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeLogDirsResponse,
  makeDescribeLogDirsResponseDescribeLogDirsPartition,
  makeDescribeLogDirsResponseDescribeLogDirsResult,
  makeDescribeLogDirsResponseDescribeLogDirsTopic,
  type DescribeLogDirsResponseDescribeLogDirsPartition,
} from "../../protocol/generated/describe-log-dirs-response.js";
import { defineHandler } from "./define-handler.js";

const LONG_MAX = 2n ** 63n - 1n;

export const describeLogDirsHandler = defineHandler(ApiKeys.DescribeLogDirs, {
  minVersion: 0,
  maxVersion: 4,
  async handle(request, ctx) {
    const { broker } = ctx;
    if (!authorize(ctx, AclOperation.DESCRIBE, "CLUSTER", CLUSTER_NAME)) {
      return makeDescribeLogDirsResponse({ errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, results: [] });
    }
    const logDir = resolve(broker.logDir);
    let space: { totalBytes: bigint; usableBytes: bigint };
    try {
      const fs = await statfs(logDir, { bigint: true });
      space = { totalBytes: clamp(fs.blocks * fs.bsize), usableBytes: clamp(fs.bavail * fs.bsize) };
    } catch (err) {
      ctx.log.warn({ err, logDir }, "Unable to describe replica dirs");
      return makeDescribeLogDirsResponse({
        results: [makeDescribeLogDirsResponseDescribeLogDirsResult({ logDir, errorCode: ErrorCode.KAFKA_STORAGE_ERROR })],
      });
    }
    const wanted =
      request.topics === null ? undefined : new Set(request.topics.flatMap((t) => t.partitions.map((p) => `${t.topic}\u0000${p}`)));
    const byTopic = new Map<string, DescribeLogDirsResponseDescribeLogDirsPartition[]>();
    for (const log of broker.logManager.logs.values()) {
      if (wanted !== undefined && !wanted.has(`${log.topic}\u0000${log.partition}`)) continue;
      const partitions = byTopic.get(log.topic) ?? [];
      partitions.push(
        makeDescribeLogDirsResponseDescribeLogDirsPartition({
          partitionIndex: log.partition,
          partitionSize: BigInt(log.size),
          offsetLag: 0n,
          isFutureKey: false,
        }),
      );
      byTopic.set(log.topic, partitions);
    }
    const topics = [...byTopic]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, partitions]) =>
        makeDescribeLogDirsResponseDescribeLogDirsTopic({ name, partitions: partitions.sort((a, b) => a.partitionIndex - b.partitionIndex) }),
      );
    return makeDescribeLogDirsResponse({
      errorCode: ErrorCode.NONE,
      results: [makeDescribeLogDirsResponseDescribeLogDirsResult({ logDir, errorCode: ErrorCode.NONE, topics, ...space })],
    });
  },
  errorResponse(_request, errorCode) {
    return makeDescribeLogDirsResponse({ errorCode, results: [] });
  },
});

/** Kafka's adjustForLargeFileSystems: sizes are int64 on the wire. */
function clamp(bytes: bigint): bigint {
  return bytes > LONG_MAX || bytes < 0n ? LONG_MAX : bytes;
}
