// `carebus topics list|create|describe|alter|delete`: kafka-topics.sh's jobs as verbs,
// over the Kafka protocol (CreateTopics, Metadata, DescribeConfigs, CreatePartitions,
// IncrementalAlterConfigs, DeleteTopics), so they work against any Kafka cluster too.
import type { Command } from "commander";
import { ConfigResourceTypes, ConfigSources, IncrementalAlterConfigOperationTypes, type Admin } from "@platformatic/kafka";
import { kafkaTopicId, newAdmin, withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { CliUsageError, collectPairs, collectStrings, parseIntOption } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface CreateOptions extends ConnectionOptions {
  partitions?: number;
  replicationFactor?: number;
  config: [string, string][];
  ifNotExists?: boolean;
}
interface AlterOptions extends ConnectionOptions {
  partitions?: number;
  config: [string, string][];
  deleteConfig: string[];
}

export function registerTopics(program: Command): void {
  const topics = program.command("topics").description("list, create, describe, alter and delete topics");

  withBootstrap(topics.command("list").description("list topic names"))
    .option("--include-internal", "also list internal topics such as __consumer_offsets")
    .action((opts: ConnectionOptions & { includeInternal?: boolean }) =>
      runAction(async (track) => {
        const admin = track(newAdmin(opts));
        const names = await admin.listTopics({ includeInternals: opts.includeInternal === true });
        for (const name of names.sort()) console.log(name);
      }),
    );

  withBootstrap(topics.command("create").description("create a topic").argument("<topic>"))
    .option("-p, --partitions <n>", "partition count (default: the broker's num.partitions)", parseIntOption("--partitions", 1))
    .option("-r, --replication-factor <n>", "replicas per partition (default: the broker's default.replication.factor)", parseIntOption("--replication-factor", 1))
    .option("--config <key=value>", "a topic config, e.g. retention.ms=86400000 (repeatable)", collectPairs, [])
    .option("--if-not-exists", "succeed quietly when the topic exists")
    .action((topic: string, opts: CreateOptions) =>
      runAction(async (track) => {
        const admin = track(newAdmin(opts));
        if (opts.ifNotExists === true && (await admin.listTopics({ includeInternals: true })).includes(topic)) {
          console.log(`Topic ${topic} already exists.`);
          return;
        }
        const [created] = await admin.createTopics({
          topics: [topic],
          ...(opts.partitions === undefined ? { partitions: -1 } : { partitions: opts.partitions }),
          ...(opts.replicationFactor === undefined ? { replicas: -1 } : { replicas: opts.replicationFactor }),
          configs: opts.config.map(([name, value]) => ({ name, value })),
        });
        console.log(`Created topic ${topic}${created ? ` (${created.partitions} partition${created.partitions === 1 ? "" : "s"}, replication factor ${created.replicas})` : ""}.`);
      }),
    );

  withBootstrap(topics.command("describe").description("partitions, leaders and non-default configs").argument("[topics...]"))
    .option("--json", "print JSON")
    .action((names: string[], opts: ConnectionOptions & { json?: boolean }) =>
      runAction(async (track) => {
        const admin = track(newAdmin(opts));
        const wanted = names.length > 0 ? names : (await admin.listTopics()).sort();
        const described = await describeTopics(admin, wanted);
        if (opts.json === true) {
          console.log(JSON.stringify(described, null, 2));
          return;
        }
        for (const t of described) {
          const configs = Object.entries(t.configs).map(([k, v]) => `${k}=${v}`).join(",");
          console.log(`Topic: ${t.name}\tTopicId: ${t.topicId}\tPartitionCount: ${t.partitions.length}\tReplicationFactor: ${t.replicationFactor}\tConfigs: ${configs}`);
          for (const p of t.partitions) {
            console.log(`\tTopic: ${t.name}\tPartition: ${p.partition}\tLeader: ${p.leader}\tReplicas: ${p.replicas.join(",")}\tIsr: ${p.isr.join(",")}`);
          }
        }
      }),
    );

  withBootstrap(topics.command("alter").description("add partitions or change topic configs").argument("<topic>"))
    .option("-p, --partitions <n>", "new total partition count (can only grow)", parseIntOption("--partitions", 1))
    .option("--config <key=value>", "set a topic config (repeatable)", collectPairs, [])
    .option("--delete-config <key>", "revert a topic config to the broker default (repeatable)", collectStrings, [])
    .action((topic: string, opts: AlterOptions) =>
      runAction(async (track) => {
        if (opts.partitions === undefined && opts.config.length === 0 && opts.deleteConfig.length === 0) {
          throw new CliUsageError("nothing to alter: give --partitions, --config or --delete-config");
        }
        const admin = track(newAdmin(opts));
        if (opts.partitions !== undefined) {
          await admin.createPartitions({ topics: [{ name: topic, count: opts.partitions, assignments: null }] });
          console.log(`Topic ${topic} now has ${opts.partitions} partitions.`);
        }
        if (opts.config.length > 0 || opts.deleteConfig.length > 0) {
          await admin.incrementalAlterConfigs({
            resources: [
              {
                resourceType: ConfigResourceTypes.TOPIC,
                resourceName: topic,
                configs: [
                  ...opts.config.map(([name, value]) => ({ name, value, configOperation: IncrementalAlterConfigOperationTypes.SET })),
                  ...opts.deleteConfig.map((name) => ({ name, configOperation: IncrementalAlterConfigOperationTypes.DELETE })),
                ],
              },
            ],
          });
          console.log(`Updated configs of topic ${topic}.`);
        }
      }),
    );

  withBootstrap(topics.command("delete").description("delete topics and their data").argument("<topics...>"))
    .option("--if-exists", "succeed quietly for topics that do not exist")
    .action((names: string[], opts: ConnectionOptions & { ifExists?: boolean }) =>
      runAction(async (track) => {
        const admin = track(newAdmin(opts));
        // Checked first so one missing name neither hides the others' outcome nor is retried.
        const existing = new Set(await admin.listTopics({ includeInternals: true }));
        const targets = names.filter((n) => existing.has(n));
        const missing = names.filter((n) => !existing.has(n));
        if (targets.length > 0) await admin.deleteTopics({ topics: targets });
        for (const n of targets) console.log(`Deleted topic ${n}.`);
        if (missing.length > 0 && opts.ifExists !== true) {
          throw new Error(`UNKNOWN_TOPIC_OR_PARTITION: topic${missing.length > 1 ? "s" : ""} ${missing.join(", ")} do${missing.length > 1 ? "" : "es"} not exist`);
        }
      }),
    );
}

export interface DescribedTopic {
  name: string;
  topicId: string;
  replicationFactor: number;
  partitions: { partition: number; leader: number; replicas: number[]; isr: number[] }[];
  /** Configs set on the topic itself (not broker defaults), as kafka-topics shows them. */
  configs: Record<string, string>;
}

async function describeTopics(admin: Admin, names: string[]): Promise<DescribedTopic[]> {
  if (names.length === 0) return [];
  const metadata = await admin.metadata({ topics: names, forceUpdate: true });
  const configs = await admin.describeConfigs({
    resources: names.map((resourceName) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName })),
  });
  return names.map((name) => {
    const topic = metadata.topics.get(name);
    if (topic === undefined) throw new Error(`UNKNOWN_TOPIC_OR_PARTITION: topic ${name} does not exist`);
    const own: Record<string, string> = {};
    for (const c of configs.find((r) => r.resourceName === name)?.configs ?? []) {
      if (c.configSource === ConfigSources.TOPIC_CONFIG && typeof c.value === "string") own[c.name] = c.isSensitive ? "<sensitive>" : c.value;
    }
    return {
      name,
      topicId: kafkaTopicId(topic.id),
      replicationFactor: topic.partitions[0]?.replicas.length ?? 0,
      partitions: topic.partitions.map((p, partition) => ({ partition, leader: p.leader, replicas: p.replicas, isr: p.isr })),
      configs: own,
    };
  });
}
