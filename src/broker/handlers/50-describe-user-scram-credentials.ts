// DescribeUserScramCredentials (key 50), version 0 (KIP-554). Lists each user's SCRAM
// mechanisms and iteration counts — never salts or keys. No users (null or empty) means
// every user; an unknown user gets RESOURCE_NOT_FOUND and a user asked twice
// DUPLICATE_RESOURCE, per user, as Kafka. Needs DESCRIBE on the cluster
// (CLUSTER_AUTHORIZATION_FAILED).
import { AclOperation, CLUSTER_NAME } from "../../security/authorizer/acl-types.js";
import { authorize } from "../authorization.js";
import { ErrorCode } from "../../protocol/errors.js";
import { ApiKeys } from "../../protocol/generated/api-messages.js";
import {
  makeDescribeUserScramCredentialsResponse,
  makeDescribeUserScramCredentialsResponseCredentialInfo,
  makeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult,
} from "../../protocol/generated/describe-user-scram-credentials-response.js";
import { scramMechanism } from "../../security/scram-credential.js";
import type { ScramCredentialStore } from "../../security/scram-credential-store.js";
import { defineHandler } from "./define-handler.js";

export const describeUserScramCredentialsHandler = defineHandler(ApiKeys.DescribeUserScramCredentials, {
  minVersion: 0,
  maxVersion: 0,
  handle(request, ctx) {
    const store = ctx.broker.scramCredentials;
    if (!authorize(ctx, AclOperation.DESCRIBE, "CLUSTER", CLUSTER_NAME)) {
      return makeDescribeUserScramCredentialsResponse({ errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: null, results: [] });
    }
    const names = request.users === null || request.users.length === 0 ? store.list().map((u) => u.user) : request.users.map((u) => u.name);
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    const seen = new Set<string>();
    const results = [];
    for (const user of names) {
      if (seen.has(user)) continue;
      seen.add(user);
      results.push(describeOne(store, user, (counts.get(user) ?? 0) > 1));
    }
    return makeDescribeUserScramCredentialsResponse({ errorCode: ErrorCode.NONE, errorMessage: null, results });
  },
  errorResponse(_request, errorCode) {
    return makeDescribeUserScramCredentialsResponse({ errorCode });
  },
});

function describeOne(store: ScramCredentialStore, user: string, duplicate: boolean) {
  if (duplicate) {
    return makeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult({
      user,
      errorCode: ErrorCode.DUPLICATE_RESOURCE,
      errorMessage: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`,
    });
  }
  const creds = store.describe(user);
  if (creds === undefined) {
    return makeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult({
      user,
      errorCode: ErrorCode.RESOURCE_NOT_FOUND,
      errorMessage: `Attempt to describe nonexistent user: ${user}`,
    });
  }
  return makeDescribeUserScramCredentialsResponseDescribeUserScramCredentialsResult({
    user,
    errorCode: ErrorCode.NONE,
    errorMessage: null,
    credentialInfos: creds.map((c) => makeDescribeUserScramCredentialsResponseCredentialInfo({ mechanism: scramMechanism(c.mechanism)?.type ?? 0, iterations: c.iterations })),
  });
}
