// What a handler knows about the request it serves: the header, the connection it came
// on (listener, address, principal) and the broker it runs in.
import type { KafkaPrincipal } from "../security/kafka-principal.js";
import type { SaslSession } from "../security/sasl-session.js";
import type { Logger } from "../util/logger.js";
import type { Broker } from "./broker.js";
import type { FrameBufferPool } from "./frame-buffer-pool.js";

export interface ConnectionInfo {
  /** Kafka's connection id form: local-addr:port-remote-addr:port-index. */
  readonly id: string;
  readonly listenerName: string;
  readonly securityProtocol: string;
  readonly clientAddress: string;
  readonly clientPort: number;
  /**
   * Who the client is: User:ANONYMOUS on PLAINTEXT (and SSL without a client
   * certificate), the mapped certificate subject on SSL with mTLS, the SASL user on
   * SASL_* once authenticated. What an authorizer reads.
   */
  principal: KafkaPrincipal;
  /** The SASL state machine on SASL_PLAINTEXT / SASL_SSL listeners; absent elsewhere. */
  readonly sasl?: SaslSession;
  /** RFC 2253 subject of a verified client certificate (SSL and SASL_SSL), if one was presented. */
  readonly peerCertificateSubject?: string;
}

export interface RequestContext {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  readonly connection: ConnectionInfo;
  readonly broker: Broker;
  readonly log: Logger;
  /**
   * The connection's pool for the memory Fetch reads records into; the connection takes
   * the buffers back once the response holding them is written. Absent outside a
   * connection (tests calling handlers directly).
   */
  readonly readBuffers?: FrameBufferPool;
}
