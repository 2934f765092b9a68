import { randomUUID } from 'node:crypto';
import { getDb } from '../db/prisma';
import { hashPassword, verifyPassword } from './hash-password';
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn } from './sign-in-limiter';

/** The message for any wrong email or password; it never says which was wrong. */
export const WRONG_CREDENTIALS =
  'That email and password do not match an account. Check them and try again.';

// Verifying against a real hash even for unknown emails keeps timing from revealing accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password, with failed attempts rate limited per email and per
 * address. Returns the user, or throws an Error whose message is safe to show.
 */
export async function verifyCredentials(input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  await assertSignInAllowed(email, input.ip);
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, sessionVersion: true, passwordHash: true },
  });
  dummyHash ??= hashPassword(randomUUID());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !user.passwordHash || !ok) {
    await recordFailedSignIn(email, input.ip);
    throw new Error(WRONG_CREDENTIALS);
  }
  await clearFailedSignIns(email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
