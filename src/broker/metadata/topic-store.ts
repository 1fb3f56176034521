// The broker's topic metadata: names, ids, partition counts and per-topic config
// overrides. Kafka keeps these in its KRaft metadata log; one node needs far less, so
// they live in one JSON document in the log dir, replaced atomically (write a temp
// file, fsync, rename, fsync the directory): a crash leaves the old or the new
// version, never a torn one. Partition data lives in the LogManager's directories.
import { replaceFileAtomically } from "../../util/replace-file-atomically.js";
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

export const TOPICS_FILE = "carebus-topics.json";

export interface TopicInfo {
  name: string;
  /** Kafka's printed UUID form (URL-safe base64, 22 characters). */
  topicId: string;
  partitions: number;
  /** Topic-level config overrides (Kafka names → string values as given). */
  configs: Record<string, string>;
  createdAtMs: number;
}

interface TopicsDocument {
  version: 1;
  topics: TopicInfo[];
}

export function randomUuid(): string {
  // A zero UUID means "no id" on the wire; 16 random bytes are never all zero in practice.
  return randomBytes(16).toString("base64url");
}

export class TopicStore {
  readonly #path: string;
  readonly #byName = new Map<string, TopicInfo>();
  readonly #byId = new Map<string, TopicInfo>();

  private constructor(dir: string) {
    this.#path = join(dir, TOPICS_FILE);
    if (existsSync(this.#path)) {
      const doc = JSON.parse(readFileSync(this.#path, "utf8")) as TopicsDocument;
      for (const t of doc.topics) this.#index(t);
    }
  }

  static open(dir: string): TopicStore {
    return new TopicStore(dir);
  }

  get size(): number {
    return this.#byName.size;
  }

  all(): TopicInfo[] {
    return [...this.#byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(name: string): TopicInfo | undefined {
    return this.#byName.get(name);
  }

  getById(topicId: string): TopicInfo | undefined {
    return this.#byId.get(topicId);
  }

  create(name: string, partitions: number, configs: Record<string, string>, nowMs: number): TopicInfo {
    if (this.#byName.has(name)) throw new Error(`topic ${name} exists`);
    const info: TopicInfo = { name, topicId: randomUuid(), partitions, configs: { ...configs }, createdAtMs: nowMs };
    this.#index(info);
    this.#persist();
    return info;
  }

  delete(name: string): TopicInfo | undefined {
    const info = this.#byName.get(name);
    if (info === undefined) return undefined;
    this.#byName.delete(name);
    this.#byId.delete(info.topicId);
    this.#persist();
    return info;
  }

  setPartitions(name: string, partitions: number): void {
    this.#require(name).partitions = partitions;
    this.#persist();
  }

  /** Replaces the topic's config overrides (AlterConfigs semantics). */
  setConfigs(name: string, configs: Record<string, string>): void {
    this.#require(name).configs = { ...configs };
    this.#persist();
  }

  #require(name: string): TopicInfo {
    const info = this.#byName.get(name);
    if (info === undefined) throw new Error(`unknown topic ${name}`);
    return info;
  }

  #index(info: TopicInfo): void {
    this.#byName.set(info.name, info);
    this.#byId.set(info.topicId, info);
  }

  #persist(): void {
    const doc: TopicsDocument = { version: 1, topics: this.all() };
    replaceFileAtomically(this.#path, JSON.stringify(doc, null, 2));
  }
}
