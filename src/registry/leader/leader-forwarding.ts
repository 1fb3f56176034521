// Writes go to the elected leader only (Confluent's KafkaSchemaRegistry.*OrForward): a
// follower sends the request on over HTTP with the same method, path, query, headers and
// body, and answers with the leader's answer, errors included. Without a known leader a
// write is 50004 "Leader not known."; a leader that cannot be reached is 50003. A
// forwarded write is answered only once this instance's store has read past it, so a
// client that wrote through a follower reads its write back from that follower. Reads
// are always served locally.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { Errors } from "../errors.js";

export type LeaderState =
  /** `ready` resolves once this instance has read `_schemas` to the end since election. */
  | { readonly kind: "leader"; readonly ready: Promise<void> }
  | { readonly kind: "follower"; readonly url: string }
  | { readonly kind: "unknown" };

export interface LeaderForwardingOptions {
  readonly leader: () => LeaderState;
  /** Resolves once the local store has read everything acknowledged before the call. */
  readonly sync: () => Promise<void>;
  /** Resolves when an election result is known (or gives up); a write that arrives
   *  before the first election waits on it instead of failing with 50004 at start-up. */
  readonly electionSettled?: () => Promise<void>;
  readonly timeoutMs?: number;
  readonly logger?: Logger;
}

/** Marks a forwarded request, so two instances that disagree on the leader during a
 *  rebalance do not bounce a write between them. */
export const FORWARDED_HEADER = "x-carebus-forwarded";

// Hop-by-hop and framing headers are the HTTP client's to set.
const NOT_FORWARDED = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "expect", "upgrade", "te", "trailer"]);

/** The operation a route performs, as Confluent words it in forwarding errors; undefined
 *  for reads. Every PUT and DELETE of the API is a write; of the POSTs only register. */
export function writeOperation(method: string, routeUrl: string | undefined): string | undefined {
  if (routeUrl === undefined) return undefined;
  if (method === "POST") return routeUrl === "/subjects/:subject/versions" ? "register schema" : undefined;
  if (method !== "PUT" && method !== "DELETE") return undefined;
  const verb = method === "PUT" ? "update" : "delete";
  if (routeUrl.startsWith("/config")) return `${verb} config`;
  if (routeUrl.startsWith("/mode")) return `${verb} mode`;
  if (routeUrl === "/subjects/:subject/versions/:version") return "delete schema version";
  if (routeUrl === "/subjects/:subject") return "delete subject";
  return undefined;
}

export function forwardedHeaders(headers: FastifyRequest["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_FORWARDED.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  out[FORWARDED_HEADER] = "true";
  return out;
}

export function installLeaderForwarding(app: FastifyInstance, options: LeaderForwardingOptions): void {
  const timeoutMs = options.timeoutMs ?? 30_000;

  const forward = async (req: FastifyRequest, reply: FastifyReply, leaderUrl: string, operation: string): Promise<FastifyReply> => {
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(req.url, leaderUrl), {
        method: req.method,
        headers: forwardedHeaders(req.headers),
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (err) {
      options.logger?.warn({ err, leaderUrl, url: req.url }, "schema registry: forwarding to the leader failed");
      throw Errors.requestForwardingFailed(`Error while forwarding ${operation} request to the leader`, err);
    }
    if (response.ok) {
      // The write is done; failing to see it locally in time must not report it as failed.
      await options.sync().catch((err: unknown) => options.logger?.warn({ err }, "schema registry: a forwarded write was not read back in time"));
    }
    // An async hook that answers must hand the reply back to fastify.
    return reply.code(response.status).send(text);
  };

  app.addHook("preHandler", async (req, reply) => {
    const operation = writeOperation(req.method, req.routeOptions.url);
    if (operation === undefined) return;
    let leader = options.leader();
    if (leader.kind === "unknown" && options.electionSettled !== undefined) {
      await options.electionSettled();
      leader = options.leader();
    }
    switch (leader.kind) {
      case "leader":
        await leader.ready;
        return;
      case "follower":
        if (req.headers[FORWARDED_HEADER] !== undefined) throw Errors.unknownLeader();
        return forward(req, reply, leader.url, operation);
      case "unknown":
        throw Errors.unknownLeader();
    }
  });
}
