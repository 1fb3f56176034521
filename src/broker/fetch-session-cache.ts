// Incremental fetch sessions (KIP-227, Fetch v7+; Kafka's FetchSession.scala). A full
// fetch (session id 0, epoch 0) lists every partition and, when the cache has a slot,
// opens a session whose id the response carries. Later requests send that id with the
// next epoch and only the partitions whose fetch parameters changed, plus those to forget;
// the broker reads every partition of the session and answers only the ones with news:
// records, a moved high watermark or log start offset, or an error. Partitions that
// returned records move to the end of the session, so each one gets its turn at the
// response size limit.
//
// Epochs: 0 opens a session, -1 closes it (a sessionless fetch), and incremental epochs
// count 1, 2, ... wrapping to 1. A request with an unknown session id answers
// FETCH_SESSION_ID_NOT_FOUND, a wrong epoch INVALID_FETCH_SESSION_EPOCH, and a request
// version that disagrees with the session about topic ids (v13+) FETCH_SESSION_TOPIC_ID_ERROR.
//
// The cache holds max.incremental.fetch.session.cache.slots sessions. When full, a new
// session may evict the least recently used one if it has been idle for evictionMs
// (Kafka's 120 s), or else the smallest session older than evictionMs that is not
// larger than the new one; followers' sessions (privileged) are evicted last.
import { randomInt } from "node:crypto";
import { ErrorCode } from "../protocol/errors.js";
import type { FetchResponsePartitionData } from "../protocol/generated/fetch-response.js";
import { ZERO_UUID } from "../protocol/primitives/reader.js";
import type { Clock } from "../storage/clock.js";

export const INVALID_SESSION_ID = 0;
export const INITIAL_EPOCH = 0;
export const FINAL_EPOCH = -1;
/** KafkaServer.MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS. */
export const DEFAULT_SESSION_EVICTION_MS = 120_000;
const INT32_MAX = 2 ** 31 - 1;

export function nextEpoch(epoch: number): number {
  if (epoch < 0) return FINAL_EPOCH;
  return epoch === INT32_MAX ? 1 : epoch + 1;
}

/** A partition named by topic id (v13+) or by name; `topic` is null for an unknown id. */
export interface FetchPartitionKey {
  readonly topicId: string;
  readonly topic: string | null;
  readonly partition: number;
}

/** One partition's fetch parameters (Kafka's FetchRequest.PartitionData). */
export interface FetchPartitionRequest extends FetchPartitionKey {
  readonly fetchOffset: bigint;
  readonly logStartOffset: bigint;
  readonly maxBytes: number;
  readonly currentLeaderEpoch: number;
  readonly lastFetchedEpoch: number;
}

export interface FetchPartitionResult {
  readonly key: FetchPartitionKey;
  readonly data: FetchResponsePartitionData;
}

export interface FetchContextResponse {
  readonly errorCode: number;
  readonly sessionId: number;
  readonly partitions: FetchPartitionResult[];
}

/** What one Fetch request reads, and how its answer is shaped by the session (Kafka's FetchContext). */
export interface FetchContext {
  /** The partitions to read: the request's, or every partition of an incremental session. */
  readonly partitions: readonly FetchPartitionRequest[];
  /** Kafka's updateAndGenerateResponseData: results in `partitions` order. */
  respond(results: FetchPartitionResult[]): FetchContextResponse;
}

function keyOf(p: FetchPartitionKey): string {
  return p.topicId !== ZERO_UUID ? `id:${p.topicId}:${p.partition}` : `name:${p.topic ?? ""}:${p.partition}`;
}

interface CachedPartition {
  request: FetchPartitionRequest;
  highWatermark: bigint;
  logStartOffset: bigint;
}

class FetchSession {
  readonly partitions = new Map<string, CachedPartition>();
  lastUsedMs: number;

  constructor(
    readonly id: number,
    readonly privileged: boolean,
    readonly usesTopicIds: boolean,
    readonly creationMs: number,
    public epoch: number,
  ) {
    this.lastUsedMs = creationMs;
  }
}

const sessionless = (partitions: readonly FetchPartitionRequest[]): FetchContext => ({
  partitions,
  respond: (results) => ({ errorCode: ErrorCode.NONE, sessionId: INVALID_SESSION_ID, partitions: results }),
});

const sessionError = (errorCode: number): FetchContext => ({
  partitions: [],
  respond: () => ({ errorCode, sessionId: INVALID_SESSION_ID, partitions: [] }),
});

export interface NewContextOptions {
  readonly version: number;
  readonly sessionId: number;
  readonly sessionEpoch: number;
  readonly isFromFollower: boolean;
  readonly fetchData: readonly FetchPartitionRequest[];
  readonly toForget: readonly FetchPartitionKey[];
}

export class FetchSessionCache {
  readonly #sessions = new Map<number, FetchSession>();
  readonly #maxSlots: number;
  readonly #evictionMs: number;
  readonly #clock: Clock;

