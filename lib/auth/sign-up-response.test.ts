import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/accounts/route';
import { getDb } from '../db/prisma';
import { uniqueEmail } from '../testing/unique-email';
import { consumeSignUp, SIGN_UPS_PER_IP } from './sign-up-limiter';

const signUp = (body: unknown, ip: string, headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/v1/accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body: JSON.stringify(body),
    }),
  );

const person = () => ({
  name: 'New Reader',
  email: uniqueEmail('signup'),
  password: 'a long passphrase',
});

describe('POST /api/v1/accounts', () => {
  it('creates the account: 201, and the person can be found by their address', async () => {
    const input = person();
    const res = await signUp(input, '10.8.0.1');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const user = await getDb().user.findUnique({
      where: { email: input.email },
      select: { id: true, passwordHash: true },
    });
    expect(user?.id).toBe(id);
    expect(user?.passwordHash).toMatch(/^\$argon2/);
  });

  it('says what is wrong with each field (400) and with a taken address (409)', async () => {
    const bad = await signUp({ name: ' ', email: 'not an address', password: 'short' }, '10.8.0.2');
    expect(bad.status).toBe(400);
    const { fieldErrors } = (await bad.json()) as { fieldErrors: Record<string, string> };
    expect(Object.keys(fieldErrors).sort()).toEqual(['email', 'name', 'password']);

    const input = person();
    expect((await signUp(input, '10.8.0.2')).status).toBe(201);
    const again = await signUp({ ...input, email: input.email.toUpperCase() }, '10.8.0.2');
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toMatch(/already exists/);
  });

  it('refuses a sign-up posted from another site', async () => {
    const input = person();
    const res = await signUp(input, '10.8.0.3', {
      origin: 'https://evil.example',
      host: 'localhost',
    });
    expect(res.status).toBe(403);
    expect(await getDb().user.count({ where: { email: input.email } })).toBe(0);
  });

  it(`lets one address create ${SIGN_UPS_PER_IP} accounts an hour, then answers 429 with Retry-After`, async () => {
    const ip = `10.8.1.${Math.floor(Math.random() * 250)}`;
    // A whole school's worth, counted without hashing 200 passwords in a test.
    for (let i = 0; i < SIGN_UPS_PER_IP - 1; i++) await consumeSignUp(ip);
    expect((await signUp(person(), ip)).status).toBe(201);

    const refused = person();
    const res = await signUp(refused, ip);
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(59 * 60);
    expect(wait).toBeLessThanOrEqual(60 * 60);
    expect(((await res.json()) as { error: string }).error).toMatch(
      /^Too many accounts were created from this network; wait 60 minutes/,
    );
    expect(await getDb().user.count({ where: { email: refused.email } })).toBe(0);

    // Another address, such as the next school, is not held up.
    expect((await signUp(person(), '10.8.2.1')).status).toBe(201);
  });
});
