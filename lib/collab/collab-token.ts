import { createHmac, timingSafeEqual } from 'node:crypto';
import { serverSecret } from '../auth/server-secret';

/** What a collab token grants: one user, in one room of one document, until `exp`. */
export interface CollabClaims {
  sub: string;
  doc: string;
  room: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

/** How long a token lives; providers fetch a new one on every (re)connect. */
export const COLLAB_TOKEN_SECONDS = 120;

function mac(payload: string): Buffer {
  return createHmac('sha256', serverSecret()).update(`collab:${payload}`).digest();
}

/** A signed, short-lived token for one room, issued by the web app to a signed-in user. */
export function signCollabToken(claims: Omit<CollabClaims, 'exp'>, now = Date.now()): string {
  const full: CollabClaims = { ...claims, exp: Math.floor(now / 1000) + COLLAB_TOKEN_SECONDS };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${mac(payload).toString('base64url')}`;
}

/** The claims of a token whose signature is good and which has not expired; else null. */
export function verifyCollabToken(token: string, now = Date.now()): CollabClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as CollabClaims;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
    if (![claims.sub, claims.doc, claims.room].every((v) => typeof v === 'string')) return null;
    return claims;
  } catch {
    return null;
  }
}
