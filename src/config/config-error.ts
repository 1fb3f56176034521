// A configuration that cannot be used. Carebus fails at start-up with it (and
// CreateTopics/AlterConfigs answer INVALID_CONFIG with its message), so the message
// follows Kafka's ConfigException wording — operators paste these into search engines.

export class ConfigError extends Error {
  override name = "ConfigError";
  /** The configuration name at fault (Kafka's name, e.g. `num.partitions`). */
  readonly key: string;

  constructor(key: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.key = key;
  }

  /**
   * Kafka's `ConfigException(name, value, message)`:
   * "Invalid value abc for configuration num.partitions: Not a number of type INT".
   * Callers pass "[hidden]" as the value of a password.
   */
  static invalidValue(key: string, value: unknown, reason?: string): ConfigError {
    return new ConfigError(key, `Invalid value ${String(value)} for configuration ${key}${reason === undefined ? "" : `: ${reason}`}`);
  }
}
