/**
 * Short-lived HS256 access tokens (jose): `sub` = agent id, `org` = the agent's organisation;
 * issuer, audience and expiry checked. Carrying the organisation saves a database lookup on every
 * sync request; an agent moved to another organisation keeps the old one until the token expires.
 */
import { jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'agent-workbench-server';
const AUDIENCE = 'agent-workbench-sync';

/** Whom a valid token speaks for. */
export interface TokenSubject {
  agentId: string;
  orgId: string;
}

export interface AccessTokens {
  issue(subject: TokenSubject): Promise<string>;
  /** The subject of a valid token, or `undefined`. */
  verify(token: string): Promise<TokenSubject | undefined>;
}

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

export function createAccessTokens(secret: string): AccessTokens {
  const key = new TextEncoder().encode(secret);
  return {
    issue: ({ agentId, orgId }) =>
      new SignJWT({ org: orgId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(agentId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
        .sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp', 'sub', 'org'],
        });
        const { sub, org } = payload;
        return isNonEmptyString(sub) && isNonEmptyString(org)
          ? { agentId: sub, orgId: org }
          : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
