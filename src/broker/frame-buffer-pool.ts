// Reusable memory for large request frames and fetch reads. A frame that spans several
// socket reads is assembled into a buffer of its own; a fresh multi-megabyte buffer
// costs page faults on every first touch (the allocator maps new pages for it and unmaps
// them when it is collected), which measured ~50x the copy itself. Produce frames are
// the large and frequent ones, and nothing keeps a view of a produce request once its
// handler has returned (the batches are written to the segment synchronously), so the
// connection hands their buffers back here for the next frame. Other requests keep their
// buffers: group and SASL state may hold views of their bytes. A second pool per
// connection holds the buffers Fetch reads records into: those go out by reference in
// the response (protocol/primitives/writer.ts splices them) and come back once the
// socket has written them.

/** Frames smaller than this are cheap to allocate and are not pooled. */
const MIN_POOLED_BYTES = 64 * 1024;
/**
 * Buffers kept per connection: the ~1 MB frames a connection holds at once (four queued
 * before reading pauses at MAX_QUEUED_BYTES in connection.ts, one being assembled, one
 * in processing).
 */
const MAX_POOLED_BUFFERS = 6;

export class FrameBufferPool {
  readonly #free: Buffer[] = [];
  readonly #maxBufferBytes: number;
  /** The backing buffer of each pooled frame handed out. */
  readonly #backing = new WeakMap<Buffer, Buffer>();

  /** @param maxBufferBytes the largest buffer kept (socket.request.max.bytes) */
  constructor(maxBufferBytes: number) {
    this.#maxBufferBytes = maxBufferBytes;
  }

  /** A buffer of exactly `size` bytes (not pooled when small, or larger than the pool keeps). */
  acquire(size: number): Buffer {
    if (size < MIN_POOLED_BYTES || size > this.#maxBufferBytes) return Buffer.allocUnsafe(size);
    const i = this.#free.findIndex((b) => b.length >= size);
    // Rounded up so that frames of a similar size reuse one buffer.
    const backing = i >= 0 ? this.#free.splice(i, 1)[0]! : Buffer.allocUnsafe(Math.min(this.#maxBufferBytes, roundUp(size)));
    const frame = backing.subarray(0, size);
    this.#backing.set(frame, backing);
    return frame;
  }

  /** Takes `frame` back; only for frames no one holds a view of any more. */
  release(frame: Buffer): void {
    const backing = this.#backing.get(frame);
    if (backing === undefined) return;
    this.#backing.delete(frame);
    if (this.#free.length >= MAX_POOLED_BUFFERS) {
      // Keep the largest ones: they serve every smaller frame too.
      const smallest = this.#free.reduce((min, b, j) => (b.length < this.#free[min]!.length ? j : min), 0);
      if (this.#free[smallest]!.length >= backing.length) return;
      this.#free.splice(smallest, 1);
    }
    this.#free.push(backing);
  }
}

function roundUp(size: number): number {
  let n = MIN_POOLED_BYTES;
  while (n < size) n *= 2;
  return n;
}
