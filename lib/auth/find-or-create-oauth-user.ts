import { getDb } from '../db/prisma';

/** Raised when an OAuth sign-in's email already belongs to a password account. */
export class OAuthEmailTakenError extends Error {}

/**
 * The user behind an OAuth account, created on first sign-in. An email that already
 * has a password account is not linked automatically: the provider's email may be
 * unverified, and linking would hand that account to whoever controls the provider login.
 */
export async function findOrCreateOAuthUser(input: {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  name: string | null | undefined;
}) {
  const db = getDb();
  const account = await db.oAuthAccount.findUnique({
    where: {
      provider_providerAccountId: {
        provider: input.provider,
        providerAccountId: input.providerAccountId,
      },
    },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  if (account) return account.user;
  const email = input.email?.trim().toLowerCase();
  if (!email) throw new OAuthEmailTakenError('Your provider did not share an email address.');
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new OAuthEmailTakenError('An account with this email already exists.');
  }
  return db.user.create({
    data: {
      email,
      name: input.name?.trim() || email.split('@')[0] || email,
      accounts: {
        create: { provider: input.provider, providerAccountId: input.providerAccountId },
      },
    },
    select: { id: true, sessionVersion: true },
  });
}
