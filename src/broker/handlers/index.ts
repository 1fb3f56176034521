// Every API the broker serves, registered once. ApiVersions advertises exactly this list.
import type { HandlerRegistry } from "../handler-registry.js";
import { metadataHandler } from "./03-metadata.js";
import { apiVersionsHandler } from "./18-api-versions.js";

export function registerHandlers(registry: HandlerRegistry): HandlerRegistry {
  return registry.register(metadataHandler).register(apiVersionsHandler);
}
