// A response whose request is fully processed — its effects applied, in request order —
// but whose answer waits on something slow that must not hold up the connection's next
// request: the fsync behind Produce acks=-1. The connection goes on to the next frame at
// once and writes the answers strictly in request order, so requests on one connection
// still take effect one after the other (Kafka's guarantee) while their fsyncs are shared
// by one group commit instead of being paid one request at a time.

const DEFERRED = Symbol("deferred-response");

export interface DeferredResponse<R> {
  readonly [DEFERRED]: true;
  readonly response: Promise<R>;
}

export function deferResponse<R>(response: Promise<R>): DeferredResponse<R> {
  return { [DEFERRED]: true, response };
}

export function isDeferredResponse(value: unknown): value is DeferredResponse<unknown> {
  return typeof value === "object" && value !== null && DEFERRED in value;
}
