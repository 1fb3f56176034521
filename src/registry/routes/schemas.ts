// /schemas: by global id, and the schema types this registry serves.
import type { FastifyInstance } from "fastify";
import { Errors } from "../errors.js";
import type { SchemaRegistry } from "../schema-registry.js";
import { flag, type Query } from "./route-params.js";
import { schemaStringView, schemaVersionView } from "./schema-view.js";

type IdParams = { id: string };

function parseId(text: string): number {
  const id = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) throw Errors.schemaNotFound();
  return id;
}

export function schemaRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  app.get("/schemas/types", () => registry.schemaTypes);

  // GET /schemas: every version of every subject (latestOnly: the newest per subject).
  app.get<{ Querystring: Query }>("/schemas", (req) => {
    const deleted = flag(req.query.deleted);
    return registry.listSubjects(deleted, req.query.subjectPrefix ?? "").flatMap((subject) => {
      const versions = registry.state.versions(subject, deleted);
      return (flag(req.query.latestOnly) ? versions.slice(-1) : versions).map(schemaVersionView);
    });
  });

  app.get<{ Params: IdParams }>("/schemas/ids/:id", (req) => schemaStringView(registry.schemaById(parseId(req.params.id))));

  app.get<{ Params: IdParams }>("/schemas/ids/:id/schema", (req, reply) =>
    reply.send(registry.schemaById(parseId(req.params.id)).schema),
  );

  app.get<{ Params: IdParams; Querystring: Query }>("/schemas/ids/:id/subjects", (req) => [
    ...new Set(registry.subjectVersionsById(parseId(req.params.id), flag(req.query.deleted)).map((sv) => sv.subject)),
  ]);

  app.get<{ Params: IdParams; Querystring: Query }>("/schemas/ids/:id/versions", (req) =>
    registry.subjectVersionsById(parseId(req.params.id), flag(req.query.deleted)),
  );
}
