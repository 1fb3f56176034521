// Who a connection is, in Kafka's form (KafkaPrincipal): a type and a name, printed
// `User:alice`. PLAINTEXT and SSL-without-client-certificate connections are
// `User:ANONYMOUS`; SASL sets the authenticated user name; mTLS the mapped certificate
// subject. An authorizer reads it from the RequestContext's connection.

export interface KafkaPrincipal {
  readonly principalType: string;
  readonly name: string;
  /** Set for delegation-token logins (SCRAM with tokenauth=true); unused until tokens exist. */
  readonly tokenAuthenticated?: boolean;
}

export const USER_TYPE = "User";

export const ANONYMOUS: KafkaPrincipal = Object.freeze({ principalType: USER_TYPE, name: "ANONYMOUS" });

export function userPrincipal(name: string): KafkaPrincipal {
  return { principalType: USER_TYPE, name };
}

/** `User:alice` (Kafka's KafkaPrincipal.toString). */
export function principalToString(p: KafkaPrincipal): string {
  return `${p.principalType}:${p.name}`;
}

/** `User:alice` back to a principal (Kafka's SecurityUtils.parseKafkaPrincipal); the name may contain ':'. */
export function parseKafkaPrincipal(text: string): KafkaPrincipal {
  const colon = text.indexOf(":");
  if (colon <= 0) throw new Error(`expected a string in format principalType:principalName but got ${text}`);
  return { principalType: text.slice(0, colon), name: text.slice(colon + 1) };
}

export function samePrincipal(a: KafkaPrincipal, b: KafkaPrincipal): boolean {
  return a.principalType === b.principalType && a.name === b.name;
}
