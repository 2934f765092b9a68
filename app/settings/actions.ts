'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { passwordSchema } from '@/lib/auth/password-schema';
import { getDb } from '@/lib/db/prisma';
import { CITATION_STYLE_KEYS } from '@/lib/sources/citation-style-keys';
import { changePassword, WrongCurrentPasswordError } from '@/lib/users/change-password';

/** Changes the password; every session, this one included, then has to sign in again. */
export const changePasswordAction = authedAction(
  z.object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: passwordSchema,
  }),
  async (user, input) => {
    try {
      await changePassword({ userId: user.id, ...input });
      return { ok: true };
    } catch (err) {
      if (err instanceof WrongCurrentPasswordError)
        return { fieldErrors: { currentPassword: err.message } };
      throw err;
    }
  },
);

/** Creates a personal API token and returns its secret, once. */
export const createTokenAction = authedAction(
  z.object({
    name: z.string().trim().min(1, 'Name the token, for example "grading script".').max(80),
  }),
  async (user, input) => {
    const token = await createApiToken({ userId: user.id, name: input.name });
    revalidatePath('/settings');
    return { ok: true, data: { secret: token.secret, name: token.name } };
  },
);

/** Revokes one of the user's tokens. */
export const revokeTokenAction = authedAction(
  z.object({ tokenId: z.string().min(1) }),
  async (user, input) => {
    const revoked = await revokeApiToken({ userId: user.id, tokenId: input.tokenId });
    revalidatePath('/settings');
    return revoked ? { ok: true } : { error: 'That token was already revoked or does not exist.' };
  },
);

/** Sets the citation style this user reads in; empty follows each course's choice. */
export const setCitationStyleAction = authedAction(
  z.object({ citationStyle: z.union([z.enum(CITATION_STYLE_KEYS), z.literal('')]) }),
  async (user, input) => {
    await getDb().user.update({
      where: { id: user.id },
      data: { citationStyle: input.citationStyle || null },
    });
    revalidatePath('/settings');
    return { ok: true };
  },
);
