// /mode and /mode/{subject}: READWRITE, READONLY, READONLY_OVERRIDE, IMPORT.
import type { FastifyInstance } from "fastify";
import { Errors } from "../errors.js";
import { MODES, type SchemaRegistry } from "../schema-registry.js";
import { flag, type Query } from "./route-params.js";

type SubjectParams = { subject: string };

function parseMode(body: unknown): string {
  const mode = typeof body === "object" && body !== null ? (body as Record<string, unknown>)["mode"] : undefined;
  const upper = typeof mode === "string" ? mode.toUpperCase() : "";
  if (!(MODES as readonly string[]).includes(upper)) throw Errors.invalidMode();
  return upper;
}

export function modeRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  app.get("/mode", () => ({ mode: registry.mode(null) }));

  app.put<{ Querystring: Query }>("/mode", async (req) => {
    const mode = parseMode(req.body);
    await registry.setMode(null, mode, flag(req.query.force));
    return { mode };
  });

  app.get<{ Params: SubjectParams; Querystring: Query }>("/mode/:subject", (req) => {
    const own = registry.state.mode(req.params.subject);
    if (own !== undefined) return { mode: own };
    if (flag(req.query.defaultToGlobal)) return { mode: registry.mode(null) };
    throw Errors.subjectModeNotConfigured(req.params.subject);
  });

  app.put<{ Params: SubjectParams; Querystring: Query }>("/mode/:subject", async (req) => {
    const mode = parseMode(req.body);
    await registry.setMode(req.params.subject, mode, flag(req.query.force));
    return { mode };
  });

  app.delete<{ Params: SubjectParams }>("/mode/:subject", async (req) => {
    const previous = registry.state.mode(req.params.subject);
    if (previous === undefined) throw Errors.subjectModeNotConfigured(req.params.subject);
    await registry.deleteMode(req.params.subject);
    return { mode: previous };
  });
}
