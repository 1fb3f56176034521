// Runs a verb's body with uniform failure handling: a usage error exits 2, a failure
// reported by the cluster or the network exits 1 with one readable line, and the
// client is always closed so the process can end.
import { describeClientError } from "./client-options.js";
import { ClientPropertiesError } from "../../kafka-client/client-security.js";
import { CliUsageError } from "./config-args.js";

export interface Closable {
  close(): Promise<void>;
}

export async function runAction(body: (track: <C extends Closable>(client: C) => C) => Promise<void>): Promise<void> {
  const clients: Closable[] = [];
  const track = <C extends Closable>(client: C): C => {
    clients.push(client);
    return client;
  };
  let exitCode = 0;
  try {
    await body(track);
  } catch (err) {
    exitCode = err instanceof CliUsageError || err instanceof ClientPropertiesError ? 2 : 1;
    console.error(`carebus: ${describeClientError(err)}`);
  } finally {
    await Promise.allSettled(clients.map((c) => c.close()));
  }
  if (exitCode !== 0) process.exitCode = exitCode;
}
