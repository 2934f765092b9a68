import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/auth/[...nextauth]/route';
import { uniqueEmail } from '../testing/unique-email';
import { signInLimitResponse } from './sign-in-limit-response';
import { recordFailedSignIn } from './sign-in-limiter';

const attempt = (email: string, ip: string, path = '/api/auth/callback/credentials') =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password: 'a guess', csrfToken: 'x', json: 'true' }),
  });

describe('a rate-limited sign-in over HTTP', () => {
  it('is answered 429 with Retry-After and the message where signIn() looks for it', async () => {
    const email = uniqueEmail('limited');
    for (let i = 0; i < 5; i++) await recordFailedSignIn(email, '10.9.0.1');
    const res = await POST(attempt(email.toUpperCase(), '10.9.0.2'), {
      params: Promise.resolve({ nextauth: ['callback', 'credentials'] }),
    });
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    const body = (await res.json()) as { url: string; error: string };
    expect(body.error).toMatch(/^Too many failed sign-ins\. Wait 15 minutes and try again\.$/);
    expect(new URL(body.url).searchParams.get('error')).toBe(body.error);
  });

  it('leaves other accounts, other addresses and other routes to next-auth', async () => {
    const email = uniqueEmail('limited');
    for (let i = 0; i < 5; i++) await recordFailedSignIn(email, '10.9.1.1');
    expect(await signInLimitResponse(attempt(uniqueEmail('calm'), '10.9.1.1'))).toBeNull();
    expect(await signInLimitResponse(attempt(email, '10.9.1.1', '/api/auth/signout'))).toBeNull();
  });

  it('limits an address after 50 failures across accounts', async () => {
    for (let i = 0; i < 50; i++) await recordFailedSignIn(uniqueEmail('sweep'), '10.9.2.1');
    const res = await signInLimitResponse(attempt(uniqueEmail('next'), '10.9.2.1'));
    expect(res?.status).toBe(429);
    expect(await signInLimitResponse(attempt(uniqueEmail('next'), '10.9.2.2'))).toBeNull();
  });
});
