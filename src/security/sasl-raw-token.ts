// After a SaslHandshake v0 the client sends SASL tokens as bare size-prefixed frames,
// without Kafka request headers, and reads the server's tokens the same way (Kafka's
// SaslServerAuthenticator before KIP-152). A failure cannot be reported in this framing:
// the connection is closed after the failure delay, as Kafka does.
import { setTimeout as sleep } from "node:timers/promises";
import type { SaslSession } from "./sasl-session.js";

export async function saslRawToken(session: SaslSession, token: Buffer, nowMs: number): Promise<Buffer | "close"> {
  const result = await session.authenticate(token, nowMs);
  if (result.errorCode !== 0) {
    await sleep(session.failureDelayMs(nowMs));
    return "close";
  }
  const frame = Buffer.allocUnsafe(4 + result.authBytes.length);
  frame.writeInt32BE(result.authBytes.length, 0);
  result.authBytes.copy(frame, 4);
  return frame;
}
