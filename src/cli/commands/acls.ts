// `carebus acls add|list|remove`: ACLs over the Kafka protocol (CreateAcls, DescribeAcls,
// DeleteAcls) with kafka-acls's flags, so the seeds' commands work with `carebus acls add`
// in place of `kafka-acls --add`. As kafka-acls: --operation defaults to All, hosts to *,
// add uses LITERAL patterns unless --resource-pattern-type says otherwise, list and
// remove match ANY pattern type; --producer grants WRITE, DESCRIBE and CREATE on the
// topics (plus IDEMPOTENT_WRITE on the cluster with --idempotent, WRITE and DESCRIBE on
// --transactional-id), --consumer READ and DESCRIBE on the topics and READ on the groups.
import type { Command } from "commander";
import { Admin, type Acl, type AclFilter } from "@platformatic/kafka";
import { AclOperation, AclPermissionType, CLUSTER_NAME, PatternType, ResourceType, codeOf, nameOf } from "../../security/authorizer/acl-types.js";
import { baseOptions, withBootstrap, type ConnectionOptions } from "../kafka/client-options.js";
import { CliUsageError } from "../kafka/config-args.js";
import { runAction } from "../kafka/run-action.js";

interface AclOptions extends ConnectionOptions {
  allowPrincipal: string[];
  denyPrincipal: string[];
  principal: string[];
  allowHost: string[];
  denyHost: string[];
  operation: string[];
  topic: string[];
  group: string[];
  transactionalId: string[];
  cluster?: boolean;
  resourcePatternType?: string;
  producer?: boolean;
  consumer?: boolean;
  idempotent?: boolean;
}

interface Resource {
  resourceType: number;
  resourceName: string;
}

function newAclAdmin(opts: ConnectionOptions): Admin {
  return new Admin(baseOptions(opts, "carebus-cli-acls"));
}

function resourcesOf(opts: AclOptions): Resource[] {
  return [
    ...opts.topic.map((resourceName) => ({ resourceType: ResourceType.TOPIC, resourceName })),
    ...opts.group.map((resourceName) => ({ resourceType: ResourceType.GROUP, resourceName })),
    ...opts.transactionalId.map((resourceName) => ({ resourceType: ResourceType.TRANSACTIONAL_ID, resourceName })),
    ...(opts.cluster === true ? [{ resourceType: ResourceType.CLUSTER, resourceName: CLUSTER_NAME }] : []),
  ];
}

function patternTypeOf(opts: AclOptions, fallback: number): number {
  if (opts.resourcePatternType === undefined) return fallback;
  const code = codeOf(PatternType, opts.resourcePatternType);
  if (code === undefined || code === PatternType.UNKNOWN) throw new CliUsageError(`--resource-pattern-type ${opts.resourcePatternType}: use literal, prefixed, any or match`);
  return code;
}

function operationCode(name: string): number {
  const code = codeOf(AclOperation, name);
  if (code === undefined || code === AclOperation.UNKNOWN || code === AclOperation.ANY) throw new CliUsageError(`--operation ${name} is not an ACL operation`);
  return code;
}

/** The (resource, operation) pairs add grants: explicit operations on every resource, or the convenience sets. */
function grants(opts: AclOptions): [Resource, number][] {
  const resources = resourcesOf(opts);
  const out: [Resource, number][] = [];
  const O = AclOperation;
  if (opts.producer === true || opts.consumer === true) {
    for (const r of resources) {
      if (opts.producer === true && r.resourceType === ResourceType.TOPIC) out.push([r, O.WRITE], [r, O.DESCRIBE], [r, O.CREATE]);
      if (opts.producer === true && r.resourceType === ResourceType.TRANSACTIONAL_ID) out.push([r, O.WRITE], [r, O.DESCRIBE]);
      if (opts.consumer === true && r.resourceType === ResourceType.TOPIC) out.push([r, O.READ], [r, O.DESCRIBE]);
      if (opts.consumer === true && r.resourceType === ResourceType.GROUP) out.push([r, O.READ]);
    }
    if (opts.producer === true && opts.idempotent === true) out.push([{ resourceType: ResourceType.CLUSTER, resourceName: CLUSTER_NAME }, O.IDEMPOTENT_WRITE]);
    return out;
  }
  const ops = opts.operation.length === 0 ? [O.ALL] : opts.operation.map(operationCode);
  for (const r of resources) for (const op of ops) out.push([r, op]);
  return out;
}

