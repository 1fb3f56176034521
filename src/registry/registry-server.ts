// The HTTP face of the registry: Confluent's REST API v1 on fastify. Bodies are accepted
// as application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json or
// application/json (and, like Confluent, without a content type); answers carry the
// type the client accepts, vnd.schemaregistry.v1+json by default. Every failure leaves
// as Confluent's {error_code, message}; a known path asked with the wrong method is 405,
// as Jersey answers it. With `forwarding`, writes go to the elected leader
// (leader/leader-forwarding.ts).
import Fastify, { type FastifyInstance } from "fastify";
import { Errors, RegistryError } from "./errors.js";
import { installLeaderForwarding, type LeaderForwardingOptions } from "./leader/leader-forwarding.js";
import { compatibilityRoutes } from "./routes/compatibility.js";
import { configRoutes } from "./routes/config.js";
import { metadataRoutes, type ServerMetadata } from "./routes/metadata.js";
import { modeRoutes } from "./routes/mode.js";
import { schemaRoutes } from "./routes/schemas.js";
import { subjectRoutes } from "./routes/subjects.js";
import type { SchemaRegistry } from "./schema-registry.js";
import type { Logger } from "pino";

const V1 = "application/vnd.schemaregistry.v1+json";
const VND = "application/vnd.schemaregistry+json";
const JSON_TYPE = "application/json";

function responseType(accept: string | undefined): string {
  if (accept === undefined || accept.includes(V1)) return V1;
  if (accept.includes(VND)) return VND;
  if (accept.includes(JSON_TYPE)) return JSON_TYPE;
  return V1;
}

export interface RegistryServerOptions {
  readonly logger?: Logger;
  readonly forwarding?: LeaderForwardingOptions;
  readonly metadata?: ServerMetadata;
}

/** "/subjects/:subject/versions" -> a regex matching concrete paths of that route. */
function routePattern(url: string): RegExp {
  const parts = url.split("/").map((p) => (p.startsWith(":") ? "[^/]+" : p === "*" ? ".*" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${parts.join("/")}/?$`);
}

export function buildRegistryServer(registry: SchemaRegistry, options: RegistryServerOptions = {}): FastifyInstance {
  const { logger } = options;
  const app = Fastify({ logger: false, bodyLimit: 16 << 20 });
  const routes: RegExp[] = [];
  app.addHook("onRoute", (route) => {
    routes.push(routePattern(route.url));
  });
  if (options.forwarding !== undefined) installLeaderForwarding(app, options.forwarding);
  app.removeAllContentTypeParsers();
  const parseJson = (_req: unknown, body: string, done: (err: Error | null, value?: unknown) => void): void => {
    if (body.trim() === "") {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(body));
    } catch (err) {
      done(new RegistryError(400, 400, `Unrecognized JSON: ${(err as Error).message}`));
    }
  };
  for (const type of [V1, VND, JSON_TYPE, "application/octet-stream", "*"]) {
    app.addContentTypeParser(type, { parseAs: "string" }, parseJson);
  }

  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("content-type", responseType(req.headers.accept));
    return payload;
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof RegistryError) {
      void reply.status(err.status).type(responseType(req.headers.accept)).send(err.toBody());
      return;
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      void reply.status(status).type(responseType(req.headers.accept)).send({ error_code: status, message: (err as Error).message });
      return;
    }
    logger?.error({ err, url: req.url }, "schema registry: request failed");
    void reply.status(500).type(responseType(req.headers.accept)).send({ error_code: 500, message: (err as Error).message });
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0] ?? "";
    if (routes.some((r) => r.test(path))) {
      const err = Errors.methodNotAllowed();
      void reply.status(err.status).type(responseType(req.headers.accept)).send(err.toBody());
      return;
    }
    void reply.status(404).type(responseType(req.headers.accept)).send({ error_code: 404, message: "HTTP 404 Not Found" });
  });

  // RootResource: GET and POST of / both answer {} (clients use them as a liveness probe).
  app.get("/", () => ({}));
  app.post("/", () => ({}));
  app.get("/contexts", () => ["."]);
  subjectRoutes(app, registry);
  schemaRoutes(app, registry);
  configRoutes(app, registry);
  modeRoutes(app, registry);
  compatibilityRoutes(app, registry);
  metadataRoutes(app, options.metadata ?? { kafkaClusterId: () => undefined, groupId: "schema-registry" });
  return app;
}
