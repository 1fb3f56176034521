// A recording TCP proxy for golden byte vectors: real Kafka clients connect to it on
// 127.0.0.1, it forwards every byte to a Carebus broker unchanged, and on the side it cuts
// both directions into size-prefixed frames and pairs each request with its response by
// correlation id (responses may come out of request order only across connections; within
// one connection Kafka answers in order, but matching by id does not rely on it).
//
// The proxy changes nothing on the wire, so it cannot fix the broker addresses that
// Metadata advertises: the broker must advertise the proxy (advertised.listeners =
// PLAINTEXT://127.0.0.1:<proxy port>), else clients open their second connection to the
// broker directly and those requests go unrecorded. `forwardTo` is set after `start` so
// the proxy's port is known before the broker that advertises it is configured.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface Endpoint {
  host: string;
  port: number;
}

/** One request frame and the response frame that carried its correlation id. */
export interface CapturedExchange {
  /** Which client connection (1, 2, ...) in accept order. */
  connectionId: number;
  /** Arrival order of the request across all connections. */
  sequence: number;
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** The frame after its int32 size prefix. */
  request: Buffer;
  /** Null while unanswered, and for requests Kafka never answers (Produce with acks=0). */
  response: Buffer | null;
}

export interface CaptureProxyOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Frames above this are forwarded but not recorded (default 64 MiB). */
  maxRecordedFrameBytes?: number;
}

const SIZE_PREFIX = 4;
const REQUEST_HEADER_MIN = 8; // api key, api version, correlation id
const DEFAULT_MAX_RECORDED = 64 * 1024 * 1024;

/** Cuts a byte stream into size-prefixed frames (returned without their prefix). */
export class FrameSplitter {
  #pending: Buffer = Buffer.alloc(0);
  #skip = 0;
  readonly #maxFrameBytes: number;

  constructor(maxFrameBytes: number) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  push(chunk: Buffer): Buffer[] {
    const frames: Buffer[] = [];
    if (this.#skip > 0) {
      const skipped = Math.min(this.#skip, chunk.length);
      this.#skip -= skipped;
      chunk = chunk.subarray(skipped);
    }
    let buf = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    while (buf.length >= SIZE_PREFIX) {
      const size = buf.readInt32BE(0);
      if (size < 0 || size > this.#maxFrameBytes) {
        // too big to keep: pass over it without buffering (the proxy still forwards it)
        const available = Math.min(buf.length - SIZE_PREFIX, Math.max(size, 0));
        this.#skip = Math.max(size, 0) - available;
        buf = buf.subarray(SIZE_PREFIX + available);
        continue;
      }
      if (buf.length < SIZE_PREFIX + size) break;
      frames.push(Buffer.from(buf.subarray(SIZE_PREFIX, SIZE_PREFIX + size)));
      buf = buf.subarray(SIZE_PREFIX + size);
    }
    this.#pending = Buffer.from(buf);
    return frames;
  }
}

export class CaptureProxy {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #maxRecorded: number;
  #upstream: Endpoint | null = null;
  #exchanges: CapturedExchange[] = [];
  #connections = 0;
  #sequence = 0;

  private constructor(server: Server, maxRecorded: number) {
    this.#server = server;
    this.#maxRecorded = maxRecorded;
  }

  static async start(options: CaptureProxyOptions = {}): Promise<CaptureProxy> {
    const server = createServer();
    const proxy = new CaptureProxy(server, options.maxRecordedFrameBytes ?? DEFAULT_MAX_RECORDED);
    server.on("connection", (client) => proxy.#accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    return proxy;
  }

  get port(): number {
    const address = this.#server.address();
    if (address === null || typeof address === "string") throw new Error("capture proxy is not listening");
    return address.port;
  }

  /** Where accepted connections go; connections accepted before this is set are refused. */
  forwardTo(upstream: Endpoint): void {
    this.#upstream = upstream;
  }

  /** The exchanges recorded since the last call, in request order. */
  take(): CapturedExchange[] {
    const taken = this.#exchanges;
    this.#exchanges = [];
    return taken;
  }

  /** Stops listening and drops every open connection. */
  async close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(client: Socket): void {
    const upstreamAt = this.#upstream;
    if (upstreamAt === null) {
      client.destroy();
      return;
    }
    const connectionId = ++this.#connections;
    const upstream = connect(upstreamAt);
    for (const s of [client, upstream]) {
      this.#sockets.add(s);
      s.on("close", () => this.#sockets.delete(s));
      // errors end both sides; the client sees its connection drop as it would with a broker
      s.on("error", () => undefined);
    }
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());

    const inFlight = new Map<number, CapturedExchange>();
    const requests = new FrameSplitter(this.#maxRecorded);
    const responses = new FrameSplitter(this.#maxRecorded);
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      for (const frame of requests.push(chunk)) {
        if (frame.length < REQUEST_HEADER_MIN) continue;
        const exchange: CapturedExchange = {
          connectionId,
          sequence: ++this.#sequence,
          apiKey: frame.readInt16BE(0),
          apiVersion: frame.readInt16BE(2),
          correlationId: frame.readInt32BE(4),
          request: frame,
          response: null,
        };
        this.#exchanges.push(exchange);
        inFlight.set(exchange.correlationId, exchange);
      }
    });
    upstream.on("data", (chunk: Buffer) => {
      client.write(chunk);
      for (const frame of responses.push(chunk)) {
        // both response header versions open with the correlation id
        if (frame.length < SIZE_PREFIX) continue;
        const correlationId = frame.readInt32BE(0);
        const exchange = inFlight.get(correlationId);
        if (exchange === undefined) continue;
        inFlight.delete(correlationId);
        exchange.response = frame;
      }
    });
  }
}
