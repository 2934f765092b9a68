import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { getDb } from '../db/prisma';
import { makeUser } from '../testing/make-course';
import { changePassword } from '../users/change-password';
import { authOptions } from './auth-options';
import { SESSION_MAX_AGE_SECONDS } from './revoke-session';

const callbacks = authOptions.callbacks!;

/** What the jwt callback makes at sign-in: the token a cookie then carries. */
async function signIn(userId: string): Promise<JWT> {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  return callbacks.jwt!({ token: { name: user.name, email: user.email }, user } as never);
}

/** Reads a session from a (copied) token as getServerSession does: the token, then the user. */
async function read(token: JWT) {
  const next = await callbacks.jwt!({ token } as never);
  const session = await callbacks.session!({ session: { expires: '' }, token: next } as never);
  return { token: next, userId: (session as { user: { id: string } }).user.id || null };
}

const signOut = (token: JWT) => authOptions.events!.signOut!({ token } as never);

describe('sessions', () => {
  it('gives every sign-in its own session id, and reads the user fresh', async () => {
    const user = await makeUser('fresh');
    const [phone, laptop] = [await signIn(user.id), await signIn(user.id)];
    expect(phone.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(laptop.sid).not.toBe(phone.sid);
    await getDb().user.update({ where: { id: user.id }, data: { name: 'Renamed' } });
    const seen = await read(phone);
    expect(seen.userId).toBe(user.id);
    expect(seen.token.name).toBe('Renamed');
  });

  it('signing out ends that session for every copy of its cookie, and no other', async () => {
    const user = await makeUser('signout');
    const phone = await signIn(user.id);
    const laptop = await signIn(user.id);
    await signOut(phone);
    const replayed = await read(phone);
    expect(replayed.userId).toBeNull();
    // The refresh hands back an empty token, which cannot be read back into the session.
    expect(replayed.token).toEqual({});
    expect((await read(replayed.token)).userId).toBeNull();
    expect((await read(laptop)).userId).toBe(user.id);
    // Signing out again with the same (or an ended) cookie is harmless.
    await signOut(phone);
    await signOut(replayed.token);
    const row = await getDb().revokedSession.findUniqueOrThrow({ where: { id: phone.sid! } });
    expect(row.userId).toBe(user.id);
    // No copy of the token can outlive the row: it expires a max age after its last refresh.
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(
      Date.now() + (SESSION_MAX_AGE_SECONDS - 60) * 1000,
    );
  });

  it('a password change ends every session; a new sign-in works', async () => {
    const user = await makeUser('rotate');
    const [phone, laptop] = [await signIn(user.id), await signIn(user.id)];
    await changePassword({
      userId: user.id,
      currentPassword: 'a long passphrase',
      newPassword: 'another long passphrase',
    });
    expect((await read(phone)).userId).toBeNull();
    expect((await read(laptop)).userId).toBeNull();
    expect((await read(await signIn(user.id))).userId).toBe(user.id);
  });

  it('refuses a token without a session id and one whose user is gone', async () => {
    const user = await makeUser('legacy');
    const legacy = await signIn(user.id);
    delete legacy.sid;
    expect((await read(legacy)).userId).toBeNull();
    const token = await signIn(user.id);
    await getDb().user.delete({ where: { id: user.id } });
    expect((await read(token)).userId).toBeNull();
  });

  it('prunes revoked sessions whose tokens can no longer be valid', async () => {
    const user = await makeUser('prune');
    const old = await getDb().revokedSession.create({
      data: { id: `old-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() - 1000) },
    });
    const kept = await signIn(user.id);
    await signOut(kept);
    await signOut(await signIn(user.id));
    expect(await getDb().revokedSession.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await getDb().revokedSession.findUnique({ where: { id: kept.sid! } })).not.toBeNull();
  });
});
