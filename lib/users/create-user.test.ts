import { describe, expect, it } from 'vitest';
import { getDb } from '../db/prisma';
import { uniqueEmail } from '../testing/unique-email';
import { createUser, DuplicateEmailError } from './create-user';

describe('createUser', () => {
  it('stores an argon2id hash, never the password, and omits it from default queries', async () => {
    const email = uniqueEmail();
    const user = await createUser({ name: 'Ada', email, password: 'a long passphrase' });
    const plain = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(plain).not.toHaveProperty('passwordHash');
    const withSecret = await getDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(withSecret.passwordHash).toMatch(/^\$argon2id\$/);
    expect(withSecret.passwordHash).not.toContain('a long passphrase');
  });

  it('refuses a second account with the same email', async () => {
    const email = uniqueEmail();
    await createUser({ name: 'One', email, password: 'a long passphrase' });
    await expect(
      createUser({ name: 'Two', email, password: 'another passphrase' }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });
});
