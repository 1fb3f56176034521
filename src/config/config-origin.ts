// Where a supplied configuration value came from, so that an error can say
// "set in server.properties line 12" or "set by environment variable CAREBUS_X".

export type ConfigOrigin =
  | { readonly kind: "file"; readonly path: string; readonly line: number }
  | { readonly kind: "env"; readonly variable: string }
  | { readonly kind: "data-dir" }
  | { readonly kind: "override" };

export interface SuppliedConfig {
  /** The text as supplied (a file value without its trailing comment). */
  readonly raw: string;
  readonly origin: ConfigOrigin;
}

export function describeOrigin(origin: ConfigOrigin): string {
  switch (origin.kind) {
    case "file":
      return `set in ${origin.path} line ${origin.line}`;
    case "env":
      return `set by environment variable ${origin.variable}`;
    case "data-dir":
      return "set by --data-dir";
    case "override":
      return "set by --override";
  }
}
