// Builds one listener's OAUTHBEARER token validator from the broker config at start-up.
// Each setting is looked up as Kafka's SaslChannelBuilder does for a mechanism:
// `listener.name.<listener>.oauthbearer.<key>`, then `listener.name.<listener>.<key>`,
// then `<key>`. Without a JWKS URL and without the development flag
// carebus.sasl.oauthbearer.unsecured.enable, enabling OAUTHBEARER fails start-up naming
// the key to set (Kafka would silently fall back to its unsecured validator; a hospital
// broker must not). The flag itself is logged as a warning, and so is a Java
// sasl.server.callback.handler.class, which cannot be loaded.
import { BROKER_CONFIG_DEF } from "../../config/broker-config.js";
import type { BrokerConfig } from "../../config/broker-config.js";
import type { BrokerConfigName, BrokerConfigValue } from "../../config/broker-config-keys.js";
import { ConfigError } from "../../config/config-error.js";
import type { Logger } from "../../util/logger.js";
import { jwksKeyResolver } from "./jwks-source.js";
import { JwtValidator } from "./jwt-validator.js";

const MECHANISM = "oauthbearer";

export function oauthBearerValidator(config: BrokerConfig, listener: string, log: Logger, nowMs: () => number = Date.now): JwtValidator {
  const prefix = `listener.name.${listener.toLowerCase()}.`;
  const keyOf = (name: string): string =>
    [`${prefix}${MECHANISM}.${name}`, prefix + name].find((k) => config.isSet(k)) ?? name;
  const get = <N extends BrokerConfigName>(name: N): BrokerConfigValue<N> => {
    const raw = config.listenerConfig(listener, name, MECHANISM);
    if (raw === undefined) return config.get(name);
    try {
      return BROKER_CONFIG_DEF.parse(name, raw) as BrokerConfigValue<N>;
    } catch (err) {
      // Per-mechanism keys are not validated at load (they pass through): name the key the operator wrote.
      const key = keyOf(name);
      if (!(err instanceof ConfigError) || key === name) throw err;
      throw new ConfigError(key, err.message.replace(`configuration ${name}`, `configuration ${key}`), { cause: err });
    }
  };

  const handler = config.listenerConfig(listener, "sasl.server.callback.handler.class", MECHANISM);
  if (handler !== undefined) {
    log.warn({ listener, key: keyOf("sasl.server.callback.handler.class"), class: handler }, "Java callback handlers cannot be loaded; OAUTHBEARER tokens are validated by Carebus's JWKS validator (sasl.oauthbearer.* settings)");
  }
  const url = get("sasl.oauthbearer.jwks.endpoint.url");
  const allowUnsecured = get("carebus.sasl.oauthbearer.unsecured.enable");
  if (url === null && !allowUnsecured) {
    const key = keyOf("sasl.oauthbearer.jwks.endpoint.url");
    throw new ConfigError(
      key,
      `listener ${listener} enables SASL/OAUTHBEARER but ${key} is not set: give the JWKS URL (https:// or file://) of the identity provider that signs the tokens (or, for development only, carebus.sasl.oauthbearer.unsecured.enable=true)`,
    );
  }
  if (allowUnsecured) {
    log.warn(
      { listener, key: keyOf("carebus.sasl.oauthbearer.unsecured.enable") },
      "SASL/OAUTHBEARER accepts UNSECURED tokens (alg none) on this listener: anyone can claim any principal. Development only.",
    );
  }
  const keys = url === null
    ? null
    : jwksKeyResolver({ url, configKey: keyOf("sasl.oauthbearer.jwks.endpoint.url"), refreshMs: Number(get("sasl.oauthbearer.jwks.endpoint.refresh.ms")), nowMs, log });
  return new JwtValidator({
    keys,
    allowUnsecured,
    expectedIssuer: get("sasl.oauthbearer.expected.issuer"),
    expectedAudience: get("sasl.oauthbearer.expected.audience"),
    subClaimName: get("sasl.oauthbearer.sub.claim.name"),
    scopeClaimName: get("sasl.oauthbearer.scope.claim.name"),
    clockSkewSeconds: get("sasl.oauthbearer.clock.skew.seconds"),
    requiredScopes: get("carebus.sasl.oauthbearer.required.scopes"),
    nowMs,
  });
}
