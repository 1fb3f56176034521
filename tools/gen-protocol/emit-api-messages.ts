// Emits api-messages.ts: the table of generated APIs (versions, flexibility, listeners,
// codecs), the ApiKeys constants, typed request/response maps by key, and the header
// version rules (KIP-511 for ApiVersions responses, header v0 for ControlledShutdown v0).

import { moduleName } from "./emit-context.js";
import { GENERATED_HEADER, type GeneratedFile } from "./emit-message.js";
import type { MessageSpec } from "./spec.js";
import { MAX_VERSION } from "./versions.js";

interface Api {
  key: number;
  name: string;
  request: MessageSpec;
  response: MessageSpec;
}

export function emitApiMessages(all: MessageSpec[], generated: MessageSpec[]): GeneratedFile {
  const apis = pairApis(generated);
  const flexibleSince = flexibleSinceTable(all);
  const imports = apis.flatMap((a) =>
    [a.request, a.response].map(
      (s) => `import { type ${s.name}, decode${s.name}, encode${s.name} } from "./${moduleName(s.name)}.js";`,
    ),
  );
  const entries = apis.flatMap((a) => {
    const r = a.request;
    const flexMin = r.flexibleVersions.empty ? "null" : String(r.flexibleVersions.lowest);
    const deprecated = r.deprecatedVersions.empty
      ? "null"
      : `{ min: ${r.deprecatedVersions.lowest}, max: ${Math.min(r.deprecatedVersions.highest, r.validVersions.highest)} }`;
    return [
      `  ${a.key}: {`,
      `    apiKey: ${a.key}, name: ${JSON.stringify(a.name)}, minVersion: ${r.validVersions.lowest}, maxVersion: ${r.validVersions.highest},`,
      `    latestVersionUnstable: ${r.latestVersionUnstable}, flexibleMinVersion: ${flexMin}, deprecatedVersions: ${deprecated},`,
      `    listeners: [${r.listeners.map((l) => JSON.stringify(l)).join(", ")}],`,
      `    encodeRequest: encode${r.name}, decodeRequest: decode${r.name},`,
      `    encodeResponse: encode${a.response.name}, decodeResponse: decode${a.response.name},`,
      `  },`,
    ];
  });
  const content = [
    GENERATED_HEADER("the *Request.json and *Response.json specs"),
    "",
    `import type { Reader } from "../primitives/reader.js";`,
    `import type { Writer } from "../primitives/writer.js";`,
    ...imports,
    "",
    `export type ApiListener = "zkBroker" | "broker" | "controller";`,
    "",
    "/** One API: its version range, flexible and deprecated versions, listeners, and codecs. */",
    "export interface ApiMessageType<Req = unknown, Res = unknown> {",
    "  readonly apiKey: number;",
    "  readonly name: string;",
    "  readonly minVersion: number;",
    "  /** Includes an unstable latest version (see latestVersionUnstable). */",
    "  readonly maxVersion: number;",
    "  /** Kafka does not advertise the latest version unless unstable.api.versions.enable is set. */",
    "  readonly latestVersionUnstable: boolean;",
    "  readonly flexibleMinVersion: number | null;",
    "  readonly deprecatedVersions: { readonly min: number; readonly max: number } | null;",
    "  readonly listeners: readonly ApiListener[];",
    "  encodeRequest(w: Writer, v: Req, version: number): void;",
    "  decodeRequest(r: Reader, version: number): Req;",
    "  encodeResponse(w: Writer, v: Res, version: number): void;",
    "  decodeResponse(r: Reader, version: number): Res;",
    "}",
    "",
    "/** Keys of the generated (broker-facing) APIs. */",
    "export const ApiKeys = {",
    ...apis.map((a) => `  ${a.name}: ${a.key},`),
    "} as const;",
    "",
    "export type ApiKey = (typeof ApiKeys)[keyof typeof ApiKeys];",
    "",
    "export interface ApiRequestTypes {",
    ...apis.map((a) => `  ${a.key}: ${a.request.name};`),
    "}",
    "",
    "export interface ApiResponseTypes {",
    ...apis.map((a) => `  ${a.key}: ${a.response.name};`),
    "}",
    "",
    "export type ApiRequest = ApiRequestTypes[ApiKey];",
    "export type ApiResponse = ApiResponseTypes[ApiKey];",
    "",
    "export const API_MESSAGES: { readonly [K in ApiKey]: ApiMessageType<ApiRequestTypes[K], ApiResponseTypes[K]> } = {",
    ...entries,
    "};",
    "",
    "const BY_KEY: ReadonlyMap<number, ApiMessageType> = new Map(Object.values(API_MESSAGES).map((m) => [m.apiKey, m]));",
    "",
    "export function apiMessageType(apiKey: number): ApiMessageType | undefined {",
    "  return BY_KEY.get(apiKey);",
    "}",
    "",
    "export function isApiKey(apiKey: number): apiKey is ApiKey {",
    "  return BY_KEY.has(apiKey);",
    "}",
    "",
    `/** First flexible version of every Kafka API key 0-${flexibleSince.length - 1} (-1: none), generated or not. */`,
    "const FLEXIBLE_SINCE: readonly number[] = [",
    ...chunk(flexibleSince, 20).map((row) => `  ${row.join(", ")},`),
    "];",
    "",
    "/** Request header version: 2 in flexible versions, else 1; ControlledShutdown v0 uses header v0. */",
    "export function requestHeaderVersion(apiKey: number, apiVersion: number): number {",
    "  const since = FLEXIBLE_SINCE[apiKey];",
    "  if (since === undefined) throw new RangeError(`unknown API key ${apiKey}`);",
    "  // ControlledShutdown (key 7) v0 predates the client id in the request header.",
    "  if (apiKey === 7 && apiVersion === 0) return 0;",
    "  return since >= 0 && apiVersion >= since ? 2 : 1;",
    "}",
    "",
    "/** Response header version: 1 in flexible versions, else 0; ApiVersions always 0 (KIP-511). */",
    "export function responseHeaderVersion(apiKey: number, apiVersion: number): number {",
    "  const since = FLEXIBLE_SINCE[apiKey];",
    "  if (since === undefined) throw new RangeError(`unknown API key ${apiKey}`);",
    "  // A client that asked for an ApiVersions version the broker lacks must still parse the answer.",
    "  if (apiKey === ApiKeys.ApiVersions) return 0;",
    "  return since >= 0 && apiVersion >= since ? 1 : 0;",
    "}",
    "",
  ].join("\n");
  return { name: "api-messages.ts", content };
}

