// Sets up the security side of a newly accepted connection (Kafka's channel builders and
// DefaultKafkaPrincipalBuilder): on SSL the principal comes from the verified client
// certificate's subject through ssl.principal.mapping.rules (no certificate:
// User:ANONYMOUS); on SASL_* the connection starts unauthenticated (ANONYMOUS until
// SaslAuthenticate succeeds) with a SaslSession; PLAINTEXT is ANONYMOUS. Returns null
// when the connection must be refused (a certificate that did not verify under
// ssl.client.auth=requested, or a subject no mapping rule applies to).
import type { Socket } from "node:net";
import type { TLSSocket } from "node:tls";
import type { ConnectionInfo } from "../broker/request-context.js";
import type { Logger } from "../util/logger.js";
import type { AuditLog } from "./audit/audit-log.js";
import type { AuthenticationFailureThrottle } from "./authentication-failure-throttle.js";
import { ANONYMOUS, principalToString, userPrincipal, type KafkaPrincipal } from "./kafka-principal.js";
import type { ListenerSecurity } from "./listener-security.js";
import { SaslSession } from "./sasl-session.js";
import { rfc2253FromNodeSubject } from "./ssl-principal-mapper.js";

type BaseInfo = Omit<ConnectionInfo, "principal" | "sasl" | "peerCertificateSubject">;

export function connectionSecurity(
  socket: Socket,
  base: BaseInfo,
  security: ListenerSecurity,
  throttle: AuthenticationFailureThrottle,
  log: Logger,
  audit?: AuditLog,
): ConnectionInfo | null {
  const where = { connection: base.id, listener: base.listenerName, clientAddress: base.clientAddress };
  let subject: string | undefined;
  if (security.ssl !== null) {
    const tls = socket as TLSSocket;
    const cert = tls.getPeerX509Certificate();
    if (cert !== undefined) {
      if (!tls.authorized) {
        log.warn({ ...where, reason: String(tls.authorizationError) }, "closing connection: client certificate did not verify");
        return null;
      }
      subject = rfc2253FromNodeSubject(cert.subject);
    }
  }
  let principal: KafkaPrincipal = ANONYMOUS;
  if (security.sasl === null && subject !== undefined) {
    try {
      principal = userPrincipal(security.principalMapper.getName(subject));
    } catch (err) {
      log.warn({ ...where, subject, reason: (err as Error).message }, "closing connection: no ssl.principal.mapping.rules rule applies to the client certificate");
      return null;
    }
    log.info({ ...where, subject, principal: principalToString(principal) }, "TLS client authenticated");
  }
  const info: { -readonly [K in keyof ConnectionInfo]: ConnectionInfo[K] } = { ...base, principal };
  if (subject !== undefined) info.peerCertificateSubject = subject;
  if (security.sasl !== null) {
    info.sasl = new SaslSession({
      config: security.sasl,
      clientAddress: base.clientAddress,
      connectionId: base.id,
      log,
      throttle,
      onAuthenticated: (p) => {
        info.principal = p;
      },
      onAuthenticationResult: (r) =>
        audit?.auditAuthentication({
          clientAddress: base.clientAddress,
          listener: base.listenerName,
          mechanism: r.mechanism,
          success: r.success,
          principal: principalToString(r.principal ?? ANONYMOUS),
          ...(r.reason === undefined ? {} : { reason: r.reason }),
          reauthentication: r.reauthentication,
        }),
    });
  }
  return info;
}
