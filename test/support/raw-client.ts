// TEST-ONLY: a minimal Kafka wire client for tests that must speak versions or fields no
// third-party client sends (CreateTopics v7, DeleteTopics by id, IncrementalAlterConfigs,
// malformed frames, ...). One TCP connection; requests may be pipelined; each answer is
// matched to its request by correlation id and decoded with the generated codecs.
// Everything that can go wrong (connect failure, timeout, close, a frame that does not
// decode) rejects the pending promise with an error saying what and for which request.
//
//   const client = await RawClient.connect(port);
//   const body = await client.request(ApiKeys.CreateTopics, 7, makeCreateTopicsRequest({ topics: [...] }));
//   await client.close();
import { connect, type Socket } from "node:net";
import { connect as connectTls, type ConnectionOptions } from "node:tls";
import { decodeResponseFrame, encodeRequestFrame } from "../../src/protocol/frames.js";
import { API_MESSAGES, type ApiKey, type ApiRequestTypes, type ApiResponseTypes } from "../../src/protocol/generated/api-messages.js";

export interface RawClientOptions {
  host?: string;
  /** Sent in every request header; null is allowed by the protocol. Default "carebus-raw-client". */
  clientId?: string | null;
  /** How long a connect or a request may take before it is rejected. Default 10 s. */
  timeoutMs?: number;
  /** Largest response frame accepted before the connection is dropped. Default 100 MiB. */
  maxFrameBytes?: number;
  /** Connect with TLS (SSL / SASL_SSL listeners) using these options. */
  tls?: ConnectionOptions;
}

interface Pending {
  readonly what: string;
  readonly resolve: (frame: Buffer) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class RawClient {
  readonly #socket: Socket;
  readonly #clientId: string | null;
  readonly #timeoutMs: number;
  readonly #maxFrameBytes: number;
  readonly #pending = new Map<number, Pending>();
  readonly #closed: Promise<void>;
  #chunks: Buffer[] = [];
  #buffered = 0;
  #nextCorrelationId = 1;
  #failure: Error | undefined;

  private constructor(socket: Socket, options: RawClientOptions) {
    this.#socket = socket;
    this.#clientId = options.clientId === undefined ? "carebus-raw-client" : options.clientId;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxFrameBytes = options.maxFrameBytes ?? 100 * 1024 * 1024;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.#onData(chunk));
    socket.on("error", (err) => this.#fail(new Error(`connection error: ${err.message}`, { cause: err })));
    this.#closed = new Promise((resolve) => {
      socket.once("close", () => {
        this.#fail(new Error("connection closed by the broker"));
        resolve();
      });
    });
  }

