import { describe, expect, it } from 'vitest';
import { GET as listDocs, POST as createDoc } from '@/app/api/v1/documents/route';
import { apiClientFor } from '../testing/api-client';
import { makeUser } from '../testing/make-course';
import { REQUEST_LIMITS } from './request-limiter';

const post = (i: number) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: `Flood ${i}`, text: 'x' }),
});

describe('write limits', () => {
  it('answers 429 with Retry-After once a user passes the writes of a minute, and only them', async () => {
    const flooder = await makeUser('flooder');
    const api = await apiClientFor(flooder.id);
    const { call } = api;
    const token = api.secret;
    // Spend the minute's budget cheaply (a refused body still counts as a write).
    const bad = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };
    for (let i = 0; i < REQUEST_LIMITS.write; i++) await call(createDoc, bad);
    const request = new Request('http://localhost/api/v1/documents', {
      ...post(1),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    const refused = await createDoc(request, { params: Promise.resolve({}) } as never);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /^Too many changes in a minute; wait \d+ seconds? and try again\.$/,
    );
    // Reading is not a write; and someone else still writes.
    expect((await call(listDocs)).status).toBe(200);
    const other = await apiClientFor((await makeUser('calm')).id);
    expect((await other.call(createDoc, post(2))).status).toBe(201);
  });
});
