import { beforeAll, describe, expect, it } from 'vitest';
import { COLLAB_TOKEN_SECONDS, signCollabToken, verifyCollabToken } from './collab-token';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'collab-test-secret';
});

const claims = { sub: 'user1', doc: 'doc1', room: 'presence.doc1' };

describe('collab tokens', () => {
  it('carry their claims until they expire', () => {
    const now = Date.now();
    const token = signCollabToken(claims, now);
    expect(verifyCollabToken(token, now)).toMatchObject(claims);
    expect(verifyCollabToken(token, now + (COLLAB_TOKEN_SECONDS - 1) * 1000)).not.toBeNull();
    expect(verifyCollabToken(token, now + (COLLAB_TOKEN_SECONDS + 1) * 1000)).toBeNull();
  });
  it('are refused when altered or malformed', () => {
    const token = signCollabToken(claims);
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin', exp: 9e9 })).toString(
      'base64url',
    );
    expect(verifyCollabToken(`${forged}.${signature}`)).toBeNull();
    expect(verifyCollabToken(`${payload}.${signature!.slice(0, -2)}`)).toBeNull();
    for (const bad of ['', 'x', 'x.y', `${payload}.`, `.${signature}`])
      expect(verifyCollabToken(bad)).toBeNull();
  });
  it('are refused under another secret', () => {
    const token = signCollabToken(claims);
    const previous = process.env.COLLAB_SECRET;
    process.env.COLLAB_SECRET = 'a different secret';
    try {
      expect(verifyCollabToken(token)).toBeNull();
    } finally {
      if (previous === undefined) delete process.env.COLLAB_SECRET;
      else process.env.COLLAB_SECRET = previous;
    }
  });
});
