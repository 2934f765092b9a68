/**
 * Moderation queue: the first page (25) of a moderator's claims through listModerationQueue
 * and Prisma, on 100,000 claims over 200 documents (and a second course they do not
 * moderate), rotating among six filter sets; against a primary-key read of one annotation
 * through the same client, interleaved in the same run. Then EXPLAIN ANALYZE of the SQL
 * Prisma sends for each filter set.
 */
import pg from 'pg';
import { applyMigrations } from '../lib/db/apply-migrations';
import { createScratchDatabase } from '../lib/db/create-scratch-database';
import { getDb } from '../lib/db/prisma';
import { listModerationQueue } from '../lib/moderation/list-moderation-queue';
import { moderationQueueInput } from '../lib/moderation/moderation-queue-input';
import { median } from './support/median';
import { percentile } from './support/percentile';

const COURSES = [
  { id: 'c1', students: 50, documents: 200, claims: 100_000 },
  { id: 'c2', students: 20, documents: 20, claims: 10_000 },
];
const WARM_UP = 20;
const ROUNDS = 5;
const PER_ROUND = 60;
const TARGET_MS = 50;
const MODERATOR = 'c1_user_0';
const TEXT = (
  'In the spring of 1929 the plenum heard Bukharin argue that the grain crisis was the ' +
  'result of policy, not of kulak sabotage, and that the pace of industry set by the plan ' +
  'could not be met without ruining the alliance with the peasantry. '
).repeat(12);

/** As a browser sends them: query parameters, parsed by the route's own schema. */
const FILTERS: { name: string; query: Record<string, string> }[] = [
  { name: 'default (open, needs_source; oldest)', query: {} },
  {
    name: 'status=open&reason=needs_citation',
    query: { status: 'open', reason: 'needs_citation' },
  },
  { name: 'documentId (one of 200)', query: { documentId: 'c1_doc_42' } },
  { name: 'minAgeDays=30', query: { minAgeDays: '30' } },
  { name: 'authorId (one of 50 students)', query: { authorId: 'c1_user_7' } },
  { name: 'sort=newest', query: { sort: 'newest' } },
];

// One random() per row, each used once, so the mixes below hold.
const CLAIMS_SQL = `
INSERT INTO "Annotation" ("id", "documentId", "versionId", "authorId", "kind", "bodyText", "tags",
  "visibility", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd",
  "claimReason", "claimStatus", "deletedAt", "createdAt", "updatedAt")
SELECT $1 || '_claim_' || g, $1 || '_doc_' || d, $1 || '_ver_' || d, $1 || '_user_' || author,
  'CLAIM', 'Which source says so?', '{}', 'COURSE',
  substr($5, p + 1, len), substr($5, greatest(p - 32, 0) + 1, p - greatest(p - 32, 0)),
  substr($5, p + len + 1, 32), p, p + len,
  (CASE WHEN r1 < 0.40 THEN 'NEEDS_CITATION' WHEN r1 < 0.65 THEN 'FACTUALLY_DISPUTED'
    WHEN r1 < 0.80 THEN 'MISLEADING' WHEN r1 < 0.92 THEN 'OPINION_AS_FACT'
    ELSE 'OTHER' END)::"ClaimReason",
  (CASE WHEN r2 < 0.40 THEN 'OPEN' WHEN r2 < 0.55 THEN 'NEEDS_SOURCE'
    WHEN r2 < 0.70 THEN 'SUPPORTED' WHEN r2 < 0.80 THEN 'PARTLY_SUPPORTED'
    WHEN r2 < 0.88 THEN 'REFUTED' WHEN r2 < 0.94 THEN 'UNVERIFIABLE'
    ELSE 'DISMISSED' END)::"ClaimStatus",
  CASE WHEN r3 < 0.01 THEN created + interval '1 day' END, created, created
FROM (
  SELECT g, 1 + floor(random() * $2)::int AS d, 1 + floor(random() * $3)::int AS author,
    floor(random() * (length($5) - 100))::int AS p, 12 + floor(random() * 60)::int AS len,
    random() AS r1, random() AS r2, random() AS r3,
    now() - random() * interval '365 days' AS created
  FROM generate_series(1, $4::int) g
) AS s`;

