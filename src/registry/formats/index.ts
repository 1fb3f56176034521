// The schema formats the registry serves, by schemaType. JSON and PROTOBUF are plugged in
// here as their providers land (src/registry/formats/json-schema/, .../protobuf/); until
// then the registry answers 422 42201 "unsupported schema type" for them.
import { avroFormat } from "./avro/avro-format.js";
import type { SchemaFormat, SchemaType } from "./schema-format.js";

export const SCHEMA_FORMATS: ReadonlyMap<SchemaType, SchemaFormat> = new Map<SchemaType, SchemaFormat>([["AVRO", avroFormat]]);
