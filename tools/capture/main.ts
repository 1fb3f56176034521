// `npm run capture:golden`: records real clients talking to Carebus through the capture
// proxy and rewrites test/data/golden/ (see its README.md).
//
// By default each client gets a fresh in-process broker (a temporary data directory, the
// golden topics created up front, advertised.listeners pointing at the proxy), so its
// Fetch sees only its own records. `--broker host:port` captures against a broker that is
// already running instead; that broker must advertise the proxy's address
// (-o advertised.listeners=PLAINTEXT://127.0.0.1:<--proxy-port>).
//
//   npm run capture:golden [-- --client kcat --client kafkajs] [--out DIR]
//   npm run capture:golden -- --broker 127.0.0.1:9092 --proxy-port 19092
//   npm run capture:golden -- --partial   (keep what a failing client sent so far)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Broker } from "../../src/broker/broker.js";
import { loadBrokerConfig } from "../../src/config/broker-config.js";
import { childLogger } from "../../src/util/logger.js";
import { CaptureProxy, type Endpoint } from "./capture-proxy.js";
import { CLIENTS, type CaptureClient } from "./clients.js";
import { GOLDEN_CODECS, GOLDEN_TOPIC } from "./golden-records.js";
import { writeGolden, type StepExchange } from "./golden-writer.js";
import { advertiseFindCoordinator } from "./lz4-find-coordinator.js";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "test/data/golden" },
    client: { type: "string", multiple: true },
    broker: { type: "string" },
    "proxy-port": { type: "string", default: "0" },
    // write what was recorded even when a step failed (e.g. while the broker lacks an API)
    partial: { type: "boolean", default: false },
  },
});

/** A proxy and, unless an external broker was named, the broker behind it. */
interface Session {
  proxy: CaptureProxy;
  close(): Promise<void>;
}

async function openSession(withFindCoordinator: boolean): Promise<Session> {
  // the step with its own broker runs while the client's session holds --proxy-port
  const proxy = await CaptureProxy.start({ port: withFindCoordinator ? 0 : Number(values["proxy-port"]) });
  if (values.broker !== undefined) {
    if (withFindCoordinator) throw new Error("an external broker cannot get the FindCoordinator stub");
    proxy.forwardTo(parseEndpoint(values.broker));
    return { proxy, close: () => proxy.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), "carebus-golden-"));
  const { config } = loadBrokerConfig({
    overrides: {
      listeners: "PLAINTEXT://127.0.0.1:0",
      "advertised.listeners": `PLAINTEXT://127.0.0.1:${proxy.port}`,
      "log.dirs": dir,
      // fixed so Metadata responses differ between captures only in topic ids
      "carebus.cluster.id": "carebus-golden",
    },
  });
  const log = childLogger("golden-broker");
  log.level = "warn";
  const broker = await Broker.start({ config, log });
  if (withFindCoordinator) advertiseFindCoordinator(broker);
  for (const topic of [GOLDEN_TOPIC, ...GOLDEN_CODECS.map((c) => `${GOLDEN_TOPIC}-${c}`)]) broker.createTopic(topic, 1, {});
  const bound = broker.boundListeners[0];
  if (bound === undefined) throw new Error("the capture broker bound no listener");
  proxy.forwardTo({ host: "127.0.0.1", port: bound.port });
  return {
    proxy,
    async close() {
      await proxy.close();
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function parseEndpoint(hostPort: string): Endpoint {
  const at = hostPort.lastIndexOf(":");
  const port = Number(hostPort.slice(at + 1));
  if (at <= 0 || !Number.isInteger(port) || port <= 0) throw new Error(`--broker wants host:port, got ${hostPort}`);
  return { host: hostPort.slice(0, at), port };
}

/** Runs every step of one client; writes its golden files only if all steps passed. */
async function capture(client: CaptureClient): Promise<boolean> {
  const session = await openSession(false);
  const exchanges: StepExchange[] = [];
  let failed = false;
  try {
    for (const step of client.steps) {
      // a step with its own broker needs runs alone against a fresh one
      const own = step.needsFindCoordinator === true && values.broker === undefined ? await openSession(true) : undefined;
      const proxy = (own ?? session).proxy;
      try {
        await step.run(`127.0.0.1:${proxy.port}`);
      } catch (err) {
        failed = true;
        console.error(`${client.name}: step "${step.name}" failed: ${(err as Error).message}`);
      } finally {
        exchanges.push(...proxy.take().map((e) => ({ ...e, step: step.name })));
        await own?.close();
      }
    }
  } finally {
    await session.close();
  }
  if (failed && !values.partial) {
    console.error(`${client.name}: not written (${exchanges.length} frames recorded before the failure)`);
    return false;
  }
  const entries = writeGolden(values.out, client.name, await client.software(), exchanges);
  console.log(`${client.name}: ${entries.length} of ${exchanges.length} frames written to ${join(values.out, client.name)}`);
  for (const e of entries) console.log(`  ${e.request}  (${e.step})`);
  return !failed;
}

const wanted = values.client ?? CLIENTS.map((c) => c.name);
const unknown = wanted.filter((name) => !CLIENTS.some((c) => c.name === name));
if (unknown.length > 0) {
  console.error(`unknown client ${unknown.join(", ")}; known: ${CLIENTS.map((c) => c.name).join(", ")}`);
  process.exit(2);
}
let ok = true;
for (const client of CLIENTS.filter((c) => wanted.includes(c.name))) ok = (await capture(client)) && ok;
process.exit(ok ? 0 : 1);
