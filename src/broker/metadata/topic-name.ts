// Kafka's topic name rules (org.apache.kafka.common.internals.Topic): ASCII letters,
// digits, '.', '_' and '-', at most 249 characters, not "." or "..". Names that differ
// only by '.' versus '_' collide in metric names, so Kafka refuses the second one.

export const MAX_TOPIC_NAME_LENGTH = 249;
const LEGAL = /^[a-zA-Z0-9._-]+$/;

/** Why `name` is not a legal topic name, or undefined when it is. */
export function invalidTopicNameReason(name: string): string | undefined {
  if (name.length === 0) return "Topic name is illegal, it can't be empty";
  if (name === "." || name === "..") return "Topic name cannot be \".\" or \"..\"";
  if (name.length > MAX_TOPIC_NAME_LENGTH) {
    return `Topic name is illegal, it can't be longer than ${MAX_TOPIC_NAME_LENGTH} characters, topic name: ${name}`;
  }
  if (!LEGAL.test(name)) {
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return undefined;
}

/** The form under which two names collide ('.' and '_' are the same in metric names). */
export function unifyCollisionChars(name: string): string {
  return name.replace(/\./g, "_");
}

/** Internal topics are hidden unless asked for and protected from careless deletion. */
export function isInternalTopic(name: string): boolean {
  return name === "__consumer_offsets" || name === "__transaction_state";
}