/** A course, its moderator (user 0) and students, documents with one version each, claims. */
async function seedCourse(client: pg.Client, c: (typeof COURSES)[number]) {
  await client.query(`INSERT INTO "Course" ("id", "title", "updatedAt") VALUES ($1, $1, now())`, [
    c.id,
  ]);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "updatedAt")
     SELECT $1 || '_user_' || g, $1 || '_user_' || g || '@bench.test', 'User ' || g, now()
     FROM generate_series(0, $2::int) g`,
    [c.id, c.students],
  );
  await client.query(
    `INSERT INTO "Membership" ("id", "courseId", "userId", "role")
     SELECT $1 || '_member_' || g, $1, $1 || '_user_' || g,
       (CASE WHEN g = 0 THEN 'MODERATOR' ELSE 'STUDENT' END)::"CourseRole"
     FROM generate_series(0, $2::int) g`,
    [c.id, c.students],
  );
  await client.query(
    `INSERT INTO "Document" ("id", "title", "ownerId", "courseId", "createdAt", "updatedAt")
     SELECT $1 || '_doc_' || g, 'Reading ' || g, $1 || '_user_0', $1,
       now() - interval '400 days', now()
     FROM generate_series(1, $2::int) g`,
    [c.id, c.documents],
  );
  await client.query(
    `INSERT INTO "DocumentVersion" ("id", "documentId", "number", "content", "text", "authorId")
     SELECT $1 || '_ver_' || g, $1 || '_doc_' || g, 1,
       jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object(
         'type', 'paragraph', 'content', jsonb_build_array(
           jsonb_build_object('type', 'text', 'text', $3::text))))),
       $3, $1 || '_user_0'
     FROM generate_series(1, $2::int) g`,
    [c.id, c.documents, TEXT],
  );
  await client.query(
    `UPDATE "Document" SET "currentVersionId" = replace("id", '_doc_', '_ver_')
     WHERE "courseId" = $1`,
    [c.id],
  );
  await client.query(CLAIMS_SQL, [c.id, c.documents, c.students, c.claims, TEXT]);
}

type CapturedQuery = { text: string; values?: unknown[] };

/**
 * The SQL Prisma sends while `work` runs. The app's client logs nothing, so this listens
 * on the pg pool the driver adapter queries through.
 */
async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: CapturedQuery[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    if (q && typeof q === 'object' && 'text' in q) seen.push(q as CapturedQuery);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return seen;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** Runs the benchmark; the last line compares the queue's p95 with a primary-key read's. */
export async function run(): Promise<void> {
  const scratch = await createScratchDatabase('scholia_bench');
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    process.env.DATABASE_URL = scratch.url;
    await applyMigrations(scratch.url);
    await client.connect();
    const seedStart = performance.now();
    await client.query('SELECT setseed(0.1936)');
    for (const course of COURSES) await seedCourse(client, course);
    await client.query('ANALYZE');
    const claims = COURSES.reduce((n, c) => n + c.claims, 0);
    console.log(`Seeded ${claims} claims and ANALYZEd in ${ms(performance.now() - seedStart)}.`);

    const db = getDb();
    const actor = { id: MODERATOR };
    const filters = FILTERS.map((f) => moderationQueueInput.parse(f.query));
    const queue = (i: number) => listModerationQueue(actor, filters[i % filters.length]!);
    const pkRead = (i: number) =>
      db.annotation.findUnique({ where: { id: `c1_claim_${1 + ((i * 7919) % 100_000)}` } });
    for (let i = 0; i < WARM_UP; i++) {
      await queue(i);
      await pkRead(i);
    }

    const byFilter: number[][] = FILTERS.map(() => []);
    const rounds: { queue: number[]; pk: number[] }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const round = { queue: [] as number[], pk: [] as number[] };
      for (let k = 0; k < PER_ROUND; k++) {
        const i = r * PER_ROUND + k;
        const t = await timed(() => queue(i));
        round.queue.push(t);
        byFilter[i % FILTERS.length]!.push(t);
        round.pk.push(await timed(() => pkRead(i)));
      }
      rounds.push(round);
    }
    const first = await listModerationQueue(actor, filters[0]!);
    if (first.items.length !== 25) throw new Error('The default queue should fill a page of 25.');

    const all = (key: 'queue' | 'pk') => rounds.flatMap((r) => r[key]);
    const p95Of = (key: 'queue' | 'pk') => median(rounds.map((r) => percentile(r[key], 95)));
    console.table([
      ...FILTERS.map((f, i) => ({
        measure: `queue: ${f.name}`,
        runs: byFilter[i]!.length,
        p50: ms(percentile(byFilter[i]!, 50)),
        p95: ms(percentile(byFilter[i]!, 95)),
      })),
      ...(['queue', 'pk'] as const).map((key) => ({
        measure: key === 'queue' ? 'queue: all filters' : 'primary-key read (baseline)',
        runs: all(key).length,
        p50: ms(percentile(all(key), 50)),
        p95: ms(percentile(all(key), 95)),
      })),
    ]);

    for (const [i, f] of FILTERS.entries()) {
      const sent = await captureQueries(() => listModerationQueue(actor, filters[i]!));
      const select = sent.find((q) => /FROM "public"\."Annotation"/.test(q.text));
      if (!select) throw new Error('Prisma sent no query on "Annotation".');
      const plan = await client.query<{ 'QUERY PLAN': string }>({
        text: `EXPLAIN (ANALYZE, BUFFERS) ${select.text}`,
        values: select.values,
      });
      const lines = plan.rows.map((row) => row['QUERY PLAN']);
      if (i === 0) console.log(`\n${select.text}\n\n${lines.join('\n')}\n`);
      const seqScan = lines.some((l) => /Seq Scan on "Annotation"/.test(l));
      const took = lines.find((l) => l.startsWith('Execution Time'));
      console.log(`EXPLAIN ${f.name}: ${took}${seqScan ? ', seq scan on "Annotation"' : ''}`);
    }

    console.log(
      `\nFirst page of ${filters[0]!.limit}; ${claims} claims over ${COURSES.length} courses. ` +
        `p95 is the median of ${ROUNDS} rounds' p95, ${PER_ROUND} queue and ${PER_ROUND} ` +
        `primary-key reads each, interleaved; p95 per round: queue ` +
        `${rounds.map((r) => percentile(r.queue, 95).toFixed(1)).join(', ')} ms, primary key ` +
        `${rounds.map((r) => percentile(r.pk, 95).toFixed(1)).join(', ')} ms.`,
    );
    const queueP95 = p95Of('queue');
    const pkP95 = p95Of('pk');
    console.log(
      `moderation queue first page p95 ${ms(queueP95)} vs primary-key read p95 ${ms(pkP95)}: ` +
        `${(queueP95 / pkP95).toFixed(1)}x (target: p95 under ${TARGET_MS} ms)`,
    );
  } finally {
    await getDb().$disconnect();
    await client.end().catch(() => {});
    await scratch.drop();
  }
}
