// The TCP side of one listener (Kafka's Acceptor): accepts connections and gives each a
// Connection. SSL and SASL_SSL listeners accept TLS (node:tls) and hand over the socket
// once the handshake is done; the connection's security (principal, SASL state) is set
// up by src/security/connection-security.ts.
import { createServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer, type TLSSocket } from "node:tls";
import type { Listener } from "../config/listeners.js";
import type { AuthenticationFailureThrottle } from "../security/authentication-failure-throttle.js";
import type { AuditLog } from "../security/audit/audit-log.js";
import { connectionSecurity } from "../security/connection-security.js";
import type { ListenerSecurity } from "../security/listener-security.js";
import type { Logger } from "../util/logger.js";
import { Connection, type Dispatcher } from "./connection.js";

export interface BoundListener {
  readonly listener: Listener;
  readonly host: string;
  readonly port: number;
}

export class SocketServer {
  readonly listener: Listener;
  readonly #server: Server;
  readonly #connections = new Set<Connection>();
  readonly #log: Logger;
  #nextConnectionIndex = 0;
  #bound: BoundListener | undefined;

  constructor(
    listener: Listener,
    dispatch: Dispatcher,
    opts: { maxRequestBytes: number; log: Logger; security: ListenerSecurity; throttle: AuthenticationFailureThrottle; audit?: AuditLog },
  ) {
    this.listener = listener;
    this.#log = opts.log;
    const accept = (socket: Socket): void => {
      const local = `${socket.localAddress ?? "?"}:${socket.localPort ?? 0}`;
      const remote = `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? 0}`;
      const base = {
        id: `${local}-${remote}-${this.#nextConnectionIndex++}`,
        listenerName: listener.name,
        securityProtocol: listener.securityProtocol,
        clientAddress: socket.remoteAddress ?? "",
        clientPort: socket.remotePort ?? 0,
      };
      const info = connectionSecurity(socket, base, opts.security, opts.throttle, opts.log, opts.audit);
      if (info === null) {
        socket.destroy();
        return;
      }
      const connection = new Connection(socket, info, dispatch, opts);
      this.#connections.add(connection);
      void connection.whenClosed().then(() => this.#connections.delete(connection));
    };
    const ssl = opts.security.ssl;
    if (ssl === null) {
      this.#server = createServer(accept);
    } else {
      const tlsServer = createTlsServer(ssl.tls, (socket: TLSSocket) => accept(socket));
      // A failed handshake (old TLS version, untrusted or missing client certificate) never
      // becomes a Connection; say who and why once.
      tlsServer.on("tlsClientError", (err, socket) => {
        this.#log.warn({ listener: listener.name, clientAddress: socket.remoteAddress, reason: err.message }, "TLS handshake failed");
      });
      this.#server = tlsServer;
    }
  }

  get bound(): BoundListener {
    if (this.#bound === undefined) throw new Error(`listener ${this.listener.name} is not bound`);
    return this.#bound;
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  async listen(): Promise<BoundListener> {
    const { port } = this.listener;
    let host = this.listener.host;
    try {
      await this.#listenOn(host, port);
    } catch (err) {
      // A host name that is not this machine's (the seeds' broker1.example.com) cannot be
      // bound; serve on every interface rather than refuse to start, and say so.
      const code = (err as NodeJS.ErrnoException).code;
      if (host === null || (code !== "ENOTFOUND" && code !== "EADDRNOTAVAIL" && code !== "EAI_AGAIN")) throw err;
      this.#log.warn(
        { listener: this.listener.name, host, code },
        `cannot bind ${host}:${port} (${code}); listening on every interface instead — set advertised.listeners to a name clients can reach`,
      );
      host = null;
      await this.#listenOn(null, port);
    }
    const address = this.#server.address();
    const boundPort = typeof address === "object" && address !== null ? address.port : port;
    this.#bound = { listener: this.listener, host: host ?? "0.0.0.0", port: boundPort };
    this.#log.info({ listener: this.listener.name, host: this.#bound.host, port: boundPort }, "listening");
    return this.#bound;
  }

  #listenOn(host: string | null, port: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen({ port, ...(host === null ? {} : { host }) }, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
  }

  /** Stops accepting, closes every connection, and waits until the server is closed. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const c of this.#connections) c.close();
    await closed;
  }
}
