import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCredentials } from '../auth/verify-credentials';
import { applyMigrations } from '../db/apply-migrations';
import { createScratchDatabase, type ScratchDatabase } from '../db/create-scratch-database';
import { getDb } from '../db/prisma';
import { DEMO_PASSWORD, demoAccounts } from './demo-documents';
import { seedDemoData } from './seed-demo-data';

// Seeding only happens on an empty database, so this file gets one of its own.
let scratch: ScratchDatabase;
const sharedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  scratch = await createScratchDatabase('scholia_seed');
  await applyMigrations(scratch.url);
  process.env.DATABASE_URL = scratch.url;
});

afterAll(async () => {
  await getDb().$disconnect();
  process.env.DATABASE_URL = sharedUrl;
  await scratch.drop();
});

describe('seedDemoData', () => {
  it('writes the demo course with its four members and two documents', async () => {
    expect(await seedDemoData()).toBe(true);
    const course = await getDb().course.findFirstOrThrow({
      select: {
        title: true,
        memberships: { select: { role: true, user: { select: { email: true } } } },
        documents: {
          select: { title: true, currentVersion: { select: { number: true, text: true } } },
        },
      },
    });
    expect(course.memberships.map((m) => [m.user.email, m.role]).sort()).toEqual(
      demoAccounts.map((a) => [a.email, a.role]).sort(),
    );
    expect(course.documents).toHaveLength(2);
    for (const doc of course.documents) {
      expect(doc.currentVersion?.number).toBe(1);
      expect(doc.currentVersion?.text.length).toBeGreaterThan(500);
    }
  });

  it('flags two claims on the reading-room text: one open, one supported by a cited source', async () => {
    const claims = await getDb().annotation.findMany({
      where: { kind: 'CLAIM' },
      orderBy: { createdAt: 'asc' },
      select: { claimStatus: true, sources: { select: { relation: true } }, claimReviews: true },
    });
    expect(claims.map((c) => c.claimStatus)).toEqual(['OPEN', 'SUPPORTED']);
    expect(claims[1]!.sources).toEqual([{ relation: 'SUPPORTS' }]);
    expect(claims[1]!.claimReviews).toHaveLength(2);
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of demoAccounts) {
      const user = await verifyCredentials({
        email: account.email,
        password: DEMO_PASSWORD,
        ip: '10.2.0.1',
      });
      expect(user.email).toBe(account.email);
    }
  });

  it('does nothing on a database that already has users', async () => {
    expect(await seedDemoData()).toBe(false);
    expect(await getDb().user.count()).toBe(demoAccounts.length);
    expect(await getDb().document.count()).toBe(2);
  });
  it('sets an assignment on the reading-room text, due in a week', async () => {
    const [assignment] = await getDb().assignment.findMany({
      select: { title: true, dueAt: true, document: { select: { title: true } } },
    });
    expect(assignment!.title).toBe('Who was the reading room for?');
    expect(assignment!.document.title).toBe('A Short History of the Reading Room');
    const days = (assignment!.dueAt!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
  });
});
