/** Short-lived HS256 access tokens (jose): `sub` = agent id, issuer, audience and expiry checked. */
import { jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'agent-workbench-server';
const AUDIENCE = 'agent-workbench-sync';

export interface AccessTokens {
  issue(agentId: string): Promise<string>;
  /** The agent id of a valid token, or `undefined`. */
  verify(token: string): Promise<string | undefined>;
}

export function createAccessTokens(secret: string): AccessTokens {
  const key = new TextEncoder().encode(secret);
  return {
    issue: (agentId) =>
      new SignJWT({})
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
          requiredClaims: ['exp', 'sub'],
        });
        return typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
