import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '../db/prisma';
import { authOptions } from './auth-options';

/** The signed-in user as the server sees them. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The user behind this request's session cookie, or null. A token issued before the
 * user's last password change no longer counts, so changing a password signs out
 * every other device.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await getDb().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});
