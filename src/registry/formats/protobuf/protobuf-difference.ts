// The kinds of change between two Protobuf schemas, after Confluent's
// io.confluent.kafka.schemaregistry.protobuf.diff.Difference, the set that keeps the
// wire format readable, and the message texts (`%s` slots for reader and writer).

export type ProtobufDifferenceType =
  | "PACKAGE_CHANGED" | "MESSAGE_ADDED" | "MESSAGE_REMOVED" | "MESSAGE_MOVED"
  | "ENUM_ADDED" | "ENUM_REMOVED" | "ENUM_CONST_ADDED" | "ENUM_CONST_CHANGED" | "ENUM_CONST_REMOVED"
  | "FIELD_ADDED" | "FIELD_REMOVED" | "FIELD_NAME_CHANGED" | "FIELD_KIND_CHANGED"
  | "FIELD_SCALAR_KIND_CHANGED" | "FIELD_NAMED_TYPE_CHANGED"
  | "FIELD_NUMERIC_LABEL_CHANGED" | "FIELD_STRING_OR_BYTES_LABEL_CHANGED"
  | "REQUIRED_FIELD_ADDED" | "REQUIRED_FIELD_REMOVED"
  | "ONEOF_ADDED" | "ONEOF_REMOVED" | "ONEOF_FIELD_ADDED" | "ONEOF_FIELD_REMOVED"
  | "ONEOF_FIELD_MOVED_TO_TOP_LEVEL" | "MULTIPLE_FIELDS_MOVED_TO_ONEOF" | "FIELD_MOVED_TO_EXISTING_ONEOF";

export interface ProtobufDifference {
  readonly type: ProtobufDifferenceType;
  /** `#/Message/3` (field tag), `#/Message/oneofName/7`, `#/Outer/Inner`. */
  readonly path: string;
}

export const PROTOBUF_COMPATIBLE_CHANGES: ReadonlySet<ProtobufDifferenceType> = new Set<ProtobufDifferenceType>([
  "MESSAGE_ADDED", "MESSAGE_MOVED", "ENUM_ADDED", "ENUM_REMOVED", "ENUM_CONST_ADDED",
  "ENUM_CONST_CHANGED", "ENUM_CONST_REMOVED", "FIELD_ADDED", "FIELD_REMOVED", "FIELD_NAME_CHANGED",
  "FIELD_STRING_OR_BYTES_LABEL_CHANGED", "ONEOF_ADDED", "ONEOF_REMOVED", "ONEOF_FIELD_ADDED",
  "ONEOF_FIELD_MOVED_TO_TOP_LEVEL",
]);

function describe({ type, path }: ProtobufDifference): string {
  switch (type) {
    case "PACKAGE_CHANGED": return `The package at '${path}' in the %s schema does not match the package in the %s schema`;
    case "MESSAGE_REMOVED": return `The %s schema is missing a MESSAGE type at path '${path}' in the %s schema`;
    case "FIELD_KIND_CHANGED": return `The type of a field at path '${path}' in the %s schema does not match the %s schema`;
    case "FIELD_SCALAR_KIND_CHANGED": return `The kind of a SCALAR field at path '${path}' in the %s schema does not match its kind in the %s schema`;
    case "FIELD_NAMED_TYPE_CHANGED": return `The type of a MESSAGE field at path '${path}' in the %s schema does not match its type in the %s schema`;
    case "FIELD_NUMERIC_LABEL_CHANGED": return `The label for a NUMERIC field at path '${path}' in the %s schema does not match its label in the %s schema`;
    // Two spaces after "field" are Confluent's.
    case "REQUIRED_FIELD_ADDED": return `A required field  at path '${path}' in the %s schema is missing in the %s schema`;
    case "REQUIRED_FIELD_REMOVED": return `The %s schema is missing a required field at path: '${path}' in the %s schema`;
    case "ONEOF_FIELD_REMOVED": return `The %s schema is missing a oneof field at path '${path}' in the %s schema`;
    case "ONEOF_FIELD_MOVED_TO_TOP_LEVEL": return `The oneof field at path '${path}' in the %s schema was moved out of its oneof to a top-level field in the %s schema`;
    case "MULTIPLE_FIELDS_MOVED_TO_ONEOF": return `Multiple fields in the oneof at path '${path}' in the %s schema are outside a oneof in the %s schema`;
    case "FIELD_MOVED_TO_EXISTING_ONEOF": return `A field in the oneof at path '${path}' in the %s schema is outside an existing oneof in the %s schema`;
    default: return "";
  }
}

export function formatProtobufDifference(difference: ProtobufDifference, reader: string, writer: string): string {
  const roles = [reader, writer];
  let next = 0;
  const description = describe(difference).replace(/%s/g, () => roles[next++] ?? "%s");
  return `{errorType:"${difference.type}", description:"${description}"}`;
}
