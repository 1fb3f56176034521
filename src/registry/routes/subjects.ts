// /subjects: list, lookup (POST /subjects/{s}), versions, register, delete, referencedby.
import type { FastifyInstance } from "fastify";
import type { SchemaRegistry } from "../schema-registry.js";
import { flag, parseRegisterRequest, parseVersion, type Query } from "./route-params.js";
import { schemaVersionView } from "./schema-view.js";

type SubjectParams = { subject: string };
type VersionParams = { subject: string; version: string };

export function subjectRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  app.get<{ Querystring: Query }>("/subjects", (req) =>
    registry.listSubjects(flag(req.query.deleted), req.query.subjectPrefix ?? "", flag(req.query.deletedOnly)),
  );

  app.post<{ Params: SubjectParams; Querystring: Query }>("/subjects/:subject", (req) => {
    const found = registry.lookup(req.params.subject, parseRegisterRequest(req.body), flag(req.query.normalize), flag(req.query.deleted));
    return schemaVersionView(found);
  });

  app.delete<{ Params: SubjectParams; Querystring: Query }>("/subjects/:subject", (req) =>
    registry.deleteSubject(req.params.subject, flag(req.query.permanent)),
  );

  app.get<{ Params: SubjectParams; Querystring: Query }>("/subjects/:subject/versions", (req) =>
    registry.listVersions(req.params.subject, flag(req.query.deleted), flag(req.query.deletedOnly)),
  );

  app.post<{ Params: SubjectParams; Querystring: Query }>("/subjects/:subject/versions", async (req) => {
    const value = await registry.register(req.params.subject, parseRegisterRequest(req.body), flag(req.query.normalize), flag(req.query.force));
    return { id: value.id };
  });

  app.get<{ Params: VersionParams; Querystring: Query }>("/subjects/:subject/versions/:version", (req) =>
    schemaVersionView(registry.getVersion(req.params.subject, parseVersion(req.params.version), flag(req.query.deleted))),
  );

  app.get<{ Params: VersionParams; Querystring: Query }>("/subjects/:subject/versions/:version/schema", (req, reply) => {
    const v = registry.getVersion(req.params.subject, parseVersion(req.params.version), flag(req.query.deleted));
    return reply.send(v.schema);
  });

  app.get<{ Params: VersionParams }>("/subjects/:subject/versions/:version/referencedby", (req) =>
    registry.referencedBy(req.params.subject, parseVersion(req.params.version)),
  );

  app.delete<{ Params: VersionParams; Querystring: Query }>("/subjects/:subject/versions/:version", (req) =>
    registry.deleteVersion(req.params.subject, parseVersion(req.params.version), flag(req.query.permanent)),
  );
}
