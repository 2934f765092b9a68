import { getDb } from '../db/prisma';
import { hashPassword, verifyPassword } from '../auth/hash-password';

/** Raised when the current password given for a change is wrong. */
export class WrongCurrentPasswordError extends Error {
  constructor() {
    super('Your current password is not correct. Enter it again.');
  }
}

/**
 * Sets a new password and bumps the session version, which ends every existing
 * session of this user, including the one that asked.
 */
export async function changePassword(options: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: options.userId },
    select: { passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw new WrongCurrentPasswordError();
  }
  await db.user.update({
    where: { id: options.userId },
    data: {
      passwordHash: await hashPassword(options.newPassword),
      sessionVersion: { increment: 1 },
    },
  });
}
