import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError } from "./config-error.js";
import { configNameToEnvVar, configsFromEnv, envVarToConfigName, parseOverrides } from "./environment.js";

void describe("environment variables (Confluent's Docker mapping)", () => {
  void test("upper-case with _ for ., __ for _ and ___ for -", () => {
    assert.equal(envVarToConfigName("CAREBUS_LOG_RETENTION_HOURS"), "log.retention.hours");
    assert.equal(envVarToConfigName("CAREBUS_CAREBUS_REST_PORT"), "carebus.rest.port");
    assert.equal(envVarToConfigName("CAREBUS_A__B"), "a_b");
    assert.equal(envVarToConfigName("CAREBUS_A___B_C"), "a-b.c");
  });

  void test("other variables and the CLI's own are not configs", () => {
    assert.equal(envVarToConfigName("KAFKA_LOG_RETENTION_HOURS"), undefined);
    assert.equal(envVarToConfigName("CAREBUS_"), undefined);
    assert.equal(envVarToConfigName("CAREBUS_CONFIG"), undefined);
  });

  void test("configNameToEnvVar is the inverse", () => {
    for (const name of ["log.retention.hours", "a_b.c", "x-y.z", "carebus.classification.phi.prefixes"]) {
      const variable = configNameToEnvVar(name);
      assert.match(variable, /^CAREBUS_[A-Z_]+$/);
      assert.equal(envVarToConfigName(variable), name);
    }
  });

  void test("configsFromEnv keeps the variable for messages and skips unset ones", () => {
    const got = configsFromEnv({ CAREBUS_NUM_PARTITIONS: "3", CAREBUS_UNSET: undefined, PATH: "/bin" });
    assert.deepEqual([...got], [["num.partitions", { value: "3", variable: "CAREBUS_NUM_PARTITIONS" }]]);
  });
});

void describe("parseOverrides", () => {
  void test("splits at the first =", () => {
    assert.deepEqual(parseOverrides(["num.partitions=3", "sasl.jaas.config=a=b", "empty="]), {
      "num.partitions": "3",
      "sasl.jaas.config": "a=b",
      empty: "",
    });
  });

  void test("an override without = or without a key is an error", () => {
    assert.throws(() => parseOverrides(["num.partitions"]), (e: unknown) => e instanceof ConfigError && e.key === "num.partitions");
    assert.throws(() => parseOverrides(["=3"]), ConfigError);
  });
});
