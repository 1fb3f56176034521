// The broker's audit log (issue 5, PHI access): turns what happened into AuditEvents,
// links them into the hash chain and hands each entry to the JSON-lines file (the record
// of truth, fsynced) and, once connected, to the `security.audit.phi-access` topic.
// Recording is synchronous and never throws into the audited request; the sinks write
// in the background. What is recorded: every authentication failure (successes when
// `carebus.audit.authentication.success`), every change of users, ACLs and topic
// configs, and of the authorizer's decisions those on PHI topics plus every DENY.
import type { Logger } from "../../util/logger.js";
import { AuditChain, type AuditChainHead } from "./audit-chain.js";
import type { AuditDecision, AuditEntry, AuditEvent, AuditJson, AuditKind, AuditRequestFields, AuditResource } from "./audit-event.js";
import { AuditFileSink } from "./audit-file-sink.js";
import { AUDIT_TOPIC, AuditTopicSink, type AuditTopicAppender } from "./audit-topic-sink.js";
import { authorizationEvent, type AuthorizationDecision } from "./authorization-decision.js";

export interface AuditLogOptions {
  readonly dir: string;
  readonly maxBytes: number;
  /** Record successful authentications too (failures always are). */
  readonly authenticationSuccess: boolean;
  readonly log: Logger;
  readonly nowMs?: () => number;
}

export interface AuthenticationAttempt {
  readonly clientAddress: string;
  readonly listener: string;
  readonly mechanism: string;
  readonly success: boolean;
  /** The authenticated principal on success; User:ANONYMOUS otherwise. */
  readonly principal: string;
  /** Why it failed (the broker log's reason, never sent to the client). */
  readonly reason?: string;
  readonly reauthentication?: boolean;
}

export interface AuditChange {
  readonly resource: AuditResource;
  /** Kafka's AclOperation name of what was done: CREATE, DELETE, ALTER, ALTER_CONFIGS. */
  readonly operation: string;
  readonly decision: "SUCCESS" | "FAILURE";
  readonly details?: { readonly [key: string]: AuditJson };
}

export class AuditLog {
  readonly #file: AuditFileSink | undefined;
  readonly #chain: AuditChain;
  readonly #opts: AuditLogOptions | undefined;
  #topic: AuditTopicSink | undefined;

  private constructor(file: AuditFileSink | undefined, head: AuditChainHead | undefined, opts: AuditLogOptions | undefined) {
    this.#file = file;
    this.#chain = new AuditChain(head);
    this.#opts = opts;
  }

  /** Opens the files in `opts.dir` and continues the chain from its persisted head. */
  static open(opts: AuditLogOptions): AuditLog {
    const { sink, head } = AuditFileSink.open({ dir: opts.dir, maxBytes: opts.maxBytes, log: opts.log });
    return new AuditLog(sink, head, opts);
  }

  /** A log that records nothing (`carebus.audit.enable=false`). */
  static disabled(): AuditLog {
    return new AuditLog(undefined, undefined, undefined);
  }

  get enabled(): boolean {
    return this.#file !== undefined;
  }

  get dir(): string | undefined {
    return this.#opts?.dir;
  }

  get head(): AuditChainHead {
    return this.#chain.head;
  }

  /** Also sends every entry from now on to the audit topic through `appender`. */
  connectTopic(appender: AuditTopicAppender): void {
    if (this.#opts !== undefined) this.#topic = new AuditTopicSink(appender, this.#opts.log);
  }

  /** Chains `event` and queues it for the sinks; undefined when disabled. */
  record(kind: AuditKind, request: AuditRequestFields, what: { resource: AuditResource; operation: string; decision: AuditDecision; details?: { readonly [key: string]: AuditJson } }): AuditEntry | undefined {
    const opts = this.#opts;
    if (this.#file === undefined || opts === undefined) return undefined;
    try {
      const timeMs = opts.nowMs?.() ?? Date.now();
      const event: AuditEvent = {
        kind, time: new Date(timeMs).toISOString(), timeMs, ...request,
        resource: what.resource, operation: what.operation, decision: what.decision, details: what.details ?? {},
      };
      const entry = this.#chain.append(event);
      this.#file.write(entry);
      this.#topic?.write(entry);
      return entry;
    } catch (err) {
      opts.log.error({ err, kind }, "cannot record an audit entry");
      return undefined;
    }
  }

  /** A SASL (or other) authentication: failures always, successes when configured. */
  auditAuthentication(a: AuthenticationAttempt): void {
    if (a.success && this.#opts?.authenticationSuccess !== true) return;
    const details: Record<string, AuditJson> = { mechanism: a.mechanism };
    if (a.reason !== undefined) details["reason"] = a.reason;
    if (a.reauthentication === true) details["reauthentication"] = true;
    this.record(
      "AUTHENTICATION",
      { principal: a.principal, clientId: null, clientAddress: a.clientAddress, listener: a.listener, api: "SaslAuthenticate", correlationId: null },
      { resource: { type: "CLUSTER", name: "kafka-cluster" }, operation: "AUTHENTICATE", decision: a.success ? "SUCCESS" : "FAILURE", details },
    );
  }

  /**
   * One decision of the authorizer (connect to `broker.onAuthorization`). Recorded when
   * the resource is classified PHI or the decision is a DENY.
   */
  auditAuthorization(decision: AuthorizationDecision): void {
    if (!this.enabled) return;
    const phi = typeof decision.classification === "string" && decision.classification.toUpperCase() === "PHI";
    if (!phi && decision.allowed) return;
    // Reading the audit topic must not itself feed the topic: a long-polling consumer would
    // wake on its own entry, fetch again and write another, for ever.
    if (decision.allowed && decision.resourceName === AUDIT_TOPIC) return;
    const { request, what } = authorizationEvent(decision);
    this.record("AUTHORIZATION", request, what);
  }

  /** CreateAcls / DeleteAcls outcomes (one call per binding or filter). */
  auditAclChange(request: AuditRequestFields, change: AuditChange): void {
    this.record("ACL_CHANGE", request, change);
  }

  /** AlterUserScramCredentials outcomes (one call per user). */
  auditUserChange(request: AuditRequestFields, change: AuditChange): void {
    this.record("USER_CHANGE", request, change);
  }

  /** AlterConfigs, IncrementalAlterConfigs, CreateTopics, DeleteTopics outcomes (one call per topic). */
  auditTopicConfigChange(request: AuditRequestFields, change: AuditChange): void {
    this.record("TOPIC_CONFIG_CHANGE", request, change);
  }

  /** Resolves once everything recorded so far is in the file (fsynced) and offered to the topic. */
  async flush(): Promise<void> {
    await this.#file?.flush();
    await this.#topic?.flush();
  }

  async close(): Promise<void> {
    await this.#topic?.flush();
    await this.#file?.close();
  }
}
