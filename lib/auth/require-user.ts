import { redirect } from 'next/navigation';
import { getCurrentUser, type CurrentUser } from './get-current-user';

/** For pages: the signed-in user, or a redirect to sign in that comes back to `path`. */
export async function requireUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
