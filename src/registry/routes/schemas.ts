// /schemas: by global id, and the schema types this registry serves.
import type { FastifyInstance } from "fastify";
import { Errors } from "../errors.js";
import type { SchemaRegistry } from "../schema-registry.js";
import { flag, type Query } from "./route-params.js";
import { schemaStringView } from "./schema-view.js";

type IdParams = { id: string };

function parseId(text: string): number {
  const id = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) throw Errors.schemaNotFound();
  return id;
}

export function schemaRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  app.get("/schemas/types", async () => registry.schemaTypes);

  app.get<{ Params: IdParams }>("/schemas/ids/:id", async (req) => schemaStringView(registry.schemaById(parseId(req.params.id))));

  app.get<{ Params: IdParams }>("/schemas/ids/:id/schema", async (req, reply) =>
    reply.send(registry.schemaById(parseId(req.params.id)).schema),
  );

  app.get<{ Params: IdParams; Querystring: Query }>("/schemas/ids/:id/subjects", async (req) => [
    ...new Set(registry.subjectVersionsById(parseId(req.params.id), flag(req.query.deleted)).map((sv) => sv.subject)),
  ]);

  app.get<{ Params: IdParams; Querystring: Query }>("/schemas/ids/:id/versions", async (req) =>
    registry.subjectVersionsById(parseId(req.params.id), flag(req.query.deleted)),
  );
}
