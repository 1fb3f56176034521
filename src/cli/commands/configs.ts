// `carebus configs describe|alter`: kafka-configs.sh for topics and brokers, over
// DescribeConfigs and IncrementalAlterConfigs.
import type { Command } from "commander";
import { ConfigResourceTypes, ConfigSources, IncrementalAlterConfigOperationTypes, type ConfigResourceTypeValue } from "@platformatic/kafka";
import { newAdmin, withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { CliUsageError, collectPairs, collectStrings } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface EntityOptions extends ConnectionOptions {
  topic?: string;
  broker?: string;
  entityType?: string;
  entityName?: string;
}

const SOURCE_NAMES: Record<number, string> = Object.fromEntries(Object.entries(ConfigSources).map(([k, v]) => [v, k]));

function entity(opts: EntityOptions): { resourceType: ConfigResourceTypeValue; resourceName: string; label: string } {
  // Kafka's own spelling (--entity-type topics --entity-name x) works too.
  const type = opts.entityType;
  const topic = opts.topic ?? (type === "topics" || type === "topic" ? opts.entityName : undefined);
  const broker = opts.broker ?? (type === "brokers" || type === "broker" ? opts.entityName ?? "" : undefined);
  if (topic !== undefined && broker === undefined) return { resourceType: ConfigResourceTypes.TOPIC, resourceName: topic, label: `topic ${topic}` };
  if (broker !== undefined && topic === undefined) return { resourceType: ConfigResourceTypes.BROKER, resourceName: broker, label: broker === "" ? "broker defaults" : `broker ${broker}` };
  throw new CliUsageError("name exactly one entity: --topic <name> or --broker <id> (or --entity-type topics|brokers --entity-name <name>)");
}

function withEntity(cmd: Command): Command {
  return withBootstrap(cmd)
    .option("--topic <name>", "a topic's configs")
    .option("--broker <id>", "a broker's configs")
    .option("--entity-type <type>", "topics or brokers (kafka-configs spelling)")
    .option("--entity-name <name>", "the topic name or broker id (kafka-configs spelling)");
}

export function registerConfigs(program: Command): void {
  const configs = program.command("configs").description("describe and alter topic and broker configs");

  withEntity(configs.command("describe").description("show configs (by default only those set explicitly)"))
    .option("--all", "include defaults, with their source")
    .option("--json", "print JSON")
    .action((opts: EntityOptions & { all?: boolean; json?: boolean }) =>
      runAction(async (track) => {
        const target = entity(opts);
        const admin = track(newAdmin(opts));
        const [result] = await admin.describeConfigs({
          resources: [{ resourceType: target.resourceType, resourceName: target.resourceName }],
        });
        const isDefault = (source: number): boolean => source === ConfigSources.DEFAULT_CONFIG || source === ConfigSources.STATIC_BROKER_CONFIG;
        const rows = (result?.configs ?? [])
          .filter((c) => opts.all === true || !isDefault(c.configSource))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((c) => ({
            name: c.name,
            value: c.isSensitive ? null : c.value,
            sensitive: c.isSensitive,
            readOnly: c.readOnly,
            source: SOURCE_NAMES[c.configSource] ?? String(c.configSource),
          }));
        if (opts.json === true) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        console.log(`${opts.all === true ? "All" : "Dynamic"} configs for ${target.label} are:`);
        for (const r of rows) {
          const value = r.sensitive ? "<sensitive>" : (r.value ?? "null");
          console.log(`  ${r.name}=${value} sensitive=${r.sensitive} source=${r.source}${r.readOnly ? " read-only" : ""}`);
        }
      }),
    );

  withEntity(configs.command("alter").description("set or delete configs"))
    .option("--add-config <k=v,...>", "configs to set; [a,b] for list values (repeatable)", collectPairs, [])
    .option("--delete-config <k,...>", "configs to revert to their defaults (repeatable)", collectStrings, [])
    .option("--validate-only", "check without applying")
    .action((opts: EntityOptions & { addConfig: [string, string][]; deleteConfig: string[]; validateOnly?: boolean }) =>
      runAction(async (track) => {
        const target = entity(opts);
        if (opts.addConfig.length === 0 && opts.deleteConfig.length === 0) {
          throw new CliUsageError("nothing to alter: give --add-config and/or --delete-config");
        }
        const admin = track(newAdmin(opts));
        await admin.incrementalAlterConfigs({
          validateOnly: opts.validateOnly === true,
          resources: [
            {
              resourceType: target.resourceType,
              resourceName: target.resourceName,
              configs: [
                ...opts.addConfig.map(([name, value]) => ({ name, value, configOperation: IncrementalAlterConfigOperationTypes.SET })),
                ...opts.deleteConfig.map((name) => ({ name, configOperation: IncrementalAlterConfigOperationTypes.DELETE })),
              ],
            },
          ],
        });
        console.log(`${opts.validateOnly === true ? "Validated" : "Completed updating"} config for ${target.label}.`);
      }),
    );
}
