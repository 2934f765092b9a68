import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '../auth/verify-credentials';
import { getDb } from '../db/prisma';
import { uniqueEmail } from '../testing/unique-email';
import { changePassword, WrongCurrentPasswordError } from './change-password';
import { createUser } from './create-user';

describe('changePassword', () => {
  it('replaces the password and bumps the session version', async () => {
    const email = uniqueEmail();
    const user = await createUser({ name: 'Ada', email, password: 'first passphrase' });
    await changePassword({
      userId: user.id,
      currentPassword: 'first passphrase',
      newPassword: 'second passphrase',
    });
    const after = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1);
    await expect(
      verifyCredentials({ email, password: 'second passphrase', ip: '10.1.0.1' }),
    ).resolves.toBeTruthy();
    await expect(
      verifyCredentials({ email, password: 'first passphrase', ip: '10.1.0.1' }),
    ).rejects.toThrow();
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const user = await createUser({
      name: 'Ada',
      email: uniqueEmail(),
      password: 'first passphrase',
    });
    await expect(
      changePassword({
        userId: user.id,
        currentPassword: 'not it at all',
        newPassword: 'second passphrase',
      }),
    ).rejects.toBeInstanceOf(WrongCurrentPasswordError);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(
      0,
    );
  });
});
