// A producer that costs next to nothing: one ProduceRequest (v7, one partition, one
// record batch of 1 KiB records, about 1 MiB) is encoded once and sent again and again
// with `inFlight` requests outstanding, the correlation id patched per send. Against a
// broker it measures what the broker can ingest when the client is not the bottleneck
// (librdkafka's kcat is, on this machine: see `npm run bench:broker`'s client ceilings).
// Run: `tsx bench/peers/raw-producer.ts host:port topic acks seconds [inFlight]`; prints
// one JSON line {bytes, records, seconds, mbs, rps} counting records' keys+values.
import { connect } from "node:net";
import { encodeRequestFrame } from "../../src/protocol/frames.js";
import { ApiKeys } from "../../src/protocol/generated/api-messages.js";
import { makeProduceRequest } from "../../src/protocol/generated/produce-request.js";
import { encodeRecordBatch } from "../../src/protocol/records/record-batch.js";

const [bootstrap = "", topic = "", acksArg, secondsArg, inFlightArg] = process.argv.slice(2);
const [host = "127.0.0.1", port] = bootstrap.split(":");
const acks = acksArg === "all" ? -1 : Number(acksArg);
const seconds = Number(secondsArg);
const inFlight = Number(inFlightArg ?? "4");
if (acks !== 1 && acks !== -1) throw new Error("acks must be 1 or all: acks=0 has no answers to count");
const RECORD = 1024;
const PER_BATCH = 1000;

const value = Buffer.alloc(RECORD, 114);
const batch = encodeRecordBatch({ baseTimestamp: BigInt(Date.now()), records: Array.from({ length: PER_BATCH }, () => ({ value })) });
const template = encodeRequestFrame(ApiKeys.Produce, 7, 0, "raw-producer", makeProduceRequest({
  acks,
  timeoutMs: 30_000,
  topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
}));
const CORRELATION_ID_AT = 4 + 4; // after the size prefix, api key and version
// one copy per request in flight: a frame still queued in the socket must not change
const frames = Array.from({ length: inFlight }, () => Buffer.from(template));

const socket = connect(Number(port), host);
socket.setNoDelay(true);
await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));

let sent = 0;
let answered = 0;
let pending: Buffer = Buffer.alloc(0);
const start = performance.now();
const deadline = start + seconds * 1000;
let done: () => void;
const finished = new Promise<void>((resolve) => (done = resolve));

function send(): void {
  const frame = frames[sent % inFlight] as Buffer;
  frame.writeInt32BE(sent, CORRELATION_ID_AT);
  sent++;
  socket.write(frame);
}

socket.on("data", (chunk: Buffer) => {
  pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
  while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
    const size = pending.readInt32BE(0);
    // errorCode of the one partition: fixed position in a v7 answer to this request
    const errorAt = 4 + 4 + 4 + 2 + topic.length + 4 + 4;
    const errorCode = pending.readInt16BE(errorAt);
    if (errorCode !== 0) throw new Error(`broker answered error code ${errorCode}`);
    pending = pending.subarray(4 + size);
    answered++;
    if (performance.now() < deadline) send();
    else if (answered === sent) done();
  }
});

for (let i = 0; i < inFlight; i++) send();
await finished;
const elapsed = (performance.now() - start) / 1000;
const records = answered * PER_BATCH;
const bytes = records * RECORD;
process.stdout.write(`${JSON.stringify({ bytes, records, seconds: elapsed, mbs: bytes / elapsed / 1e6, rps: records / elapsed })}\n`);
socket.end();