function bindingsToAdd(opts: AclOptions): Acl[] {
  const patternType = patternTypeOf(opts, PatternType.LITERAL);
  if (patternType !== PatternType.LITERAL && patternType !== PatternType.PREFIXED) throw new CliUsageError("add needs --resource-pattern-type literal or prefixed");
  if (opts.allowPrincipal.length === 0 && opts.denyPrincipal.length === 0) throw new CliUsageError("add needs --allow-principal or --deny-principal");
  const pairs = grants(opts);
  if (pairs.length === 0) throw new CliUsageError("add needs a resource: --topic, --group, --cluster or --transactional-id");
  const entries = [
    ...opts.allowPrincipal.flatMap((principal) => (opts.allowHost.length === 0 ? ["*"] : opts.allowHost).map((host) => ({ principal, host, permissionType: AclPermissionType.ALLOW }))),
    ...opts.denyPrincipal.flatMap((principal) => (opts.denyHost.length === 0 ? ["*"] : opts.denyHost).map((host) => ({ principal, host, permissionType: AclPermissionType.DENY }))),
  ];
  return pairs.flatMap(([r, operation]) =>
    entries.map((e) => ({ ...r, resourcePatternType: patternType, operation, ...e }) as Acl),
  );
}

/** list/remove filters: one per resource (or any resource), per principal (or any), per operation (or any). */
function filtersOf(opts: AclOptions): AclFilter[] {
  const patternType = patternTypeOf(opts, PatternType.ANY);
  const resources: { resourceType: number; resourceName: string | null }[] = resourcesOf(opts);
  if (resources.length === 0) resources.push({ resourceType: ResourceType.ANY, resourceName: null });
  const principals: (string | null)[] = [...opts.principal, ...opts.allowPrincipal, ...opts.denyPrincipal];
  if (principals.length === 0) principals.push(null);
  const ops = opts.operation.length === 0 ? [AclOperation.ANY] : opts.operation.map(operationCode);
  const permission = opts.allowPrincipal.length > 0 && opts.denyPrincipal.length === 0 ? AclPermissionType.ALLOW : opts.denyPrincipal.length > 0 && opts.allowPrincipal.length === 0 ? AclPermissionType.DENY : AclPermissionType.ANY;
  return resources.flatMap((r) =>
    principals.flatMap((principal) => ops.map((operation) => ({ ...r, resourcePatternType: patternType, principal, host: null, operation, permissionType: permission }) as AclFilter)),
  );
}

/** kafka-acls's output: `ResourcePattern(...)` then one `(principal=..., ...)` line per entry. */
function formatAcls(acls: readonly { resourceType: number; resourceName: string; resourcePatternType?: number; patternType?: number; principal: string; host: string; operation: number; permissionType: number }[]): string {
  const groups = new Map<string, string[]>();
  for (const a of acls) {
    const key = `ResourcePattern(resourceType=${nameOf(ResourceType, a.resourceType)}, name=${a.resourceName}, patternType=${nameOf(PatternType, a.resourcePatternType ?? a.patternType ?? 0)})`;
    const lines = groups.get(key) ?? [];
    lines.push(`\t(principal=${a.principal}, host=${a.host}, operation=${nameOf(AclOperation, a.operation)}, permissionType=${nameOf(AclPermissionType, a.permissionType)})`);
    groups.set(key, lines);
  }
  return [...groups].map(([k, lines]) => `Current ACLs for resource \`${k}\`: \n ${lines.join("\n ")} \n`).join("\n");
}

