import type { JWT } from 'next-auth/jwt';
import { getDb } from '../db/prisma';
import type { CurrentUser } from './get-current-user';

/**
 * The user a session token speaks for, read fresh from the database; null when the token
 * predates session ids, its session was signed out, the password changed since it was
 * issued, or the user is gone.
 */
export async function findLiveSessionUser(token: JWT): Promise<CurrentUser | null> {
  if (!token.uid || !token.sid) return null;
  const user = await getDb().user.findUnique({
    where: { id: token.uid },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      revokedSessions: { where: { id: token.sid }, select: { id: true } },
    },
  });
  if (!user || user.sessionVersion !== token.sv || user.revokedSessions.length > 0) return null;
  return { id: user.id, email: user.email, name: user.name };
}
