// One logger for the process (pino: JSON lines, cheap when a level is off).
// CAREBUS_LOG_LEVEL picks the level; tests default to "warn" to keep output readable.
import { pino } from "pino";
import type { Logger } from "pino";

export type { Logger };

const defaultLevel = process.env["CAREBUS_LOG_LEVEL"] ?? (process.env["NODE_TEST_CONTEXT"] ? "warn" : "info");

export const rootLogger: Logger = pino({ level: defaultLevel, base: { service: "carebus" } });

export function childLogger(component: string): Logger {
  return rootLogger.child({ component });
}
