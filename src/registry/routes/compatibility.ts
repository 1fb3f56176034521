// /compatibility/subjects/{s}/versions[/{v}]: would this schema be accepted? Answers
// {is_compatible} and, with verbose=true, Confluent's messages.
import type { FastifyInstance } from "fastify";
import type { SchemaRegistry, VersionSpec } from "../schema-registry.js";
import { flag, parseRegisterRequest, parseVersion, type Query } from "./route-params.js";

export function compatibilityRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  const check = (subject: string, spec: VersionSpec | undefined, body: unknown, query: Query): Record<string, unknown> => {
    const verbose = flag(query.verbose);
    const messages = registry.testCompatibility(subject, spec, parseRegisterRequest(body), flag(query.normalize), verbose);
    return { is_compatible: messages.length === 0, ...(verbose && messages.length > 0 ? { messages } : {}) };
  };

  app.post<{ Params: { subject: string; version: string }; Querystring: Query }>(
    "/compatibility/subjects/:subject/versions/:version",
    (req) => check(req.params.subject, parseVersion(req.params.version), req.body, req.query),
  );

  app.post<{ Params: { subject: string }; Querystring: Query }>("/compatibility/subjects/:subject/versions", (req) =>
    check(req.params.subject, undefined, req.body, req.query),
  );
}
