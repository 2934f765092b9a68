import { describe, expect, it } from 'vitest';
import { getDb } from '../db/prisma';
import { uniqueEmail } from '../testing/unique-email';
import { createUser } from '../users/create-user';
import { createApiToken } from './create-api-token';
import { findUserByApiToken } from './find-user-by-api-token';
import { hashApiToken } from './hash-api-token';
import { listApiTokens } from './list-api-tokens';
import { revokeApiToken } from './revoke-api-token';

async function newUser() {
  return createUser({ name: 'Token Owner', email: uniqueEmail(), password: 'a long passphrase' });
}

describe('personal API tokens', () => {
  it('authenticate their owner and store only a hash', async () => {
    const user = await newUser();
    const token = await createApiToken({ userId: user.id, name: 'script' });
    expect(token.secret).toMatch(/^sch_[\w-]{43}$/);
    expect((await findUserByApiToken(token.secret))?.id).toBe(user.id);
    const row = await getDb().apiToken.findUniqueOrThrow({
      where: { id: token.id },
      select: { tokenHash: true, lastUsedAt: true },
    });
    expect(row.tokenHash).toBe(hashApiToken(token.secret));
    expect(row.tokenHash).not.toContain(token.secret.slice(4));
    expect(row.lastUsedAt).not.toBeNull();
    expect(
      await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } }),
    ).not.toHaveProperty('tokenHash');
  });

  it('stop working once revoked, and only the owner can revoke', async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const token = await createApiToken({ userId: owner.id, name: 'script' });
    expect(await revokeApiToken({ userId: stranger.id, tokenId: token.id })).toBe(false);
    expect(await findUserByApiToken(token.secret)).not.toBeNull();
    expect(await revokeApiToken({ userId: owner.id, tokenId: token.id })).toBe(true);
    expect(await findUserByApiToken(token.secret)).toBeNull();
    expect(await listApiTokens(owner.id)).toEqual([]);
  });

  it('reject made-up and malformed tokens', async () => {
    expect(await findUserByApiToken('sch_' + 'x'.repeat(43))).toBeNull();
    expect(await findUserByApiToken('not-a-token')).toBeNull();
  });
});
