// The member metadata and assignment of Confluent's "sr" group protocol (subprotocol "v0";
// SchemaRegistryProtocol, SchemaRegistryIdentity and SchemaRegistryCoordinator in
// confluentinc/schema-registry), byte for byte in the same JSON, so Carebus and Confluent
// registries can share one `schema-registry` group and agree on one leader.
//
// Every member sends its identity; the Kafka group leader (not necessarily the registry
// leader) picks the leader-eligible member with the smallest URL and sends everyone the
// same assignment naming it. Sticky election (leader.election.sticky) is not implemented:
// the `leader` flag is always sent as false and ignored when received.

export const SR_PROTOCOL_TYPE = "sr";
export const SR_SUBPROTOCOL_V0 = "v0";

export const ASSIGNMENT_NO_ERROR = 0;
/** Two members advertise the same URL: followers could not tell the leader apart. */
export const ASSIGNMENT_DUPLICATE_URLS = 1;

export interface SchemaRegistryIdentity {
  readonly host: string;
  readonly port: number;
  /** `leader.eligibility`; Confluent's JSON still calls it master_eligibility. */
  readonly leaderEligibility: boolean;
  readonly scheme: string;
}

export interface SrAssignment {
  readonly error: number;
  /** The Kafka member id of the elected leader; undefined when nobody is eligible. */
  readonly leader: string | undefined;
  readonly leaderIdentity: SchemaRegistryIdentity | undefined;
}

export interface SrMember {
  readonly memberId: string;
  readonly identity: SchemaRegistryIdentity;
}

export function identityUrl(identity: SchemaRegistryIdentity): string {
  return `${identity.scheme}://${identity.host}:${identity.port}`;
}

function identityJson(identity: SchemaRegistryIdentity): Record<string, unknown> {
  // Jackson's order: creator properties first, then the rest.
  return {
    host: identity.host,
    port: identity.port,
    master_eligibility: identity.leaderEligibility,
    scheme: identity.scheme,
    version: 1,
    leader: false,
  };
}

function parseIdentity(value: unknown): SchemaRegistryIdentity {
  if (typeof value !== "object" || value === null) throw new Error("schema registry identity: not a JSON object");
  const v = value as Record<string, unknown>;
  const { host, port } = v;
  if (typeof host !== "string" || typeof port !== "number") throw new Error("schema registry identity: host and port are required");
  return {
    host,
    port,
    leaderEligibility: v["master_eligibility"] !== false,
    scheme: typeof v["scheme"] === "string" ? v["scheme"] : "http",
  };
}

export function encodeIdentity(identity: SchemaRegistryIdentity): Buffer {
  return Buffer.from(JSON.stringify(identityJson(identity)), "utf8");
}

export function decodeIdentity(bytes: Buffer): SchemaRegistryIdentity {
  return parseIdentity(JSON.parse(bytes.toString("utf8")));
}

export function encodeAssignment(assignment: SrAssignment): Buffer {
  // Jackson NON_EMPTY: a missing leader leaves out both leader fields.
  return Buffer.from(
    JSON.stringify({
      error: assignment.error,
      ...(assignment.leader === undefined ? {} : { master: assignment.leader }),
      ...(assignment.leaderIdentity === undefined ? {} : { master_identity: identityJson(assignment.leaderIdentity) }),
      version: 1,
    }),
    "utf8",
  );
}

export function decodeAssignment(bytes: Buffer): SrAssignment {
  const value = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  const error = typeof value["error"] === "number" ? value["error"] : ASSIGNMENT_NO_ERROR;
  const leader = typeof value["master"] === "string" ? value["master"] : undefined;
  const identity = value["master_identity"];
  return { error, leader, leaderIdentity: identity === undefined || identity === null ? undefined : parseIdentity(identity) };
}

/** SchemaRegistryCoordinator.onLeaderElected without stickiness: the eligible member with
 *  the smallest URL leads; duplicate URLs are an error every member sees. */
export function electLeader(members: readonly SrMember[]): SrAssignment {
  let leader: SrMember | undefined;
  const urls = new Set<string>();
  for (const member of members) {
    const url = identityUrl(member.identity);
    urls.add(url);
    if (member.identity.leaderEligibility && (leader === undefined || url < identityUrl(leader.identity))) leader = member;
  }
  return {
    error: urls.size === members.length ? ASSIGNMENT_NO_ERROR : ASSIGNMENT_DUPLICATE_URLS,
    leader: leader?.memberId,
    leaderIdentity: leader?.identity,
  };
}
