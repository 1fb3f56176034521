// One client connection: cuts the byte stream into size-prefixed frames, hands them to
// the dispatcher one at a time and writes responses in request order. Like Kafka's
// muted channels, a connection has one request in processing at a time; frames that
// arrive meanwhile are buffered, and reading pauses when too many frames or bytes are
// queued (the rest waits in the kernel's socket buffer, which is TCP's backpressure). A request
// whose answer is deferred (acks=-1 waiting for its fsync) counts as processed: the next
// frame is dispatched at once and the answers queue behind it in order, at most
// MAX_DEFERRED_RESPONSES of them.
// A frame whose size is negative or above socket.request.max.bytes is connection-fatal:
// one log line, this socket closes, everyone else keeps being served.
import type { Socket } from "node:net";
import type { Logger } from "../util/logger.js";
import type { ConnectionInfo } from "./request-context.js";
import { ApiKeys } from "../protocol/generated/api-messages.js";
import { FrameBufferPool } from "./frame-buffer-pool.js";

/**
 * Response bytes: one buffer, or pieces written with one vectored write (a Fetch
 * response whose records are the segment's bytes, not a copy).
 */
export type ResponseBytes = Buffer | readonly Buffer[];

/**
 * What the dispatcher answers for one frame: response bytes, nothing (acks=0), close,
 * or a last response to write before closing (a failed SASL authentication).
 */
export type DispatchResult =
  | ResponseBytes
  | null
  | "close"
  | { readonly final: Buffer }
  | { readonly deferred: Promise<ResponseBytes | null | "close"> };
export type Dispatcher = (frame: Buffer, connection: Connection) => Promise<DispatchResult>;

const MAX_QUEUED_FRAMES = 64;
const RESUME_QUEUED_FRAMES = 16;
// A pipelining producer sends ~1 MB frames faster than they are appended; holding more
// than a few in memory only costs fresh buffers (page faults) outside the frame pool.
const MAX_QUEUED_BYTES = 4 << 20;
const RESUME_QUEUED_BYTES = 1 << 20;
// Bounds the answers owed (each small: the records are already in the log); Kafka bounds
// nothing here, clients bound themselves with max.in.flight.requests.per.connection.
const MAX_DEFERRED_RESPONSES = 1024;
// Fetch reads up to this size are pooled (max.partition.fetch.bytes is 1 MiB by default).
const MAX_POOLED_READ_BYTES = 8 << 20;

function isResponseBytes(result: DispatchResult): result is ResponseBytes {
  return Buffer.isBuffer(result) || Array.isArray(result);
}

export class Connection {
  readonly info: ConnectionInfo;
  readonly #socket: Socket;
  readonly #dispatch: Dispatcher;
  readonly #maxRequestBytes: number;
  readonly #log: Logger;
  readonly #sizeBuf = Buffer.alloc(4);
  #sizeFilled = 0;
  #frame: Buffer | null = null;
  readonly #framePool: FrameBufferPool;
  /** What Fetch reads records into; each buffer comes back after its response is written. */
  readonly readBuffers: FrameBufferPool;
  #frameFilled = 0;
  readonly #queue: Buffer[] = [];
  #queuedBytes = 0;
  #processing = false;
  /** Answers not yet written, in request order; the chain writes them one after another. */
  #unwritten = 0;
  #writeChain: Promise<void> = Promise.resolve();
  #paused = false;
  #closed = false;
  readonly #closeWaiters: (() => void)[] = [];

