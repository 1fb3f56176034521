// Turns what the capture proxy recorded into committed test data: keeps one copy of each
// distinct request (clients repeat ApiVersions on every connection, refresh Metadata and
// long-poll Fetch with identical bytes), drops unanswered requests (a long poll cut off
// when the client exits), and writes `<client>/<NN>-<api>-v<version>.bin` plus
// `.response.bin`, described by one index.json for all clients.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { decodeResponseFrame } from "../../src/protocol/frames.js";
import { ApiKeys, apiMessageType } from "../../src/protocol/generated/api-messages.js";
import type { CapturedExchange } from "./capture-proxy.js";

/** A recorded exchange with the client step that caused it. */
export interface StepExchange extends CapturedExchange {
  step: string;
}

export interface GoldenIndexEntry {
  client: string;
  /** Paths relative to the golden directory. */
  request: string;
  response: string;
  apiKey: number;
  api: string;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  step: string;
}

export interface GoldenIndex {
  /** Client name → the software and versions that produced its frames. */
  clients: Record<string, string>;
  frames: GoldenIndexEntry[];
}

export const INDEX_FILE = "index.json";

/** The exchanges worth committing, in the order given (capture order). */
export function selectGolden(exchanges: readonly StepExchange[]): StepExchange[] {
  const seen = new Set<string>();
  let emptyFetchKept = false;
  const kept: StepExchange[] = [];
  for (const e of exchanges) {
    if (e.response === null) continue;
    const masked = Buffer.from(e.request);
    masked.writeInt32BE(0, 4); // the correlation id is all that differs between repeats
    const key = masked.toString("base64");
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.apiKey === ApiKeys.Fetch && !fetchReturnedRecords(e.apiVersion, e.response)) {
      if (emptyFetchKept) continue;
      emptyFetchKept = true;
    }
    kept.push(e);
  }
  return kept;
}

function fetchReturnedRecords(apiVersion: number, response: Buffer): boolean {
  try {
    const { body } = decodeResponseFrame(ApiKeys.Fetch, apiVersion, response);
    return body.responses.some((t) => t.partitions.some((p) => p.records !== null && p.records.length > 0));
  } catch {
    return true; // keep what we cannot judge: the test will say why it does not decode
  }
}

/** The client id as sent (null when its length is -1), read from the request header. */
export function requestClientId(request: Buffer): string | null {
  if (request.length < 10) return null;
  const length = request.readInt16BE(8);
  if (length < 0) return null;
  return request.toString("utf8", 10, 10 + length);
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

export function readIndex(dir: string): GoldenIndex {
  const path = join(dir, INDEX_FILE);
  if (!existsSync(path)) return { clients: {}, frames: [] };
  return JSON.parse(readFileSync(path, "utf8")) as GoldenIndex;
}

/**
 * Replaces `<dir>/<client>/` with the selected exchanges and the client's entries in
 * index.json (other clients' entries stay). Returns the new entries.
 */
export function writeGolden(dir: string, client: string, software: string, exchanges: readonly StepExchange[]): GoldenIndexEntry[] {
  const clientDir = join(dir, client);
  rmSync(clientDir, { recursive: true, force: true });
  mkdirSync(clientDir, { recursive: true });
  const entries = selectGolden(exchanges).map((e, i): GoldenIndexEntry => {
    const api = apiMessageType(e.apiKey)?.name ?? `Api${e.apiKey}`;
    const base = `${String(i).padStart(2, "0")}-${kebab(api)}-v${e.apiVersion}`;
    const request = `${client}/${base}.bin`;
    const response = `${client}/${base}.response.bin`;
    writeFileSync(join(dir, request), e.request);
    writeFileSync(join(dir, response), e.response ?? Buffer.alloc(0));
    return {
      client,
      request,
      response,
      apiKey: e.apiKey,
      api,
      apiVersion: e.apiVersion,
      correlationId: e.correlationId,
      clientId: requestClientId(e.request),
      step: e.step,
    };
  });
  const index = readIndex(dir);
  index.clients[client] = software;
  index.frames = [...index.frames.filter((f) => f.client !== client), ...entries];
  writeFileSync(join(dir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  return entries;
}
