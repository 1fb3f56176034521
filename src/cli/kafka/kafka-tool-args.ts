// Kafka's own tools take the action as a flag (`kafka-topics --create --topic t`,
// `kafka-acls --add ...`, `kafka-configs --alter ...`) and the topic of the console
// producer/consumer as `--topic t`. Carebus's verbs take the action as a subcommand and the
// topic as an argument; this rewrites the Kafka spelling into Carebus's before parsing, so
// the seeds' commands work with `kafka-topics` replaced by `carebus topics` and nothing else.

/** Per verb: Kafka's action flags and the subcommand each one means. */
const ACTION_FLAGS: Record<string, Record<string, string>> = {
  topics: { "--create": "create", "--list": "list", "--describe": "describe", "--alter": "alter", "--delete": "delete" },
  acls: { "--add": "add", "--list": "list", "--remove": "remove" },
  configs: { "--describe": "describe", "--alter": "alter" },
};

/** Verbs (or verb + subcommand) whose topic is an argument Kafka's tools spell `--topic`. */
const TOPIC_AS_ARGUMENT = new Set(["produce", "consume", "topics create", "topics describe", "topics alter", "topics delete"]);

/** `argv` as process.argv (node, script, verb, ...); returns the rewritten copy. */
export function kafkaToolArgs(argv: readonly string[]): string[] {
  const [node = "", script = "", verb, ...rest] = argv;
  if (verb === undefined) return [...argv];
  let args = [...rest];
  let command = verb;
  const actions = ACTION_FLAGS[verb];
  if (actions !== undefined && !(args[0] !== undefined && Object.values(actions).includes(args[0]))) {
    const found = args.filter((a) => Object.hasOwn(actions, a));
    if (found.length === 1) {
      const action = actions[found[0]!]!;
      args = [action, ...args.filter((a) => a !== found[0])];
    }
  }
  if (actions !== undefined && args[0] !== undefined) command = `${verb} ${args[0]}`;
  if (TOPIC_AS_ARGUMENT.has(command)) args = topicFlagToArgument(args, command === verb ? 0 : 1);
  // kafka-console-producer/consumer name their client properties file differently.
  const configFlag = verb === "produce" ? "--producer.config" : verb === "consume" ? "--consumer.config" : undefined;
  if (configFlag !== undefined) args = args.map((a) => (a === configFlag ? "--command-config" : a.startsWith(`${configFlag}=`) ? `--command-config=${a.slice(configFlag.length + 1)}` : a));
  return [node, script, verb, ...args];
}

/** Moves every `--topic X` / `--topic=X` to the positional arguments after `head` words. */
function topicFlagToArgument(args: readonly string[], head: number): string[] {
  const topics: string[] = [];
  const rest: string[] = [];
  for (let i = head; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--topic" && i + 1 < args.length) topics.push(args[++i]!);
    else if (a.startsWith("--topic=")) topics.push(a.slice("--topic=".length));
    else rest.push(a);
  }
  return [...args.slice(0, head), ...topics.flatMap((t) => t.split(",")), ...rest];
}
