// What a handler knows about the request it serves: the header, the connection it came
// on (listener, address, principal) and the broker it runs in.
import type { Logger } from "../util/logger.js";
import type { Broker } from "./broker.js";

export interface ConnectionInfo {
  /** Kafka's connection id form: local-addr:port-remote-addr:port-index. */
  readonly id: string;
  readonly listenerName: string;
  readonly securityProtocol: string;
  readonly clientAddress: string;
  readonly clientPort: number;
  /** "User:ANONYMOUS" until authentication lands (security issue). */
  principal: string;
}

export interface RequestContext {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  readonly connection: ConnectionInfo;
  readonly broker: Broker;
  readonly log: Logger;
}
