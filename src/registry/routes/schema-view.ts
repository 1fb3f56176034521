// The JSON shapes of stored schemas in responses (Confluent's Schema and SchemaString
// entities): empty and default properties are left out (Jackson NON_EMPTY; AVRO is the
// default schemaType), in Confluent's property order.
import type { SchemaValue } from "../schema-records.js";

export function schemaVersionView(v: SchemaValue): Record<string, unknown> {
  return { subject: v.subject, version: v.version, id: v.id, ...typeAndExtras(v), schema: v.schema };
}

export function schemaStringView(v: SchemaValue): Record<string, unknown> {
  const { schemaType, references, metadata, ruleSet } = typeAndExtras(v);
  return {
    ...(schemaType === undefined ? {} : { schemaType }),
    schema: v.schema,
    ...(references === undefined ? {} : { references }),
    ...(metadata === undefined ? {} : { metadata }),
    ...(ruleSet === undefined ? {} : { ruleSet }),
  };
}

function typeAndExtras(v: SchemaValue): { schemaType?: string; references?: unknown; metadata?: unknown; ruleSet?: unknown } {
  return {
    ...(v.schemaType === "AVRO" ? {} : { schemaType: v.schemaType }),
    ...(v.references.length === 0 ? {} : { references: v.references }),
    ...(v.metadata === undefined ? {} : { metadata: v.metadata }),
    ...(v.ruleSet === undefined ? {} : { ruleSet: v.ruleSet }),
  };
}
