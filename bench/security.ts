// What security costs (issue 5's benchmark):
// 1. produce and consume throughput of kcat (librdkafka, 1 KiB records, acks=1) over
//    SASL_SSL with SCRAM-SHA-512 and TLS (certificates made with openssl as the e2e
//    tests make them) as a share of the same over PLAINTEXT, one broker, both listeners;
// 2. the ACL authorizer's authorize() per call with 1,000 ACLs (500 LITERAL topic ACLs,
//    500 PREFIXED ones, 10 principals) against none, for an allowed and a denied request;
// 3. kcat produce throughput with authorizer.class.name set and those 1,000 ACLs (plus
//    the ALLOW the producer needs) against a broker without an authorizer.
// Throughput cases run RUNS times, alternating, and the best run counts (shared VM).
// The broker runs in this process; kcat runs in its own. Not a test: it prints figures.
// Run: `npm run bench:security`. Needs kcat and openssl.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { pino } from "pino";
import { Broker } from "../src/broker/broker.js";
import { loadBrokerConfig } from "../src/config/broker-config.js";
import { userPrincipal } from "../src/security/kafka-principal.js";
import { AclAuthorizer } from "../src/security/authorizer/acl-authorizer.js";
import { AclStore } from "../src/security/authorizer/acl-store.js";
import { AclOperation, AclPermissionType, PatternType, ResourceType, type AclBinding } from "../src/security/authorizer/acl-types.js";
import { RawClient } from "../test/support/raw-client.js";
import { addScramUser } from "../test/support/sasl-raw.js";
import { createTlsFixtures } from "../test/support/tls-fixtures.js";

const run = promisify(execFile);
const RECORD = 1024;
const COUNT = 100_000;
/** Each throughput case runs this many times, alternating with its counterpart; the best run counts (the VM is shared). */
const RUNS = 3;
const work = mkdtempSync(join(tmpdir(), "carebus-bench-security-"));
const records = join(work, "records.txt");
writeFileSync(records, `${"r".repeat(RECORD - 1)}\n`.repeat(COUNT));

interface Rate {
  mbs: number;
  rps: number;
}

const rate = (count: number, ms: number): Rate => ({ mbs: (count * RECORD) / (ms / 1000) / 1e6, rps: count / (ms / 1000) });

async function kcatProduce(bootstrap: string, topic: string, extra: readonly string[]): Promise<Rate> {
  const start = performance.now();
  await run("kcat", ["-b", bootstrap, ...extra, "-P", "-t", topic, "-p", "0", "-X", "acks=1", "-X", "linger.ms=5", "-l", records], { maxBuffer: 1 << 26 });
  return rate(COUNT, performance.now() - start);
}

