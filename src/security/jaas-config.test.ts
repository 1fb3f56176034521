import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError } from "../config/config-error.js";
import { parseJaasConfig, plainUsers } from "./jaas-config.js";

describe("parseJaasConfig", () => {
  test("reads a PlainLoginModule with user_ options, as in the setup guide", () => {
    const [section] = parseJaasConfig(
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";',
    );
    const module = section?.modules[0];
    assert.ok(module !== undefined);
    assert.equal(section?.name, null);
    assert.equal(module.loginModule, "org.apache.kafka.common.security.plain.PlainLoginModule");
    assert.equal(module?.controlFlag, "required");
    assert.equal(module?.options.get("username"), "admin");
    assert.deepEqual([...plainUsers(module)], [["admin", "admin-secret"], ["alice", "alice-secret"]]);
  });

  test("values may span lines, hold escaped quotes, ';' and '=' inside quotes, or be bare", () => {
    const [section] = parseJaasConfig('x.PlainLoginModule required\n  user_bob="a \\"quoted\\" p=w;d"\n  debug=true;');
    assert.equal(section?.modules[0]?.options.get("user_bob"), 'a "quoted" p=w;d');
    assert.equal(section?.modules[0]?.options.get("debug"), "true");
  });

  test("reads the file form with sections and comments", () => {
    const sections = parseJaasConfig(`// broker side
KafkaServer {
  org.apache.kafka.common.security.scram.ScramLoginModule required
  username="admin"
  password="admin-secret"; /* inter-broker */
};
Client { a.B optional; };`);
    assert.deepEqual(sections.map((s) => s.name), ["KafkaServer", "Client"]);
    assert.equal(sections[0]?.modules[0]?.options.get("password"), "admin-secret");
    assert.equal(sections[1]?.modules[0]?.controlFlag, "optional");
  });

  test("errors name the key and never echo a password", () => {
    const bad = [
      'a.PlainLoginModule required user_x="secret-1"', // no ';'
      'a.PlainLoginModule user_x="secret-1";', // no control flag
      'a.PlainLoginModule required user_x="secret-1', // unterminated quote
      'a.PlainLoginModule required user_x="secret-1"; b.Other required;', // two modules
      "",
    ];
    for (const text of bad) {
      assert.throws(
        () => parseJaasConfig(text, "listener.name.sasl_ssl.plain.sasl.jaas.config"),
        (err: unknown) => err instanceof ConfigError && err.key === "listener.name.sasl_ssl.plain.sasl.jaas.config" && !err.message.includes("secret-1"),
        text,
      );
    }
  });
});
