// Confluent's SubjectNameStrategy classes (io.confluent.kafka.serializers.subject.*): which
// registry subject a topic's keys or values are registered under, so the broker checks a
// record's schema id against the same subject the producer's serializer registered it in.
//
//   TopicNameStrategy        <topic>-key / <topic>-value (the default)
//   RecordNameStrategy       <record full name>            (any topic)
//   TopicRecordNameStrategy  <topic>-<record full name>
//
// For the record-name strategies the name comes from the schema the id points to (Avro
// full name, JSON Schema title, the Protobuf message the indexes select).

const PACKAGE = "io.confluent.kafka.serializers.subject.";

export type SubjectNameStrategy = "TopicNameStrategy" | "RecordNameStrategy" | "TopicRecordNameStrategy";

export function subjectNameStrategyOf(className: string): SubjectNameStrategy {
  const simple = className.startsWith(PACKAGE) ? className.slice(PACKAGE.length) : className;
  if (simple === "TopicNameStrategy" || simple === "RecordNameStrategy" || simple === "TopicRecordNameStrategy") return simple;
  throw new Error(`unknown subject name strategy ${className}`);
}

/** Whether the subject depends on the schema's record name (so the schema must be fetched first). */
export function needsRecordName(strategy: SubjectNameStrategy): boolean {
  return strategy !== "TopicNameStrategy";
}

/** The subject, or undefined when a record-name strategy meets a schema without a name. */
export function subjectName(strategy: SubjectNameStrategy, topic: string, isKey: boolean, recordName: string | undefined): string | undefined {
  switch (strategy) {
    case "TopicNameStrategy":
      return `${topic}-${isKey ? "key" : "value"}`;
    case "RecordNameStrategy":
      return recordName;
    case "TopicRecordNameStrategy":
      return recordName === undefined ? undefined : `${topic}-${recordName}`;
  }
}
