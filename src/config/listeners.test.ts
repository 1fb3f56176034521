import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError } from "./config-error.js";
import { DEFAULT_SECURITY_PROTOCOL_MAP, parseListeners, parseSecurityProtocolMap } from "./listeners.js";

function rejects(f: () => unknown, key: string, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => e instanceof ConfigError && e.key === key && pattern.test(e.message));
}

void describe("parseSecurityProtocolMap", () => {
  void test("the default map sends each protocol name to itself", () => {
    assert.deepEqual(
      [...parseSecurityProtocolMap(DEFAULT_SECURITY_PROTOCOL_MAP)],
      [["PLAINTEXT", "PLAINTEXT"], ["SSL", "SSL"], ["SASL_PLAINTEXT", "SASL_PLAINTEXT"], ["SASL_SSL", "SASL_SSL"]],
    );
  });

  void test("names and protocols are case-insensitive and blanks are allowed", () => {
    assert.deepEqual([...parseSecurityProtocolMap(" internal : plaintext , OAUTHBEARER:sasl_plaintext ")], [["INTERNAL", "PLAINTEXT"], ["OAUTHBEARER", "SASL_PLAINTEXT"]]);
  });

  void test("an unknown protocol or a missing colon names the key", () => {
    rejects(() => parseSecurityProtocolMap("INTERNAL:TLS"), "listener.security.protocol.map", /^Invalid security protocol `TLS` defined in listener.security.protocol.map$/);
    rejects(() => parseSecurityProtocolMap("INTERNAL"), "listener.security.protocol.map", /'INTERNAL' is not NAME:PROTOCOL/);
  });
});

void describe("parseListeners", () => {
  void test("the brief's example with the default map", () => {
    assert.deepEqual(parseListeners("PLAINTEXT://:9092,SASL_SSL://host:9093"), [
      { name: "PLAINTEXT", host: null, port: 9092, securityProtocol: "PLAINTEXT" },
      { name: "SASL_SSL", host: "host", port: 9093, securityProtocol: "SASL_SSL" },
    ]);
  });

  void test("custom listener names resolve through the map; names are upper-cased", () => {
    const map = parseSecurityProtocolMap("PLAINTEXT:PLAINTEXT,INTERNAL:SASL_SSL");
    assert.deepEqual(parseListeners("plaintext://0.0.0.0:9092 , internal://broker1.example.com:9093", map).map((l) => [l.name, l.host, l.securityProtocol]), [
      ["PLAINTEXT", "0.0.0.0", "PLAINTEXT"],
      ["INTERNAL", "broker1.example.com", "SASL_SSL"],
    ]);
  });

  void test("IPv6 literals in brackets", () => {
    assert.deepEqual(parseListeners("PLAINTEXT://[::1]:9092")[0], { name: "PLAINTEXT", host: "::1", port: 9092, securityProtocol: "PLAINTEXT" });
  });

  void test("a listener name missing from the map is an error naming the key", () => {
    rejects(() => parseListeners("INTERNAL://:9093"), "listeners", /No security protocol defined for listener INTERNAL/);
    rejects(() => parseListeners("FOO://:1", undefined, { key: "advertised.listeners" }), "advertised.listeners", /^Error creating broker listeners from 'FOO:\/\/:1'/);
  });

  void test("duplicate names are refused", () => {
    rejects(() => parseListeners("PLAINTEXT://:9092,PLAINTEXT://:9093"), "listeners", /Each listener must have a different name/);
  });

  void test("duplicate ports are refused unless one IPv4 and one IPv6 literal share them", () => {
    rejects(() => parseListeners("PLAINTEXT://:9092,SSL://:9092"), "listeners", /Each listener must have a different port.*port: 9092/);
    rejects(() => parseListeners("PLAINTEXT://127.0.0.1:9092,SSL://127.0.0.2:9092"), "listeners", /different port/);
    assert.equal(parseListeners("PLAINTEXT://127.0.0.1:9092,SSL://[::1]:9092").length, 2);
    assert.equal(parseListeners("PLAINTEXT://:0,SSL://:0").length, 2, "port 0 (pick one) may repeat");
    assert.equal(parseListeners("PLAINTEXT://a:9092,SSL://b:9092", undefined, { requireDistinctPorts: false }).length, 2);
  });

  void test("malformed entries and impossible ports", () => {
    rejects(() => parseListeners("localhost:9092"), "listeners", /Unable to parse localhost:9092 to a broker endpoint/);
    rejects(() => parseListeners("PLAINTEXT://:70000"), "listeners", /not between 0 and 65535/);
    rejects(() => parseListeners("PLAINTEXT://:-1"), "listeners", /not between 0 and 65535/);
  });

  void test("an empty value is no listeners", () => {
    assert.deepEqual(parseListeners("  "), []);
  });
});
