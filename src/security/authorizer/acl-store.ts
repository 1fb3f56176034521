// The ACLs, persisted as one JSON document in the log dir (carebus-acls.json) and
// replaced atomically like the topic store: temp file, fsync, rename, fsync the
// directory. Kafka keeps them in the KRaft metadata log; one node needs one file.
import { replaceFileAtomically } from "../../util/replace-file-atomically.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filterMatches } from "./acl-binding-filter.js";
import { AclIndex } from "./acl-index.js";
import type { AclBinding, AclBindingFilter } from "./acl-types.js";

export const ACLS_FILE = "carebus-acls.json";

interface AclsDocument {
  version: 1;
  acls: AclBinding[];
}

export class AclStore {
  readonly #path: string;
  #acls: AclBinding[] = [];
  #index: AclIndex | undefined;

  private constructor(dir: string) {
    this.#path = join(dir, ACLS_FILE);
    if (existsSync(this.#path)) this.#acls = (JSON.parse(readFileSync(this.#path, "utf8")) as AclsDocument).acls;
  }

  static open(dir: string): AclStore {
    return new AclStore(dir);
  }

  all(): readonly AclBinding[] {
    return this.#acls;
  }

  /** The ACLs indexed by resource, for the authorizer's per-request lookups. */
  get index(): AclIndex {
    return (this.#index ??= new AclIndex(this.#acls));
  }

  /** Adds the bindings not already present (Kafka treats a duplicate create as success). */
  add(bindings: readonly AclBinding[]): void {
    let changed = false;
    for (const b of bindings) {
      if (this.#acls.some((a) => sameBinding(a, b))) continue;
      this.#acls.push({ ...b });
      changed = true;
    }
    if (changed) this.#persist();
  }

  find(filter: AclBindingFilter): AclBinding[] {
    return this.#acls.filter((b) => filterMatches(filter, b));
  }

  /** Removes and returns, per filter, the bindings it matched (one binding goes to the first filter). */
  remove(filters: readonly AclBindingFilter[]): AclBinding[][] {
    const removed = filters.map(() => [] as AclBinding[]);
    const kept: AclBinding[] = [];
    for (const b of this.#acls) {
      const i = filters.findIndex((f) => filterMatches(f, b));
      if (i < 0) kept.push(b);
      else removed[i]?.push(b);
    }
    if (kept.length !== this.#acls.length) {
      this.#acls = kept;
      this.#persist();
    }
    return removed;
  }

  #persist(): void {
    this.#index = undefined;
    const doc: AclsDocument = { version: 1, acls: this.#acls };
    replaceFileAtomically(this.#path, JSON.stringify(doc, null, 2));
  }
}

function sameBinding(a: AclBinding, b: AclBinding): boolean {
  return (
    a.resourceType === b.resourceType &&
    a.resourceName === b.resourceName &&
    a.patternType === b.patternType &&
    a.principal === b.principal &&
    a.host === b.host &&
    a.operation === b.operation &&
    a.permissionType === b.permissionType
  );
}