  /** Opens a connection to 127.0.0.1:`port` (or `options.host`). */
  static connect(port: number, options: RawClientOptions = {}): Promise<RawClient> {
    const host = options.host ?? "127.0.0.1";
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const socket = options.tls === undefined ? connect({ host, port }) : connectTls({ host, port, ...options.tls });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connecting to ${host}:${port} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once("error", (err: Error) => {
        clearTimeout(timer);
        reject(new Error(`cannot connect to ${host}:${port}: ${err.message}`, { cause: err }));
      });
      socket.once(options.tls === undefined ? "connect" : "secureConnect", () => {
        clearTimeout(timer);
        socket.removeAllListeners("error");
        resolve(new RawClient(socket, options));
      });
    });
  }

  /** Resolves when the connection has closed, for whatever reason. */
  get closed(): Promise<void> {
    return this.#closed;
  }

  /** Sends a request and resolves with the decoded response body. */
  async request<K extends ApiKey>(apiKey: K, apiVersion: number, body: ApiRequestTypes[K]): Promise<ApiResponseTypes[K]> {
    return (await this.requestWithHeader(apiKey, apiVersion, body)).body;
  }

  /** Like `request`, with the correlation id the answer carried. */
  async requestWithHeader<K extends ApiKey>(
    apiKey: K,
    apiVersion: number,
    body: ApiRequestTypes[K],
  ): Promise<{ correlationId: number; body: ApiResponseTypes[K] }> {
    const correlationId = this.#nextCorrelationId++;
    const frame = encodeRequestFrame(apiKey, apiVersion, correlationId, this.#clientId, body);
    const what = `${API_MESSAGES[apiKey].name} v${apiVersion} (correlation id ${correlationId})`;
    const answer = await this.#exchange(frame, correlationId, what);
    try {
      return decodeResponseFrame(apiKey, apiVersion, answer);
    } catch (err) {
      throw new Error(`cannot decode the answer to ${what}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Sends a request the broker does not answer (Produce with acks=0); resolves once written. */
  send<K extends ApiKey>(apiKey: K, apiVersion: number, body: ApiRequestTypes[K]): Promise<void> {
    const frame = encodeRequestFrame(apiKey, apiVersion, this.#nextCorrelationId++, this.#clientId, body);
    return this.#write(frame);
  }

  /**
   * Sends raw bytes (normally a size-prefixed frame) and resolves with the body of the
   * answer that carries `correlationId` (the bytes after the size prefix, header included).
   */
  sendFrame(bytes: Buffer, correlationId: number): Promise<Buffer> {
    return this.#exchange(bytes, correlationId, `raw frame (correlation id ${correlationId})`);
  }

  /** Stops reading from the socket: the broker's answers back up in its socket buffers. */
  pauseReading(): void {
    this.#socket.pause();
  }

  resumeReading(): void {
    this.#socket.resume();
  }

  /** Closes the connection; pending requests are rejected. */
  async close(): Promise<void> {
    this.#socket.end();
    const timer = setTimeout(() => this.#socket.destroy(), 1_000);
    await this.#closed;
    clearTimeout(timer);
  }

  #exchange(bytes: Buffer, correlationId: number, what: string): Promise<Buffer> {
    if (this.#failure !== undefined) return Promise.reject(new Error(`cannot send ${what}: ${this.#failure.message}`));
    if (this.#pending.has(correlationId)) return Promise.reject(new Error(`cannot send ${what}: that correlation id is in flight`));
    const answer = new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(correlationId);
        reject(new Error(`no answer to ${what} within ${this.#timeoutMs} ms`));
      }, this.#timeoutMs);
      this.#pending.set(correlationId, { what, resolve, reject, timer });
    });
    this.#write(bytes).catch((err: unknown) => this.#fail(err instanceof Error ? err : new Error(String(err))));
    return answer;
  }

  #write(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#socket.write(bytes, (err) => (err ? reject(err) : resolve()));
    });
  }

  #onData(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    while (this.#buffered >= 4) {
      const first = this.#chunks[0]!;
      const size = (first.length >= 4 ? first : Buffer.concat(this.#chunks, 4)).readInt32BE(0);
      if (size < 4 || size > this.#maxFrameBytes) {
        this.#fail(new Error(`the broker sent a frame of ${size} bytes`));
        this.#socket.destroy();
        return;
      }
      if (this.#buffered < 4 + size) return; // concatenate only once the whole frame is here
      const all = this.#chunks.length === 1 ? first : Buffer.concat(this.#chunks, this.#buffered);
      const rest = all.subarray(4 + size);
      this.#chunks = rest.length > 0 ? [rest] : [];
      this.#buffered = rest.length;
      this.#deliver(all.subarray(4, 4 + size));
    }
  }

  #deliver(frame: Buffer): void {
    const correlationId = frame.readInt32BE(0);
    const pending = this.#pending.get(correlationId);
    if (pending === undefined) {
      this.#fail(new Error(`the broker answered correlation id ${correlationId}, which no request is waiting for`));
      this.#socket.destroy();
      return;
    }
    this.#pending.delete(correlationId);
    clearTimeout(pending.timer);
    pending.resolve(frame);
  }

  #fail(err: Error): void {
    this.#failure ??= err;
    for (const [id, p] of this.#pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`${p.what}: ${err.message}`, { cause: err }));
      this.#pending.delete(id);
    }
  }
}

/** Runs `fn` with a fresh connection and always closes it. */
export async function withRawClient<T>(port: number, fn: (client: RawClient) => Promise<T>, options?: RawClientOptions): Promise<T> {
  const client = await RawClient.connect(port, options);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}
