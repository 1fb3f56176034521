// Generated from AlterReplicaLogDirsRequest.json (Apache Kafka's message spec) by `npm run gen:protocol`. DO NOT EDIT.

import type { Reader } from "../primitives/reader.js";
import type { Writer } from "../primitives/writer.js";
import { type TaggedField, checkReadVersion, checkVersion, readArray, readString, readTaggedFields, writeArray, writeString, writeTaggedFields } from "../message-codec.js";

/** AlterReplicaLogDirsRequest (API key 34): versions 0-2, flexible 2+, deprecated 0. */
export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. (v0+) */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. (v0+) */
  path: string;
  /** The topics to add to the directory. (v0+) */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. (v0+) */
  name: string;
  /** The partition indexes. (v0+) */
  partitions: number[];
  /** Tagged fields this codec does not know, kept so they round-trip. */
  _unknownTaggedFields?: TaggedField[];
}

export function makeAlterReplicaLogDirsRequest(init?: Partial<AlterReplicaLogDirsRequest>): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
    ...init,
  };
}

export function encodeAlterReplicaLogDirsRequest(w: Writer, v: AlterReplicaLogDirsRequest, version: number): void {
  checkVersion("AlterReplicaLogDirsRequest", version, 0, 2);
  const flexible = version >= 2;
  writeArray(w, flexible, v.dirs, (e) => encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsRequest(r: Reader, version: number): AlterReplicaLogDirsRequest {
  checkReadVersion(r, "AlterReplicaLogDirsRequest", version, 0, 2);
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsRequest = {
    dirs: readArray(r, flexible, () => decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterReplicaLogDirsRequestAlterReplicaLogDir(init?: Partial<AlterReplicaLogDirsRequestAlterReplicaLogDir>): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return {
    path: "",
    topics: [],
    ...init,
  };
}

export function encodeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDir, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.path);
  writeArray(w, flexible, v.topics, (e) => encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, e, version));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsRequestAlterReplicaLogDir = {
    path: readString(r, flexible),
    topics: readArray(r, flexible, () => decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, version)),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}

export function makeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(init?: Partial<AlterReplicaLogDirsRequestAlterReplicaLogDirTopic>): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return {
    name: "",
    partitions: [],
    ...init,
  };
}

export function encodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic, version: number): void {
  const flexible = version >= 2;
  writeString(w, flexible, v.name);
  writeArray(w, flexible, v.partitions, (e) => w.int32(e));
  writeTaggedFields(w, flexible, v._unknownTaggedFields);
}

export function decodeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, version: number): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  const flexible = version >= 2;
  const v: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = {
    name: readString(r, flexible),
    partitions: readArray(r, flexible, () => r.int32()),
  };
  if (flexible) {
    readTaggedFields(r, v);
  }
  return v;
}