async function kcatConsume(bootstrap: string, topic: string, extra: readonly string[]): Promise<Rate> {
  const start = performance.now();
  const { stdout } = await run("kcat", ["-b", bootstrap, ...extra, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%o\\n"], { maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const got = stdout.split("\n").filter((l) => l !== "").length;
  if (got !== COUNT) throw new Error(`kcat consumed ${got} of ${RUNS * COUNT} records`);
  return rate(COUNT, ms);
}

async function startBroker(name: string, overrides: Record<string, string>): Promise<{ broker: Broker; port: (listener: string) => number }> {
  const logDir = join(work, name);
  const { config } = loadBrokerConfig({ overrides: { "log.dirs": logDir, ...overrides } });
  const broker = await Broker.start({ config, log: pino({ level: "warn" }) });
  const port = (listener: string): number => broker.boundListeners.find((b) => b.listener.name === listener)?.port ?? 0;
  return { broker, port };
}

/** 1,000 ACLs: 500 LITERAL on ward topics and 500 PREFIXED on department prefixes, 10 principals. */
function thousandAcls(): AclBinding[] {
  const acls: AclBinding[] = [];
  for (let i = 0; i < 1000; i++) {
    const literal = i % 2 === 0;
    acls.push({
      resourceType: ResourceType.TOPIC,
      resourceName: literal ? `clinical.ward-${i}.vitals` : `dept-${i}.`,
      patternType: literal ? PatternType.LITERAL : PatternType.PREFIXED,
      principal: `User:app-${i % 10}`,
      host: "*",
      operation: i % 3 === 0 ? AclOperation.WRITE : AclOperation.READ,
      permissionType: AclPermissionType.ALLOW,
    });
  }
  return acls;
}

function authorizeMicro(acls: readonly AclBinding[]): { allowedUs: number; deniedUs: number } {
  const dir = join(work, `acl-${acls.length}`);
  const store = AclStore.open(mkdtempSync(dir));
  store.add(acls);
  const authorizer = new AclAuthorizer(store, { superUsers: [], allowEveryoneIfNoAclFound: acls.length === 0 });
  const request = (user: string, topic: string) => ({ principal: userPrincipal(user), host: "127.0.0.1", operation: AclOperation.READ, resourceType: ResourceType.TOPIC, resourceName: topic });
  const allowed = request("app-1", "dept-1.admissions"); // PREFIXED ALLOW (i=1: READ, app-1)
  const denied = request("app-2", "clinical.ward-4.other");
  const time = (req: ReturnType<typeof request>, expect: boolean): number => {
    const n = acls.length === 0 ? 200_000 : 5_000;
    for (let i = 0; i < n / 10; i++) authorizer.authorize(req); // warm-up
    const start = performance.now();
    for (let i = 0; i < n; i++) if (authorizer.authorize(req).allowed !== expect && acls.length > 0) throw new Error("unexpected decision");
    return ((performance.now() - start) * 1000) / n;
  };
  return { allowedUs: time(allowed, true), deniedUs: time(denied, false) };
}

const f = (n: number, d = 1): string => n.toFixed(d).padStart(8);

try {
  console.log(`Node ${process.version}; kcat acks=1, ${COUNT.toLocaleString("en")} records of ${RECORD} B per run, best of ${RUNS} runs\n`);

  // 1. SASL_SSL + SCRAM-SHA-512 against PLAINTEXT on one broker
  const certs = await createTlsFixtures();
  const tls = await startBroker("tls", {
    listeners: "PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:0",
    "sasl.enabled.mechanisms": "SCRAM-SHA-512",
    "ssl.keystore.type": "PEM",
    "ssl.keystore.location": certs.serverKeystorePath,
  });
  const admin = await RawClient.connect(tls.port("PLAINTEXT"));
  await addScramUser(admin, "bench", "bench-secret", ["SCRAM-SHA-512"]);
  await admin.close();
  tls.broker.createTopic("bench.plaintext", 1, {});
  tls.broker.createTopic("bench.sasl-ssl", 1, {});
  const saslSsl = ["-X", "security.protocol=SASL_SSL", "-X", "sasl.mechanisms=SCRAM-SHA-512", "-X", "sasl.username=bench", "-X", "sasl.password=bench-secret", "-X", `ssl.ca.location=${certs.caPath}`];
  const plain = `127.0.0.1:${tls.port("PLAINTEXT")}`;
  const secure = `127.0.0.1:${tls.port("SASL_SSL")}`;
  const rows: [string, Rate, Rate][] = [];
  for (const what of ["produce", "consume"] as const) {
    let p: Rate = { mbs: 0, rps: 0 };
    let s: Rate = { mbs: 0, rps: 0 };
    for (let i = 0; i < RUNS; i++) {
      // consume reads the topic the matching produce run filled (RUNS x COUNT records), first COUNT only
      const pr = what === "produce" ? await kcatProduce(plain, "bench.plaintext", []) : await kcatConsume(plain, "bench.plaintext", ["-c", String(COUNT)]);
      const sr = what === "produce" ? await kcatProduce(secure, "bench.sasl-ssl", saslSsl) : await kcatConsume(secure, "bench.sasl-ssl", [...saslSsl, "-c", String(COUNT)]);
      if (pr.mbs > p.mbs) p = pr;
      if (sr.mbs > s.mbs) s = sr;
    }
    rows.push([what, p, s]);
  }
  await tls.broker.stop();
  certs.remove();
  console.log("kcat       PLAINTEXT MB/s  SASL_SSL(SCRAM-SHA-512) MB/s  ratio");
  for (const [what, p, s] of rows) console.log(`${what.padEnd(10)}${f(p.mbs)}        ${f(s.mbs)}                   ${(s.mbs / p.mbs).toFixed(2)}`);

  // 2. authorize() with 1,000 ACLs against none
  const none = authorizeMicro([]);
  const many = authorizeMicro(thousandAcls());
  console.log("\nauthorize() per call (µs)   no ACLs   1,000 ACLs");
  console.log(`allowed (PREFIXED match)   ${f(none.allowedUs, 2)}  ${f(many.allowedUs, 2)}`);
  console.log(`denied (no matching ACL)   ${f(none.deniedUs, 2)}  ${f(many.deniedUs, 2)}`);

  // 3. produce with the authorizer on and 1,000 ACLs
  const open = await startBroker("no-authorizer", { listeners: "PLAINTEXT://127.0.0.1:0" });
  open.broker.createTopic("bench.acl", 1, {});
  const guarded = await startBroker("authorizer", { listeners: "PLAINTEXT://127.0.0.1:0", "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer" });
  guarded.broker.createTopic("bench.acl", 1, {});
  const allowProducer = (resourceType: number, name: string, operation: number): AclBinding => ({
    resourceType, resourceName: name, patternType: PatternType.LITERAL, principal: "User:ANONYMOUS", host: "*", operation, permissionType: AclPermissionType.ALLOW,
  });
  guarded.broker.authorization.authorizer?.store.add([
    ...thousandAcls(),
    allowProducer(ResourceType.TOPIC, "bench.acl", AclOperation.WRITE),
    allowProducer(ResourceType.TOPIC, "bench.acl", AclOperation.DESCRIBE),
    allowProducer(ResourceType.CLUSTER, "kafka-cluster", AclOperation.IDEMPOTENT_WRITE),
  ]);
  let noAcl: Rate = { mbs: 0, rps: 0 };
  let withAcl: Rate = { mbs: 0, rps: 0 };
  for (let i = 0; i < RUNS; i++) {
    const o = await kcatProduce(`127.0.0.1:${open.port("PLAINTEXT")}`, "bench.acl", []);
    const g = await kcatProduce(`127.0.0.1:${guarded.port("PLAINTEXT")}`, "bench.acl", []);
    if (o.mbs > noAcl.mbs) noAcl = o;
    if (g.mbs > withAcl.mbs) withAcl = g;
  }
  await open.broker.stop();
  const written = guarded.broker.getLog("bench.acl", 0)?.logEndOffset ?? 0n;
  await guarded.broker.stop();
  if (written !== BigInt(RUNS * COUNT)) throw new Error(`the producer under ACLs wrote ${written} of ${RUNS * COUNT} records`);
  console.log("\nkcat produce (PLAINTEXT)    MB/s   records/s");
  console.log(`no authorizer           ${f(noAcl.mbs)} ${f(noAcl.rps, 0)}`);
  console.log(`1,000 ACLs              ${f(withAcl.mbs)} ${f(withAcl.rps, 0)}   (${((withAcl.mbs / noAcl.mbs) * 100).toFixed(0)}% of no authorizer)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