function withAclOptions(cmd: Command): Command {
  const collect = (v: string, prev: string[]): string[] => [...prev, v];
  return withBootstrap(cmd)
    .option("--allow-principal <principal>", "principal to allow, User:name (repeatable)", collect, [])
    .option("--deny-principal <principal>", "principal to deny, User:name (repeatable)", collect, [])
    .option("--principal <principal>", "list/remove: only ACLs of this principal (repeatable)", collect, [])
    .option("--allow-host <host>", "host the allow applies to (repeatable; default *)", collect, [])
    .option("--deny-host <host>", "host the deny applies to (repeatable; default *)", collect, [])
    .option("--operation <op>", "Read, Write, Create, Delete, Alter, Describe, ClusterAction, DescribeConfigs, AlterConfigs, IdempotentWrite, All (repeatable)", collect, [])
    .option("--topic <topic>", "topic resource (repeatable; * for all)", collect, [])
    .option("--group <group>", "consumer group resource (repeatable)", collect, [])
    .option("--transactional-id <id>", "transactional id resource (repeatable)", collect, [])
    .option("--cluster", "the cluster resource")
    .option("--resource-pattern-type <type>", "literal | prefixed (add); any | match | literal | prefixed (list, remove)")
    .option("--producer", "producer convenience: WRITE, DESCRIBE, CREATE on the topics")
    .option("--consumer", "consumer convenience: READ, DESCRIBE on the topics, READ on the groups")
    .option("--idempotent", "with --producer: IDEMPOTENT_WRITE on the cluster");
}

/** kafka-acls spells operations CamelCase (DescribeConfigs); the wire names are DESCRIBE_CONFIGS. */
function normalise(opts: AclOptions): AclOptions {
  return { ...opts, operation: opts.operation.map((o) => o.replace(/([a-z])([A-Z])/g, "$1_$2")) };
}

export function registerAcls(program: Command): void {
  const acls = program.command("acls").description("ACLs (Kafka's authorizer model), as kafka-acls");

  withAclOptions(acls.command("add").description("add ACLs (kafka-acls --add)")).action((raw: AclOptions) =>
    runAction(async (track) => {
      const opts = normalise(raw);
      const creations = bindingsToAdd(opts);
      const admin = track(newAclAdmin(opts));
      await admin.createAcls({ creations });
      console.log(`Adding ACLs:\n${formatAcls(creations)}`);
    }),
  );

  withAclOptions(acls.command("list").description("list ACLs (kafka-acls --list)")).action((raw: AclOptions) =>
    runAction(async (track) => {
      const opts = normalise(raw);
      const admin = track(newAclAdmin(opts));
      const found = [];
      for (const filter of filtersOf(opts)) {
        for (const r of await admin.describeAcls({ filter })) {
          for (const a of r.acls) found.push({ resourceType: r.resourceType, resourceName: r.resourceName, resourcePatternType: r.resourcePatternType, ...a });
        }
      }
      console.log(found.length === 0 ? "No ACLs found." : formatAcls(found));
    }),
  );

  withAclOptions(acls.command("remove").description("remove the ACLs that match (kafka-acls --remove --force)")).action((raw: AclOptions) =>
    runAction(async (track) => {
      const opts = normalise(raw);
      if (resourcesOf(opts).length === 0 && opts.principal.length + opts.allowPrincipal.length + opts.denyPrincipal.length === 0) {
        throw new CliUsageError("remove needs a resource (--topic, --group, --cluster, --transactional-id) or a principal");
      }
      const admin = track(newAclAdmin(opts));
      const removed = await admin.deleteAcls({ filters: filtersOf(opts) });
      console.log(removed.length === 0 ? "No ACLs matched." : `Removed ACLs:\n${formatAcls(removed)}`);
    }),
  );
}