  constructor(options: { maxSlots: number; clock: Clock; evictionMs?: number }) {
    this.#maxSlots = options.maxSlots;
    this.#clock = options.clock;
    this.#evictionMs = options.evictionMs ?? DEFAULT_SESSION_EVICTION_MS;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Kafka's FetchManager.newContext. */
  newContext(o: NewContextOptions): FetchContext {
    const isFull = o.sessionEpoch === INITIAL_EPOCH || o.sessionEpoch === FINAL_EPOCH;
    if (isFull) {
      if (o.sessionId !== INVALID_SESSION_ID) this.#sessions.delete(o.sessionId);
      return o.sessionEpoch === FINAL_EPOCH ? sessionless(o.fetchData) : this.#fullContext(o);
    }
    const session = this.#sessions.get(o.sessionId);
    if (session === undefined) return sessionError(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    if (session.epoch !== o.sessionEpoch) return sessionError(ErrorCode.INVALID_FETCH_SESSION_EPOCH);
    if (session.usesTopicIds !== o.version >= 13) return sessionError(ErrorCode.FETCH_SESSION_TOPIC_ID_ERROR);
    for (const p of o.fetchData) {
      const cached = session.partitions.get(keyOf(p));
      if (cached === undefined) session.partitions.set(keyOf(p), { request: p, highWatermark: -1n, logStartOffset: -1n });
      else cached.request = p;
    }
    for (const p of o.toForget) session.partitions.delete(keyOf(p));
    if (session.partitions.size === 0) {
      this.#sessions.delete(session.id);
      return sessionless(o.fetchData);
    }
    session.lastUsedMs = this.#clock.nowMs();
    session.epoch = nextEpoch(session.epoch);
    return this.#incrementalContext(session, o.sessionEpoch);
  }

  #fullContext(o: NewContextOptions): FetchContext {
    return {
      partitions: o.fetchData,
      respond: (results) => {
        const session = this.#maybeCreateSession(o.isFromFollower, results.length, o.version >= 13);
        if (session !== undefined) {
          results.forEach((r, i) => {
            const request = o.fetchData[i] ?? { ...r.key, fetchOffset: -1n, logStartOffset: -1n, maxBytes: 0, currentLeaderEpoch: -1, lastFetchedEpoch: -1 };
            session.partitions.set(keyOf(r.key), { request, highWatermark: r.data.highWatermark, logStartOffset: r.data.logStartOffset });
          });
        }
        return { errorCode: ErrorCode.NONE, sessionId: session?.id ?? INVALID_SESSION_ID, partitions: results };
      },
    };
  }

  #incrementalContext(session: FetchSession, requestEpoch: number): FetchContext {
    return {
      partitions: [...session.partitions.values()].map((c) => c.request),
      respond: (results) => {
        // Another request of this session came in meanwhile (e.g. a retry): this answer is stale.
        if (session.epoch !== nextEpoch(requestEpoch) || this.#sessions.get(session.id) !== session) {
          return { errorCode: ErrorCode.INVALID_FETCH_SESSION_EPOCH, sessionId: session.id, partitions: [] };
        }
        const changed: FetchPartitionResult[] = [];
        for (const r of results) {
          const key = keyOf(r.key);
          const cached = session.partitions.get(key);
          if (cached === undefined || !mustRespond(cached, r.data)) continue;
          changed.push(r);
          if (r.data.records !== null && r.data.records.length > 0) {
            session.partitions.delete(key);
            session.partitions.set(key, cached);
          }
        }
        return { errorCode: ErrorCode.NONE, sessionId: session.id, partitions: changed };
      },
    };
  }

  #maybeCreateSession(privileged: boolean, size: number, usesTopicIds: boolean): FetchSession | undefined {
    const now = this.#clock.nowMs();
    if (this.#sessions.size >= this.#maxSlots && !this.#tryEvict(privileged, size, now)) return undefined;
    let id: number;
    do id = randomInt(1, INT32_MAX);
    while (this.#sessions.has(id));
    const session = new FetchSession(id, privileged, usesTopicIds, now, nextEpoch(INITIAL_EPOCH));
    this.#sessions.set(id, session);
    return session;
  }

  #tryEvict(privileged: boolean, size: number, now: number): boolean {
    let lru: FetchSession | undefined;
    for (const s of this.#sessions.values()) {
      if (lru === undefined || s.lastUsedMs < lru.lastUsedMs || (s.lastUsedMs === lru.lastUsedMs && s.id < lru.id)) lru = s;
    }
    if (lru === undefined) return false;
    if (now - lru.lastUsedMs > this.#evictionMs) {
      this.#sessions.delete(lru.id);
      return true;
    }
    // Sessions past their protected age; a privileged requester may also evict any
    // unprivileged session (Kafka's evictableByPrivileged).
    let victim: EvictableKey | undefined;
    for (const s of this.#sessions.values()) {
      const old = now - s.creationMs > this.#evictionMs;
      if (!(old || (privileged && !s.privileged))) continue;
      const key = { privileged: s.privileged, size: s.partitions.size, id: s.id };
      if (victim === undefined || compareEvictable(key, victim) < 0) victim = key;
    }
    if (victim === undefined || compareEvictable({ privileged, size, id: 0 }, victim) < 0) return false;
    this.#sessions.delete(victim.id);
    return true;
  }
}

/** Kafka's EvictableKey: unprivileged before privileged, then smaller, then lower id. */
interface EvictableKey {
  privileged: boolean;
  size: number;
  id: number;
}

function compareEvictable(a: EvictableKey, b: EvictableKey): number {
  return Number(a.privileged) - Number(b.privileged) || a.size - b.size || a.id - b.id;
}

/** CachedPartition.maybeUpdateResponseData: whether an incremental response must carry this partition. */
function mustRespond(cached: CachedPartition, data: FetchResponsePartitionData): boolean {
  let must = data.records !== null && data.records.length > 0;
  if (cached.highWatermark !== data.highWatermark) {
    must = true;
    cached.highWatermark = data.highWatermark;
  }
  if (cached.logStartOffset !== data.logStartOffset) {
    must = true;
    cached.logStartOffset = data.logStartOffset;
  }
  if (data.errorCode !== ErrorCode.NONE) {
    cached.highWatermark = -1n;
    must = true;
  }
  return must;
}
