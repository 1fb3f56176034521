// Slows down password guessing (Kafka's connection.failed.authentication.delay.ms,
// KIP-306): a failed authentication is answered, and its connection closed, only after
// a delay. Kafka delays every failure by the same amount; Carebus doubles the delay for
// each further failure from the same client address within a minute, up to 32 times the
// base, so one address hammering wrong passwords gets slower while others are unaffected.
// The delay holds only that connection (requests are served one at a time per connection).
const WINDOW_MS = 60_000;
const MAX_FACTOR = 32;
const MAX_TRACKED = 10_000;

export class AuthenticationFailureThrottle {
  readonly #baseDelayMs: number;
  readonly #failures = new Map<string, { count: number; lastMs: number }>();

  constructor(baseDelayMs: number) {
    this.#baseDelayMs = baseDelayMs;
  }

  /** Records a failure from `address` and returns how long to hold the response. */
  recordFailure(address: string, nowMs: number): number {
    const previous = this.#failures.get(address);
    const count = previous !== undefined && nowMs - previous.lastMs < WINDOW_MS ? previous.count + 1 : 1;
    this.#failures.delete(address);
    this.#failures.set(address, { count, lastMs: nowMs });
    // Forget the oldest addresses rather than grow without bound under a spray of sources.
    while (this.#failures.size > MAX_TRACKED) this.#failures.delete(this.#failures.keys().next().value as string);
    return this.#baseDelayMs * Math.min(MAX_FACTOR, 2 ** (count - 1));
  }

  failureCount(address: string): number {
    return this.#failures.get(address)?.count ?? 0;
  }
}
