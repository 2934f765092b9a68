import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../testing/unique-email';
import { createUser } from '../users/create-user';
import { SignInRateLimitedError } from './sign-in-limiter';
import { verifyCredentials, WRONG_CREDENTIALS } from './verify-credentials';

const PASSWORD = 'correct horse battery';

describe('verifyCredentials', () => {
  it('returns the user for the right password, whatever the email case', async () => {
    const email = uniqueEmail();
    const created = await createUser({ name: 'Ada', email, password: PASSWORD });
    const user = await verifyCredentials({
      email: email.toUpperCase(),
      password: PASSWORD,
      ip: '10.0.0.1',
    });
    expect(user.id).toBe(created.id);
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('gives the same message for a wrong password and an unknown email', async () => {
    const email = uniqueEmail();
    await createUser({ name: 'Ada', email, password: PASSWORD });
    await expect(
      verifyCredentials({ email, password: 'wrong password!', ip: '10.0.0.2' }),
    ).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(
      verifyCredentials({ email: uniqueEmail('ghost'), password: PASSWORD, ip: '10.0.0.2' }),
    ).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it('blocks an account after five failures, even with the right password, but not others', async () => {
    const email = uniqueEmail();
    const other = uniqueEmail();
    await createUser({ name: 'Ada', email, password: PASSWORD });
    await createUser({ name: 'Bo', email: other, password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      await expect(
        verifyCredentials({ email, password: `wrong ${i} guess`, ip: '10.0.0.3' }),
      ).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const blocked = verifyCredentials({ email, password: PASSWORD, ip: '10.0.0.3' });
    await expect(blocked).rejects.toBeInstanceOf(SignInRateLimitedError);
    await expect(blocked).rejects.toThrow(
      /Too many failed sign-ins\. Wait \d+ minutes? and try again\./,
    );
    await expect(
      verifyCredentials({ email: other, password: PASSWORD, ip: '10.0.0.3' }),
    ).resolves.toBeTruthy();
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const email = uniqueEmail();
    await createUser({ name: 'Ada', email, password: PASSWORD });
    for (let i = 0; i < 4; i++) {
      await verifyCredentials({ email, password: 'wrong guess!', ip: '10.0.0.4' }).catch(() => {});
    }
    await verifyCredentials({ email, password: PASSWORD, ip: '10.0.0.4' });
    for (let i = 0; i < 4; i++) {
      await verifyCredentials({ email, password: 'wrong guess!', ip: '10.0.0.4' }).catch(() => {});
    }
    await expect(
      verifyCredentials({ email, password: PASSWORD, ip: '10.0.0.4' }),
    ).resolves.toBeTruthy();
  });
});
