import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createClaimRoute } from '@/app/api/v1/documents/[id]/claims/route';
import { POST as attachSourceRoute } from '@/app/api/v1/annotations/[id]/sources/route';
import { createApiToken } from '../api-tokens/create-api-token';
import { applyMigrations } from '../db/apply-migrations';
import type { CourseRole } from '../db/generated/enums';
import { getDb } from '../db/prisma';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/start-embedded-postgres';
import { findFreePort } from '../net/find-free-port';
import { jsonRequest } from '../testing/api-client';
import { fetchRoute } from '../testing/fetch-route';
import { makeCourseWithDocuments } from '../testing/make-course';

const TEXT = 'The reading room closed at nine, and the lamps went out one by one.';
const WRITERS = 4;

/** What one request answered; a handler that threw is what Next serves as a 500. */
interface Outcome {
  status: number;
  error?: string;
  retryAfter?: string | null;
}

let root: string;
let port: number;
let db: EmbeddedDatabase;

const startOwnPostgres = () =>
  startEmbeddedPostgres({ dataDir: path.join(root, 'pg'), database: 'restart', port });

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'scholia-restart-'));
  await chmod(root, 0o755);
  port = await findFreePort();
  db = await startOwnPostgres();
  await applyMigrations(db.url);
  // This file's app code talks to a Postgres of its own, which it may stop and start.
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await getDb().$disconnect();
  await db.stop();
  await rm(root, { recursive: true, force: true });
});

async function outcomeOf(response: Promise<Response>): Promise<Outcome & { body?: unknown }> {
  try {
    const res = await response;
    const body = (await res.json()) as { error?: string };
    return {
      status: res.status,
      error: body.error,
      retryAfter: res.headers.get('retry-after'),
      body,
    };
  } catch (err) {
    return { status: 500, error: (err as Error).message };
  }
}

describe('a Postgres restart during writes', () => {
  it('answers 503 with a sentence and Retry-After, writes nothing by halves, and recovers on the same process', async () => {
    const roles: Record<string, CourseRole> = { teacher: 'INSTRUCTOR' };
    for (let w = 0; w < WRITERS; w++) roles[`w${w}`] = 'STUDENT';
    const {
      course,
      documentIds: [documentId],
    } = await makeCourseWithDocuments(roles, TEXT, ['Restart']);
    // One writer per student, each under their own write limit.
    const secrets = await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const userId = course.users[`w${w}`]!.id;
        return (await createApiToken({ userId, name: 'restart' })).secret;
      }),
    );
    const secretOf = (id: string) => secrets[Number(id.slice('restart'.length, id.indexOf('x')))]!;
    const client = getDb();

    // One unit of work: a claim (note plus its first review) and a new source (source plus link).
    const createClaim = (id: string) =>
      outcomeOf(
        fetchRoute(
          secretOf(id),
          createClaimRoute,
          jsonRequest(
            'POST',
            {
              id,
              target: { selector: [{ type: 'TextQuoteSelector', exact: 'the lamps went out' }] },
              reason: 'needs_citation',
              tags: ['restart', id.slice(-6)],
            },
            { id: documentId },
          ),
        ),
      );
    const attachSource = (id: string) =>
      outcomeOf(
        fetchRoute(
          secretOf(id),
          attachSourceRoute,
          jsonRequest(
            'POST',
            {
              source: { type: 'web_page', title: `Lamps ${id}`, url: `https://example.org/${id}` },
              relation: 'supports',
            },
            { id },
          ),
        ),
      );

    // A refused writer waits a moment before its next write, as a client backing off would.
    const pause = () => new Promise((r) => setTimeout(r, 200));
    const outcomes: Outcome[] = [];
    const attempted = new Set<string>();
    const unsaved = { claims: new Set<string>(), sources: new Set<string>() };
    let succeededAfterRestart = 0;
    let restarted = false;
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const id = `restart${w}x${String(i).padStart(14, '0')}`;
        attempted.add(id);
        const claim = await createClaim(id);
        outcomes.push(claim);
        if (claim.status !== 201) {
          unsaved.claims.add(id);
          await pause();
          continue;
        }
        const source = await attachSource(id);
        outcomes.push(source);
        if (source.status !== 201) {
          unsaved.sources.add(id);
          await pause();
        } else if (restarted) succeededAfterRestart++;
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

    await expect
      .poll(() => outcomes.filter((o) => o.status === 201).length, { timeout: 20_000 })
      .toBeGreaterThan(8);
    // A fast shutdown terminates the open connections mid-query; then nothing listens for a while.
    await db.stop();
    await new Promise((r) => setTimeout(r, 1500));
    db = await startOwnPostgres();
    restarted = true;
    await expect
      .poll(() => succeededAfterRestart, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(WRITERS);
    writing = false;
    await Promise.all(writers);

    const failures = outcomes.filter((o) => o.status !== 201);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure, JSON.stringify(failure)).toMatchObject({ status: 503 });
      expect(failure.error).toMatch(/^[A-Z].{20,}\.$/);
      expect(Number(failure.retryAfter)).toBeGreaterThan(0);
    }
    // The same process, the same Prisma client, serving again.
    expect(getDb()).toBe(client);

    // What was refused is retried with the same ids, as the reader does: each lands once.
    for (const id of unsaved.claims) {
      expect((await createClaim(id)).status).toBe(201);
      unsaved.sources.add(id);
    }
    for (const id of unsaved.sources) expect([200, 201]).toContain((await attachSource(id)).status);

    const notes = await client.annotation.findMany({
      where: { documentId },
      select: {
        id: true,
        tags: true,
        _count: { select: { claimReviews: true, sources: true } },
      },
    });
    expect(notes.map((n) => n.id).sort()).toEqual([...attempted].sort());
    for (const note of notes) {
      expect(note.tags).toEqual(['restart', note.id.slice(-6)]);
      expect(note._count).toEqual({ claimReviews: 1, sources: 1 });
    }
    const sources = await client.source.findMany({
      where: { courseId: course.courseId },
      select: { title: true, _count: { select: { annotations: true } } },
    });
    expect(sources.map((s) => s.title).sort()).toEqual(notes.map((n) => `Lamps ${n.id}`).sort());
    for (const source of sources) expect(source._count.annotations).toBe(1);
  }, 90_000);
});
