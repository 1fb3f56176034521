// `carebus schemas install-catalog|list|get`: the healthcare event catalog (src/sdk/catalog)
// and a look at a Schema Registry, over its REST API — works against the embedded registry
// and any Confluent-compatible one.
import type { Command } from "commander";
import { installCatalog } from "../../sdk/catalog/install-catalog.js";
import { RegistryHttpClient, subjectPath } from "../../sdk/registry/registry-http-client.js";
import { runAction } from "../kafka/run-action.js";

const DEFAULT_REGISTRY_URL = "http://localhost:8081";

interface RegistryOptions {
  registryUrl: string;
}

function withRegistry(cmd: Command): Command {
  return cmd.option("--registry-url <url>", "Schema Registry URL", DEFAULT_REGISTRY_URL);
}

export function registerSchemas(program: Command): void {
  const schemas = program.command("schemas").description("healthcare event catalog and Schema Registry subjects");

  withRegistry(schemas.command("install-catalog"))
    .description("register the event catalog's Avro schemas under <topic>-value with BACKWARD compatibility (idempotent)")
    .action((opts: RegistryOptions) =>
      runAction(async () => {
        const installed = await installCatalog(opts.registryUrl);
        for (const s of installed) {
          const version = s.version === undefined ? "" : ` version ${s.version}`;
          const what = s.schema === "registered" ? `registered id ${s.id}${version}` : `unchanged (id ${s.id}${version})`;
          const compat = s.compatibility === "set" ? "compatibility set to BACKWARD" : "compatibility BACKWARD";
          console.log(`${s.subject}: ${what}, ${compat}`);
        }
        const changed = installed.filter((s) => s.schema === "registered" || s.compatibility === "set").length;
        console.log(changed === 0 ? `catalog already installed (${installed.length} subjects)` : `${changed} of ${installed.length} subjects changed`);
      }),
    );

  withRegistry(schemas.command("list"))
    .description("list the registry's subjects")
    .action((opts: RegistryOptions) =>
      runAction(async () => {
        const subjects = await new RegistryHttpClient(opts.registryUrl).get<string[]>("/subjects");
        for (const s of [...subjects].sort()) console.log(s);
      }),
    );

  withRegistry(schemas.command("get").argument("<subject>"))
    .option("--version <version>", "version number or latest", "latest")
    .description("print a subject's schema version as JSON")
    .action((subject: string, opts: RegistryOptions & { version: string }) =>
      runAction(async () => {
        const version = await new RegistryHttpClient(opts.registryUrl).get<unknown>(`${subjectPath(subject)}/versions/${encodeURIComponent(opts.version)}`);
        console.log(JSON.stringify(version, null, 2));
      }),
    );
}
