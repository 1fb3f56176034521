// TEST-ONLY: a throwaway CA, a server certificate for 127.0.0.1/localhost and a client
// certificate, made with the openssl command line (asynchronously: tests run a broker
// on the same event loop) into a temporary directory. Create once per test file.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TlsFixtures {
  readonly dir: string;
  /** PEM CA certificate (the trust store for both sides). */
  readonly caPath: string;
  /** PEM file with the server's private key and certificate (ssl.keystore.type=PEM). */
  readonly serverKeystorePath: string;
  readonly serverKeyPath: string;
  readonly serverCertPath: string;
  /** The server key encrypted with `encryptedKeyPassword`, and key + cert in one PEM file. */
  readonly serverEncryptedKeystorePath: string;
  readonly encryptedKeyPassword: string;
  /** PKCS12 key store of the server with `pkcs12Password`. */
  readonly serverPkcs12Path: string;
  readonly pkcs12Password: string;
  readonly clientKeyPath: string;
  readonly clientCertPath: string;
  /** Subject of the client certificate, RFC 2253 order as Kafka prints it. */
  readonly clientSubject: string;
  read(path: string): string;
  remove(): void;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  await run("openssl", args, { cwd });
}

export async function createTlsFixtures(): Promise<TlsFixtures> {
  const dir = mkdtempSync(join(tmpdir(), "carebus-tls-"));
  const p = (name: string): string => join(dir, name);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl(["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Carebus Test CA"], dir);
  writeFileSync(p("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  writeFileSync(p("client.ext"), "extendedKeyUsage=clientAuth\n");
  await Promise.all([
    openssl(["req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"], dir),
    openssl(["req", ...ec, "-keyout", "client.key", "-out", "client.csr", "-subj", "/C=US/O=Carebus/OU=ICU/CN=alice"], dir),
  ]);
  const sign = (name: string): Promise<void> =>
    openssl(["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${name}.pem`, "-days", "2", "-extfile", `${name}.ext`], dir);
  await sign("server");
  await sign("client");
  const encryptedKeyPassword = "key-secret";
  const pkcs12Password = "store-secret";
  await Promise.all([
    openssl(["pkcs8", "-topk8", "-in", "server.key", "-out", "server-encrypted.key", "-passout", `pass:${encryptedKeyPassword}`], dir),
    openssl(["pkcs12", "-export", "-inkey", "server.key", "-in", "server.pem", "-out", "server.p12", "-passout", `pass:${pkcs12Password}`], dir),
  ]);
  const read = (path: string): string => readFileSync(path, "utf8");
  writeFileSync(p("server-keystore.pem"), read(p("server.key")) + read(p("server.pem")));
  writeFileSync(p("server-encrypted-keystore.pem"), read(p("server-encrypted.key")) + read(p("server.pem")));
  return {
    dir,
    caPath: p("ca.pem"),
    serverKeystorePath: p("server-keystore.pem"),
    serverKeyPath: p("server.key"),
    serverCertPath: p("server.pem"),
    serverEncryptedKeystorePath: p("server-encrypted-keystore.pem"),
    encryptedKeyPassword,
    serverPkcs12Path: p("server.p12"),
    pkcs12Password,
    clientKeyPath: p("client.key"),
    clientCertPath: p("client.pem"),
    clientSubject: "CN=alice,OU=ICU,O=Carebus,C=US",
    read,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
