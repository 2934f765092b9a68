import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { authOptions } from './auth-options';

/** The signed-in user as the server sees them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The user behind this request's session cookie, or null. next-auth's jwt callback reads
 * the user from the database on every call (findLiveSessionUser), so a token from a
 * session that was signed out, or issued before the user's last password change, no
 * longer counts, and the name and email are current.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = (await getServerSession(authOptions))?.user;
  return user?.id ? { id: user.id, email: user.email, name: user.name } : null;
});
