import type { JWT } from 'next-auth/jwt';
import { getDb } from '../db/prisma';

/** How long a session lasts unused; each refresh of its JWT moves the expiry this far ahead. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Ends the one session this token belongs to (the device that signed out), not the user's
 * others: its id is refused for as long as any copy of the token could still be unexpired,
 * and rows past that are pruned on the way.
 */
export async function revokeSession(token: JWT | null): Promise<void> {
  if (!token?.uid || !token.sid) return;
  const now = Date.now();
  // A token is refreshed only while its session is live (the jwt callback checks), so no copy
  // can expire later than the newest refresh, which is at most now, plus the max age.
  const expiresAt = new Date(now + SESSION_MAX_AGE_SECONDS * 1000);
  const db = getDb();
  await db.$transaction([
    db.revokedSession.createMany({
      data: [{ id: token.sid, userId: token.uid, expiresAt }],
      skipDuplicates: true,
    }),
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
  ]);
}
