import { test } from "node:test";
import assert from "node:assert/strict";
import { AuthenticationFailureThrottle } from "./authentication-failure-throttle.js";

test("repeated failures from one address wait longer, up to 32x; other addresses and old failures are unaffected", () => {
  const throttle = new AuthenticationFailureThrottle(100);
  const delays = Array.from({ length: 8 }, (_, i) => throttle.recordFailure("10.0.0.9", 1_000 + i));
  assert.deepEqual(delays, [100, 200, 400, 800, 1600, 3200, 3200, 3200]);
  assert.equal(throttle.recordFailure("10.0.0.10", 2_000), 100, "another address starts at the base delay");
  assert.equal(throttle.recordFailure("10.0.0.9", 1_000 + 7 + 60_000), 100, "a minute without failures resets the address");
  assert.equal(new AuthenticationFailureThrottle(0).recordFailure("x", 0), 0, "connection.failed.authentication.delay.ms=0 never waits");
});