  constructor(socket: Socket, info: ConnectionInfo, dispatch: Dispatcher, opts: { maxRequestBytes: number; log: Logger }) {
    this.#socket = socket;
    this.info = info;
    this.#dispatch = dispatch;
    this.#maxRequestBytes = opts.maxRequestBytes;
    this.#framePool = new FrameBufferPool(opts.maxRequestBytes);
    this.readBuffers = new FrameBufferPool(MAX_POOLED_READ_BYTES);
    this.#log = opts.log;
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.#onData(chunk));
    socket.on("error", (err) => this.#log.debug({ err, connection: info.id }, "socket error"));
    socket.on("close", () => this.#onClose());
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Closes the socket now; queued frames are dropped (their requests were never answered). */
  close(reason?: string): void {
    if (this.#closed) return;
    if (reason) this.#log.info({ connection: this.info.id, clientAddress: this.info.clientAddress }, reason);
    this.#socket.destroy();
    this.#onClose();
  }

  /** Resolves when the connection has closed. */
  whenClosed(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#closeWaiters.push(resolve));
  }

  #onClose(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#queuedBytes = 0;
    for (const w of this.#closeWaiters.splice(0)) w();
  }

  #onData(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length && !this.#closed) {
      if (this.#frame === null) {
        const take = Math.min(4 - this.#sizeFilled, chunk.length - off);
        chunk.copy(this.#sizeBuf, this.#sizeFilled, off, off + take);
        this.#sizeFilled += take;
        off += take;
        if (this.#sizeFilled < 4) return;
        this.#sizeFilled = 0;
        const size = this.#sizeBuf.readInt32BE(0);
        if (size < 0 || size > this.#maxRequestBytes) {
          this.close(
            `closing connection: request size ${size} is ${size < 0 ? "negative" : `larger than socket.request.max.bytes (${this.#maxRequestBytes})`}`,
          );
          return;
        }
        const saslLimit = this.info.sasl?.maxUnauthenticatedFrameBytes;
        if (saslLimit !== undefined && size > saslLimit) {
          this.close(`closing connection: request size ${size} before authentication is larger than sasl.server.max.receive.size (${saslLimit})`);
          return;
        }
        if (chunk.length - off >= size) {
          // The whole frame is in this chunk: hand out a view, no copy.
          this.#enqueue(chunk.subarray(off, off + size));
          off += size;
          continue;
        }
        this.#frame = this.#framePool.acquire(size);
        this.#frameFilled = 0;
      }
      const n = Math.min(this.#frame.length - this.#frameFilled, chunk.length - off);
      chunk.copy(this.#frame, this.#frameFilled, off, off + n);
      this.#frameFilled += n;
      off += n;
      if (this.#frameFilled === this.#frame.length) {
        this.#enqueue(this.#frame);
        this.#frame = null;
      }
    }
  }

  #enqueue(frame: Buffer): void {
    this.#queue.push(frame);
    this.#queuedBytes += frame.length;
    if ((this.#queue.length >= MAX_QUEUED_FRAMES || this.#queuedBytes >= MAX_QUEUED_BYTES) && !this.#paused) {
      this.#paused = true;
      this.#socket.pause();
    }
    if (!this.#processing) void this.#process();
  }

  async #process(): Promise<void> {
    this.#processing = true;
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        const frame = this.#queue.shift() as Buffer;
        this.#queuedBytes -= frame.length;
        if (this.#paused && this.#queue.length <= RESUME_QUEUED_FRAMES && this.#queuedBytes <= RESUME_QUEUED_BYTES) {
          this.#paused = false;
          this.#socket.resume();
        }
        const result = await this.#dispatch(frame, this);
        // A produce request's batches are in the segment now: its frame's memory is free.
        if (frame.length >= 2 && frame.readInt16BE(0) === ApiKeys.Produce) this.#framePool.release(frame);
        if (this.#closed) return;
        if (result === null) continue;
        if (result === "close" || (!isResponseBytes(result) && "final" in result)) {
          // Earlier answers still owed go out first.
          await this.#writeChain;
          if (this.#closed) return;
          if (result === "close") this.close();
          else {
            this.#socket.end(result.final, () => this.#socket.destroy());
            this.#onClose();
          }
          return;
        }
        if (isResponseBytes(result)) {
          if (this.#unwritten === 0) {
            if (!this.#write(result)) await this.#drained();
            continue;
          }
          this.#queueAnswer(Promise.resolve(result));
        } else {
          this.#queueAnswer(result.deferred);
        }
        if (this.#unwritten >= MAX_DEFERRED_RESPONSES) await this.#writeChain;
      }
    } catch (err) {
      this.#log.error({ err, connection: this.info.id }, "closing connection after an unexpected error");
      this.close();
    } finally {
      this.#processing = false;
    }
  }

  /** Writes one answer; false when the socket wants a drain before more. */
  #write(bytes: ResponseBytes): boolean {
    if (Buffer.isBuffer(bytes)) return this.#socket.write(bytes);
    // Corked, the pieces leave in one writev. Pooled read buffers among them go back to
    // the pool once the socket has written them (and only then: until the callback the
    // kernel may still be reading from them).
    const release = (err?: Error | null): void => {
      if (err === undefined || err === null) for (const c of bytes) this.readBuffers.release(c);
    };
    this.#socket.cork();
    let ok = true;
    bytes.forEach((chunk, i) => (ok = this.#socket.write(chunk, i === bytes.length - 1 ? release : undefined)));
    this.#socket.uncork();
    return ok;
  }

  #queueAnswer(answer: Promise<ResponseBytes | null | "close">): void {
    this.#unwritten++;
    this.#writeChain = this.#writeChain
      .then(async () => {
        const bytes = await answer;
        if (this.#closed) return;
        if (bytes === "close") this.close();
        else if (bytes !== null && !this.#write(bytes)) await this.#drained();
      })
      .catch((err: unknown) => {
        this.#log.error({ err, connection: this.info.id }, "closing connection after an unexpected error");
        this.close();
      })
      .finally(() => {
        this.#unwritten--;
      });
  }

  #drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.#socket.off("drain", done);
        this.#socket.off("close", done);
        resolve();
      };
      this.#socket.on("drain", done);
      this.#socket.on("close", done);
    });
  }
}
