// /config and /config/{subject}: compatibility level (and the rest of Confluent's
// ConfigValue, kept as sent) globally or per subject.
import type { FastifyInstance } from "fastify";
import { parseCompatibilityLevel } from "../compatibility-level.js";
import { Errors } from "../errors.js";
import type { JsonObject } from "../schema-records.js";
import type { SchemaRegistry } from "../schema-registry.js";
import { flag, type Query } from "./route-params.js";

type SubjectParams = { subject: string };

/** PUT body {compatibility, normalize, ...} -> the stored ConfigValue and the response. */
function parseConfigUpdate(body: unknown): { stored: JsonObject; response: JsonObject } {
  const b = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const { compatibility, compatibilityLevel, ...rest } = b;
  const requested = compatibility ?? compatibilityLevel;
  const level = requested === undefined ? undefined : parseCompatibilityLevel(requested);
  if (requested !== undefined && level === undefined) throw Errors.invalidCompatibilityLevel();
  if (requested === undefined && Object.keys(rest).length === 0) throw Errors.invalidCompatibilityLevel();
  return {
    stored: { ...(level === undefined ? {} : { compatibilityLevel: level }), ...rest },
    response: { ...(level === undefined ? {} : { compatibility: level }), ...rest },
  };
}

export function configRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  const globalView = (): JsonObject => ({ ...registry.state.config(null), compatibilityLevel: registry.compatibilityLevel(null) });

  app.get("/config", () => globalView());

  app.put("/config", async (req) => {
    const { stored, response } = parseConfigUpdate(req.body);
    await registry.setConfig(null, { ...registry.state.config(null), ...stored });
    return response;
  });

  app.delete("/config", async () => {
    const previous = globalView();
    await registry.deleteConfig(null);
    return previous;
  });

  app.get<{ Params: SubjectParams; Querystring: Query }>("/config/:subject", (req) => {
    const own = registry.state.config(req.params.subject);
    if (own !== undefined) return own;
    if (flag(req.query.defaultToGlobal)) return globalView();
    throw Errors.subjectCompatibilityNotConfigured(req.params.subject);
  });

  app.put<{ Params: SubjectParams }>("/config/:subject", async (req) => {
    const { stored, response } = parseConfigUpdate(req.body);
    await registry.setConfig(req.params.subject, { ...registry.state.config(req.params.subject), ...stored });
    return response;
  });

  app.delete<{ Params: SubjectParams }>("/config/:subject", async (req) => {
    const subject = req.params.subject;
    if (registry.state.versions(subject, true).length === 0) throw Errors.subjectNotFound(subject);
    const previous = registry.state.config(subject);
    if (previous === undefined) throw Errors.subjectCompatibilityNotConfigured(subject);
    await registry.deleteConfig(subject);
    return previous;
  });
}
