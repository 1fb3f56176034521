// The running state of one JSON Schema comparison, after Confluent's diff Context: the
// JSON path being compared, the differences found, and the pair memo and in-progress set
// shared by every sub-comparison (so recursive $refs end and repeated pairs are cheap).

import { JSON_COMPATIBLE_CHANGES, type JsonDifference, type JsonDifferenceType } from "./json-schema-difference.js";
import type { JsonSchemaNode } from "./json-schema-model.js";

type Node = JsonSchemaNode;

/** Compares a pair of (possibly absent) schemas into a context; the diff's entry point. */
export type Compare = (ctx: Context, original: Node | undefined, update: Node | undefined) => void;

export class Context {
  readonly diffs: JsonDifference[] = [];
  readonly path: string[];
  readonly memo: Map<Node, Map<Node, JsonDifference[]>>;
  readonly inProgress: Set<string>;
  readonly ids: Map<Node, number>;

  constructor(path: string[] = [], memo = new Map<Node, Map<Node, JsonDifference[]>>(), inProgress = new Set<string>(), ids = new Map<Node, number>()) {
    this.path = path;
    this.memo = memo;
    this.inProgress = inProgress;
    this.ids = ids;
  }

  sub(): Context {
    return new Context([...this.path], this.memo, this.inProgress, this.ids);
  }

  fresh(): Context {
    return new Context([], this.memo, this.inProgress, this.ids);
  }

  add(type: JsonDifferenceType, attribute?: string): void {
    const path = attribute === undefined ? this.path : [...this.path, attribute];
    this.diffs.push({ type, path: "#/" + path.join("/") });
  }

  within<T>(segment: string, body: () => T): T {
    this.path.push(segment);
    try {
      return body();
    } finally {
      this.path.pop();
    }
  }

  addRebased(relative: readonly JsonDifference[]): void {
    const prefix = "#/" + this.path.join("/");
    for (const d of relative) {
      const path = this.path.length === 0 ? d.path : d.path.length <= 2 ? prefix : prefix + "/" + d.path.slice(2);
      this.diffs.push({ type: d.type, path });
    }
  }

  pairKey(a: Node, b: Node): string {
    const id = (n: Node): number => {
      let v = this.ids.get(n);
      if (v === undefined) this.ids.set(n, (v = this.ids.size));
      return v;
    };
    return `${id(a)}:${id(b)}`;
  }
}

export function isCompatible(diffs: readonly JsonDifference[]): boolean {
  return diffs.every((d) => JSON_COMPATIBLE_CHANGES.has(d.type));
}

export function isEmptyLike(node: Node): boolean {
  return node.kind === "empty" || node.kind === "true";
}

type Bounds = readonly [added: JsonDifferenceType, removed: JsonDifferenceType, increased: JsonDifferenceType, decreased: JsonDifferenceType];

/** A numeric keyword added, removed, raised or lowered, reported at `#/.../attribute`. */
export function compareLimit(ctx: Context, attribute: string, a: number | undefined, b: number | undefined, [added, removed, increased, decreased]: Bounds): void {
  if (a === b) return;
  if (a === undefined) ctx.add(added, attribute);
  else if (b === undefined) ctx.add(removed, attribute);
  else if (a < b) ctx.add(increased, attribute);
  else ctx.add(decreased, attribute);
}