function pairApis(specs: MessageSpec[]): Api[] {
  const apis = new Map<number, Partial<Api>>();
  for (const s of specs) {
    if (s.apiKey === null || (s.kind !== "request" && s.kind !== "response")) continue;
    const api = apis.get(s.apiKey) ?? { key: s.apiKey };
    if (s.kind === "request") {
      api.request = s;
      api.name = s.name.replace(/Request$/, "");
    } else {
      api.response = s;
    }
    apis.set(s.apiKey, api);
  }
  return [...apis.values()]
    .map((a) => {
      if (a.request === undefined || a.response === undefined || a.name === undefined || a.key === undefined) {
        throw new Error(`API key ${a.key} lacks a request or a response spec`);
      }
      if (!a.request.validVersions.equals(a.response.validVersions)) {
        throw new Error(`${a.name}: request and response versions differ`);
      }
      return { key: a.key, name: a.name, request: a.request, response: a.response };
    })
    .sort((x, y) => x.key - y.key);
}

/** Header versions follow the flexible versions; one table serves both when they agree. */
function flexibleSinceTable(all: MessageSpec[]): number[] {
  const table: number[] = [];
  for (const s of all) {
    if (s.apiKey === null || (s.kind !== "request" && s.kind !== "response")) continue;
    const f = s.flexibleVersions;
    if (!f.empty && f.highest !== MAX_VERSION) throw new Error(`${s.file}: flexible versions must be open-ended`);
    const since = f.empty ? -1 : f.lowest;
    const prev = table[s.apiKey];
    if (prev !== undefined && prev !== since) throw new Error(`${s.file}: request and response flexible versions differ`);
    table[s.apiKey] = since;
  }
  for (let k = 0; k < table.length; k++) if (table[k] === undefined) throw new Error(`no spec for API key ${k}`);
  return table;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
