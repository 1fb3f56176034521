// The schema formats the registry serves, by schemaType (Confluent's /schemas/types).
import { avroFormat } from "./avro/avro-format.js";
import { jsonSchemaFormat } from "./json-schema/json-schema-format.js";
import { protobufFormat } from "./protobuf/protobuf-format.js";
import type { SchemaFormat, SchemaType } from "./schema-format.js";

export const SCHEMA_FORMATS: ReadonlyMap<SchemaType, SchemaFormat> = new Map<SchemaType, SchemaFormat>([
  ["AVRO", avroFormat],
  ["JSON", jsonSchemaFormat],
  ["PROTOBUF", protobufFormat],
]);
