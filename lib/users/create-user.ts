import { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import { hashPassword } from '../auth/hash-password';
import type { SignUpInput } from '../auth/sign-up-schema';

/** Raised when an email address already has an account. */
export class DuplicateEmailError extends Error {
  constructor() {
    super('An account with this email already exists; sign in instead.');
  }
}

/** Creates a password account; throws DuplicateEmailError if the email is taken. */
export async function createUser(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().user.create({
      data: { name: input.name, email: input.email, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new DuplicateEmailError();
    }
    throw err;
  }
}
