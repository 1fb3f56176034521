// Confluent 7.x's ServerMetadataResource: /v1/metadata/id (the Kafka cluster id and the
// registry's group id, in Confluent's scope shape) and /v1/metadata/version. Who leads is
// not part of Confluent's API; RunningSchemaRegistry.leader() answers that in process.
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

export interface ServerMetadata {
  readonly kafkaClusterId: () => string | undefined;
  readonly groupId: string;
}

function carebusVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

export function metadataRoutes(app: FastifyInstance, metadata: ServerMetadata): void {
  app.get("/v1/metadata/id", () => ({
    id: "",
    scope: {
      path: [],
      clusters: { "kafka-cluster": metadata.kafkaClusterId() ?? null, "schema-registry-cluster": metadata.groupId },
    },
  }));

  const version = carebusVersion();
  app.get("/v1/metadata/version", () => ({ version, commitId: "" }));
}
