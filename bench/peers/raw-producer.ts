// A producer that costs next to nothing: one ProduceRequest (v7, one partition, one
// record batch of 1 KiB records, about 1 MiB) is encoded once and sent again and again
// with `inFlight` requests outstanding, the correlation id patched per send. Against a
// broker it measures what the broker can ingest when the client is not the bottleneck
// (librdkafka's kcat is, on this machine: see `npm run bench:broker`'s client ceilings).
// Run: `node dist-bench/bench/peers/raw-producer.js host:port topic acks seconds [inFlight]`
// (compiled by `npm run bench:broker`); prints one JSON line {bytes, records, seconds,
// mbs, rps} counting records' keys+values.
import { decodeResponseFrame, encodeRequestFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeProduceRequest } from "../../src/protocol/generated/produce-request.js";
import { encodeRecordBatch } from "../../src/protocol/records/record-batch.js";
import { RawClient } from "../../test/support/raw-client.js";

const [bootstrap = "", topic = "", acksArg, secondsArg, inFlightArg] = process.argv.slice(2);
const [host = "127.0.0.1", port] = bootstrap.split(":");
const acks = acksArg === "all" ? -1 : Number(acksArg);
const seconds = Number(secondsArg);
const inFlight = Number(inFlightArg ?? "4");
if (acks !== 1 && acks !== -1) throw new Error("acks must be 1 or all: acks=0 has no answers to count");
const RECORD = 1024;
const PER_BATCH = 1000;
const VERSION = 7;

const value = Buffer.alloc(RECORD, 114);
const batch = encodeRecordBatch({ baseTimestamp: BigInt(Date.now()), records: Array.from({ length: PER_BATCH }, () => ({ value })) });
const template = encodeRequestFrame(ApiKeys.Produce, VERSION, 0, "raw-producer", makeProduceRequest({
  acks,
  timeoutMs: 30_000,
  topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
}));
const CORRELATION_ID_AT = 4 + 4; // after the size prefix, api key and version

const client = await RawClient.connect(Number(port), { host, timeoutMs: 60_000 });
let nextCorrelationId = 1;
let answered = 0;
const start = performance.now();
const deadline = start + seconds * 1000;
// Each sender owns one copy of the frame: it changes it only once its answer is in, so
// after the socket has written it.
const sender = async (): Promise<void> => {
  const frame = Buffer.from(template);
  while (performance.now() < deadline) {
    const correlationId = nextCorrelationId++;
    frame.writeInt32BE(correlationId, CORRELATION_ID_AT);
    const { body } = decodeResponseFrame(ApiKeys.Produce, VERSION, await client.sendFrame(frame, correlationId));
    const errorCode = body.responses[0]?.partitionResponses[0]?.errorCode;
    if (errorCode !== 0) throw new Error(`broker answered error code ${errorCode}`);
    answered++;
  }
};
await Promise.all(Array.from({ length: inFlight }, sender));
const elapsed = (performance.now() - start) / 1000;
await client.close();
const records = answered * PER_BATCH;
const bytes = records * RECORD;
process.stdout.write(`${JSON.stringify({ bytes, records, seconds: elapsed, mbs: bytes / elapsed / 1e6, rps: records / elapsed })}\n`);
