// AlterUserScramCredentials (key 51), version 0 (KIP-554). Upsertions carry salt and
// SaltedPassword (the client ran Hi); the broker keeps salt, StoredKey, ServerKey and
// iterations. Checks per user, as Kafka's controller: empty name or iterations outside
// 4096..16384 → UNACCEPTABLE_CREDENTIAL, unknown mechanism → UNSUPPORTED_SASL_MECHANISM,
// the same user and mechanism twice in one request → DUPLICATE_RESOURCE, deleting a credential that
// does not exist → RESOURCE_NOT_FOUND. Users whose every change is valid are applied
// together and persisted once. Needs ALTER on the cluster.
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode, KafkaError } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeAlterUserScramCredentialsResponse,
  makeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult,
} from "../../protocol/generated/alter-user-scram-credentials-response.js";
import { credentialFromSaltedPassword, scramMechanism, type ScramCredential, type ScramMechanismName } from "../../security/scram-credential.js";
import { auditChange } from "../audit-request.js";
import { defineHandler } from "./define-handler.js";

type Failure = { errorCode: number; errorMessage: string };

export const alterUserScramCredentialsHandler = defineHandler(ApiKeys.AlterUserScramCredentials, {
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    // ALTER on the cluster, else CLUSTER_AUTHORIZATION_FAILED for every user (errorResponse).
    if (!authorize(ctx, AclOperation.ALTER, "CLUSTER", CLUSTER_NAME)) throw new KafkaError(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const store = ctx.broker.scramCredentials;
    const order: string[] = [];
    // One user may change several mechanisms at once, but each (user, mechanism) only once.
    const counts = new Map<string, number>();
    for (const c of [...request.deletions, ...request.upsertions]) {
      if (!order.includes(c.name)) order.push(c.name);
      const pair = `${c.mechanism}:${c.name}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    const failures = new Map<string, Failure>();
    const fail = (user: string, errorCode: number, errorMessage: string): void => {
      if (!failures.has(user)) failures.set(user, { errorCode, errorMessage });
    };
    for (const [pair, n] of counts) {
      if (n > 1) fail(pair.slice(pair.indexOf(":") + 1), ErrorCode.DUPLICATE_RESOURCE, "A user credential cannot be altered twice in the same request");
    }
    const remove: { user: string; mechanism: ScramMechanismName }[] = [];
    for (const d of request.deletions) {
      const m = scramMechanism(d.mechanism);
      if (d.name === "") fail(d.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Username must not be empty");
      else if (m === undefined) fail(d.name, ErrorCode.UNSUPPORTED_SASL_MECHANISM, "Unknown SCRAM mechanism");
      else if (store.get(d.name, m.name) === undefined) fail(d.name, ErrorCode.RESOURCE_NOT_FOUND, "Attempt to delete a user credential that does not exist");
      else remove.push({ user: d.name, mechanism: m.name });
    }
    const upsert: { user: string; mechanism: ScramMechanismName; credential: ScramCredential }[] = [];
    for (const u of request.upsertions) {
      const m = scramMechanism(u.mechanism);
      if (u.name === "") fail(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Username must not be empty");
      else if (m === undefined) fail(u.name, ErrorCode.UNSUPPORTED_SASL_MECHANISM, "Unknown SCRAM mechanism");
      else if (u.iterations < m.minIterations) fail(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too few iterations");
      else if (u.iterations > m.maxIterations) fail(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Too many iterations");
      else if (u.salt.length === 0) fail(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, "Salt must not be empty");
      else if (u.saltedPassword.length !== m.keyLength) fail(u.name, ErrorCode.UNACCEPTABLE_CREDENTIAL, `Salted password must be ${m.keyLength} bytes for ${m.name}`);
      else upsert.push({ user: u.name, mechanism: m.name, credential: credentialFromSaltedPassword(m, Buffer.from(u.salt), Buffer.from(u.saltedPassword), u.iterations) });
    }
    store.apply({ remove: remove.filter((r) => !failures.has(r.user)), upsert: upsert.filter((u) => !failures.has(u.user)) });
    const changed = order.filter((u) => !failures.has(u));
    if (changed.length > 0) ctx.log.info({ users: changed, principal: `${ctx.connection.principal.principalType}:${ctx.connection.principal.name}` }, "altered SCRAM credentials");
    for (const user of order) {
      const failure = failures.get(user);
      const upserted = request.upsertions.filter((u) => u.name === user).map((u) => ({ mechanism: scramMechanism(u.mechanism)?.name ?? String(u.mechanism), iterations: u.iterations }));
      const deleted = request.deletions.filter((d) => d.name === user).map((d) => scramMechanism(d.mechanism)?.name ?? String(d.mechanism));
      auditChange(ctx, "USER_CHANGE", {
        resource: { type: "USER", name: user }, operation: "ALTER", errorCode: failure?.errorCode ?? ErrorCode.NONE, errorMessage: failure?.errorMessage ?? null,
        details: { upsertions: upserted, deletions: deleted },
      });
    }
    return makeAlterUserScramCredentialsResponse({
      results: order.map((user) =>
        makeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult({ user, errorCode: failures.get(user)?.errorCode ?? ErrorCode.NONE, errorMessage: failures.get(user)?.errorMessage ?? null }),
      ),
    });
  },
  errorResponse(request, errorCode) {
    const users = [...new Set([...request.deletions, ...request.upsertions].map((c) => c.name))];
    return makeAlterUserScramCredentialsResponse({ results: users.map((user) => makeAlterUserScramCredentialsResponseAlterUserScramCredentialsResult({ user, errorCode, errorMessage: null })) });
  },
});
