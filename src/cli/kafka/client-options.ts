// How every admin verb reaches a cluster: through the Kafka protocol with
// @platformatic/kafka, never through the broker's objects, so the same verbs work
// against `carebus start` and against any Kafka cluster (--bootstrap-server).
import type { Command } from "commander";
import { Admin, Consumer, Producer, type BaseOptions } from "@platformatic/kafka";
import { clientSecurityFromFile } from "../../kafka-client/client-security.js";

export const DEFAULT_BOOTSTRAP = "localhost:9092";

export interface ConnectionOptions {
  bootstrapServer: string;
  commandConfig?: string;
}

/** Adds --bootstrap-server (Kafka's tools' flag; CAREBUS_BOOTSTRAP_SERVERS also works)
 *  and --command-config (a client properties file for a secured cluster). */
export function withBootstrap(cmd: Command): Command {
  return cmd
    .option("-b, --bootstrap-server <host:port,...>", "the cluster to talk to", process.env["CAREBUS_BOOTSTRAP_SERVERS"] ?? DEFAULT_BOOTSTRAP)
    .option("--command-config <file>", "client properties: security.protocol, sasl.*, ssl.* (as Kafka's tools)");
}

export function baseOptions(opts: ConnectionOptions, clientId: string): BaseOptions {
  return {
    clientId,
    bootstrapBrokers: opts.bootstrapServer.split(",").map((s) => s.trim()).filter((s) => s.length > 0),
    // One quick attempt: a CLI user wants an answer, not a minute of silent retries.
    retries: 1,
    retryDelay: 250,
    connectTimeout: 5000,
    timeout: 30000,
    ...clientSecurityFromFile(opts.commandConfig),
  };
}

export function newAdmin(opts: ConnectionOptions): Admin {
  return new Admin(baseOptions(opts, "carebus-cli-admin"));
}

export function newProducer(opts: ConnectionOptions, extra: { acks?: number; idempotent?: boolean } = {}): Producer<Buffer, Buffer, Buffer, Buffer> {
  return new Producer({
    ...baseOptions(opts, "carebus-cli-producer"),
    ...(extra.acks === undefined ? {} : { acks: extra.acks }),
    idempotent: extra.idempotent ?? false,
  });
}

export function newConsumer(opts: ConnectionOptions, groupId: string): Consumer<Buffer, Buffer, Buffer, Buffer> {
  return new Consumer({ ...baseOptions(opts, "carebus-cli-consumer"), groupId });
}

interface ClientProtocolError {
  apiId?: string;
  apiCode?: number;
  serverErrorMessage?: string | null;
  message: string;
}

/** One readable line per underlying error: Kafka's error name and the broker's message. */
export function describeClientError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const inner = (err as Error & { errors?: unknown[] }).errors;
  if (Array.isArray(inner) && inner.length > 0) return [...new Set(inner.map((e) => describeClientError(e)))].join("; ");
  const e = err as Error & ClientProtocolError;
  if (typeof e.apiId === "string") {
    const detail = e.serverErrorMessage ?? e.message;
    return `${e.apiId}: ${detail}`;
  }
  const cause = (err as Error & { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message !== err.message) return `${err.message} (${describeClientError(cause)})`;
  return err.message;
}

/** Kafka's base64url topic id (what kafka-topics prints) from the client's UUID string. */
export function kafkaTopicId(uuid: string): string {
  const hex = uuid.replaceAll("-", "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) return uuid;
  return Buffer.from(hex, "hex").toString("base64url");
}
