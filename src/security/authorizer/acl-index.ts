// The ACLs that apply to one resource, found without scanning them all (Kafka's
// AclAuthorizer keeps a sorted map per resource for the same reason): literal bindings by
// exact name (and `*`), prefixed bindings by prefix, looked up only at the prefix lengths
// that exist for the resource type. Rebuilt whenever the ACLs change, which is rare next
// to the authorization of every request.
import { PatternType, WILDCARD_RESOURCE, type AclBinding } from "./acl-types.js";

export class AclIndex {
  readonly #literal = new Map<string, AclBinding[]>();
  readonly #prefixed = new Map<string, AclBinding[]>();
  /** Per resource type, the distinct lengths of its prefixed names, ascending. */
  readonly #prefixLengths = new Map<number, number[]>();
  readonly #byType = new Map<number, AclBinding[]>();

  constructor(acls: readonly AclBinding[]) {
    for (const b of acls) {
      push(this.#byType, b.resourceType, b);
      if (b.patternType === PatternType.LITERAL) push(this.#literal, key(b.resourceType, b.resourceName), b);
      else if (b.patternType === PatternType.PREFIXED) {
        push(this.#prefixed, key(b.resourceType, b.resourceName), b);
        const lengths = this.#prefixLengths.get(b.resourceType) ?? [];
        if (!lengths.includes(b.resourceName.length)) this.#prefixLengths.set(b.resourceType, [...lengths, b.resourceName.length].sort((x, y) => x - y));
      }
    }
  }

  /** Bindings whose pattern matches `name` of `resourceType`: literal, `*` and covering prefixes. */
  matching(resourceType: number, name: string): AclBinding[] {
    const out: AclBinding[] = [];
    const exact = this.#literal.get(key(resourceType, name));
    if (exact !== undefined) out.push(...exact);
    if (name !== WILDCARD_RESOURCE) {
      const wildcard = this.#literal.get(key(resourceType, WILDCARD_RESOURCE));
      if (wildcard !== undefined) out.push(...wildcard);
    }
    for (const length of this.#prefixLengths.get(resourceType) ?? []) {
      if (length > name.length) break;
      const covering = this.#prefixed.get(key(resourceType, name.slice(0, length)));
      if (covering !== undefined) out.push(...covering);
    }
    return out;
  }

  /** Every binding on resources of `resourceType`. */
  ofType(resourceType: number): readonly AclBinding[] {
    return this.#byType.get(resourceType) ?? [];
  }
}

function key(resourceType: number, name: string): string {
  return `${resourceType}\u0000${name}`;
}

function push<K>(map: Map<K, AclBinding[]>, k: K, b: AclBinding): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [b]);
  else list.push(b);
}
