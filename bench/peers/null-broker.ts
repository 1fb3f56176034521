// A Kafka-protocol peer that keeps nothing: it answers ApiVersions, Metadata (every topic
// has one partition led by this node) and Produce (success, offsets counted) and
// nothing else. `npm run bench:broker` runs a client against it to measure what the
// client itself can push through loopback on this machine: the ceiling any broker's
// produce figure is bounded by. Prints its port, then runs until stdin closes.
// Run: `node dist-bench/bench/peers/null-broker.js` (compiled by `npm run bench:broker`).
// It frames requests itself rather than through the broker's Connection, so that its
// ceiling holds no broker cost at all.
import { createServer, type Socket } from "node:net";
import { decodeRequestFrame, encodeResponseFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeApiVersionsResponse } from "../../src/protocol/generated/api-versions-response.js";
import {
  makeMetadataResponse,
  makeMetadataResponseBroker,
  makeMetadataResponsePartition,
  makeMetadataResponseTopic,
} from "../../src/protocol/generated/metadata-response.js";
import {
  makeProduceResponse,
  makeProduceResponsePartitionProduceResponse,
  makeProduceResponseTopicProduceResponse,
} from "../../src/protocol/generated/produce-response.js";

// Versions kcat/librdkafka 2.0 and KafkaJS pick from; all non-flexible or simple.
const API_RANGES = [
  { apiKey: ApiKeys.Produce, minVersion: 3, maxVersion: 8 },
  { apiKey: ApiKeys.Metadata, minVersion: 0, maxVersion: 8 },
  { apiKey: ApiKeys.ApiVersions, minVersion: 0, maxVersion: 2 },
];
const TOPIC_ID = "AAAAAAAAAAAAAAAAAAAAAQ";
let nextOffset = 0n;
let port = 0;

function answer(frame: Buffer): Buffer | null {
  const decoded = decodeRequestFrame(frame);
  if (decoded.kind !== "request") throw new Error(`null broker cannot answer ${decoded.kind}`);
  const { apiKey, apiVersion, correlationId } = decoded.header;
  switch (apiKey) {
    case ApiKeys.ApiVersions:
      return encodeResponseFrame(apiKey, apiVersion, correlationId, makeApiVersionsResponse({ apiKeys: API_RANGES }));
    case ApiKeys.Metadata: {
      const body = decoded.body as { topics: { name: string | null }[] | null };
      const topics = (body.topics ?? []).map((t) =>
        makeMetadataResponseTopic({
          name: t.name,
          topicId: TOPIC_ID,
          partitions: [makeMetadataResponsePartition({ partitionIndex: 0, leaderId: 0, replicaNodes: [0], isrNodes: [0] })],
        }),
      );
      return encodeResponseFrame(
        apiKey,
        apiVersion,
        correlationId,
        makeMetadataResponse({ brokers: [makeMetadataResponseBroker({ nodeId: 0, host: "127.0.0.1", port })], clusterId: "null", controllerId: 0, topics }),
      );
    }
    case ApiKeys.Produce: {
      const body = decoded.body as { acks: number; topicData: { name: string; partitionData: { index: number; records: Buffer | null }[] }[] };
      const responses = body.topicData.map((t) =>
        makeProduceResponseTopicProduceResponse({
          name: t.name,
          partitionResponses: t.partitionData.map((p) => {
            const baseOffset = nextOffset;
            // A v2 batch's record count is the big-endian int32 at byte 57.
            if (p.records !== null && p.records.length >= 61) nextOffset += BigInt(p.records.readInt32BE(57));
            return makeProduceResponsePartitionProduceResponse({ index: p.index, baseOffset });
          }),
        }),
      );
      if (body.acks === 0) return null;
      return encodeResponseFrame(apiKey, apiVersion, correlationId, makeProduceResponse({ responses }));
    }
    default:
      throw new Error(`null broker does not answer API key ${apiKey}`);
  }
}

function serve(socket: Socket): void {
  socket.setNoDelay(true);
  // Frames are assembled in one reused buffer (fresh memory per frame would cost page
  // faults, the very cost this peer must not add).
  let buf = Buffer.alloc(4 << 20);
  let filled = 0;
  socket.on("data", (chunk: Buffer) => {
    if (filled + chunk.length > buf.length) {
      const bigger = Buffer.alloc(Math.max(buf.length * 2, filled + chunk.length));
      buf.copy(bigger, 0, 0, filled);
      buf = bigger;
    }
    chunk.copy(buf, filled);
    filled += chunk.length;
    let at = 0;
    while (filled - at >= 4) {
      const size = buf.readInt32BE(at);
      if (filled - at < 4 + size) break;
      const reply = answer(buf.subarray(at + 4, at + 4 + size));
      if (reply !== null) socket.write(reply);
      at += 4 + size;
    }
    if (at > 0) {
      buf.copy(buf, 0, at, filled);
      filled -= at;
    }
  });
  socket.on("error", () => socket.destroy());
}

const server = createServer(serve);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
  process.stdout.write(`${port}\n`);
});
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
