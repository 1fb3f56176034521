import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError } from "../config/config-error.js";
import { NoMatchingRuleError, parsePrincipalMappingRules, rfc2253FromNodeSubject, SslPrincipalMapper } from "./ssl-principal-mapper.js";

describe("SslPrincipalMapper (ssl.principal.mapping.rules, KIP-371)", () => {
  test("DEFAULT keeps the whole distinguished name", () => {
    assert.equal(SslPrincipalMapper.fromRules("DEFAULT").getName("CN=alice,OU=ICU,O=Hospital"), "CN=alice,OU=ICU,O=Hospital");
  });

  test("rules apply in order; the first whose pattern matches the whole DN wins, with L/U case", () => {
    const mapper = SslPrincipalMapper.fromRules(
      "RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/,RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/L,RULE:^cn=(.*?),ou=(.*?),dc=(.*?),dc=(.*?)$/$1@$2/U,DEFAULT",
    );
    assert.equal(mapper.getName("CN=kafka-connect,OU=ServiceUsers,O=Hospital,C=US"), "kafka-connect");
    assert.equal(mapper.getName("CN=Duke,OU=JavaSoft,O=Sun Microsystems,L=Santa Clara,ST=CA,C=US"), "duke@javasoft");
    assert.equal(mapper.getName("cn=duke,ou=javasoft,dc=sun,dc=com"), "DUKE@JAVASOFT");
    assert.equal(mapper.getName("CN=other,O=Elsewhere"), "CN=other,O=Elsewhere");
  });

  test("a partial match does not apply, and no applicable rule is an error", () => {
    const mapper = SslPrincipalMapper.fromRules("RULE:CN=(.*?),O=H/$1/");
    assert.throws(() => mapper.getName("CN=a,O=Hospital"), NoMatchingRuleError);
    assert.equal(mapper.getName("CN=a,O=H"), "a");
  });

  test("an escaped slash belongs to the pattern", () => {
    assert.equal(SslPrincipalMapper.fromRules("RULE:^CN=(.*)\\/ops$/$1/").getName("CN=bob/ops"), "bob");
  });

  test("malformed rules fail naming the key", () => {
    for (const rules of ["RULE:^CN=(.*)$/$1", "KERBEROS", "RULE:^CN=(.*$/$1/"]) {
      assert.throws(() => parsePrincipalMappingRules(rules), (err: unknown) => err instanceof ConfigError && err.key === "ssl.principal.mapping.rules", rules);
    }
  });
});

test("rfc2253FromNodeSubject reverses node's multi-line subject into Java's RFC 2253 form", () => {
  assert.equal(rfc2253FromNodeSubject("C=US\nO=Hospital, Inc\nCN=alice"), "CN=alice,O=Hospital\\, Inc,C=US");
});
