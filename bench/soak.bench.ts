/**
 * Soak (issue 9): 200 students on 10 documents of one course for SOAK_SECONDS (600 by
 * default) after a warm-up (SOAK_WARMUP_SECONDS, a tenth of that, 10 to 60 s), against
 * the app as `npm start` runs it (Next's production server, the collab server, an
 * embedded Postgres) on loopback. Each student reads the margin, posts notes, replies and
 * moves their selection at the rates of SOAK_RATES, through the JSON API with a personal
 * token and one WebSocket to the collab server carrying their margin rooms and the
 * presence room (real Yjs providers). The students run in this process; the servers in
 * their own, so their memory is measured alone.
 *
 * It prints every error, write and read latency, delivery (the write's 201 → the note or
 * reply in each other reader's margin room), and the web and collab servers' memory just
 * after the warm-up and at the end. Memory is read after a full garbage collection
 * (through each server's inspector, outside the measured window), so what is compared
 * is what the server holds, not how much garbage V8 let pile up before collecting; RSS
 * as sampled every second is printed beside it. The baseline, in the same run, is the raw floor of
 * the same work: the same students at the same rates, each write one bare INSERT through
 * a pg pool and its delivery one Yjs update through a bare ws relay (no HTTP, no auth,
 * no policy, no projection), for at most 60 s. The last line gives the p99 ratios to it.
 * Resolves false (exit code 1) on any error or if either server's RSS after a full
 * garbage collection grew 10% or more.
 */
import pg from 'pg';
import { getDb } from '../lib/db/prisma';
import { findFreePort } from '../lib/net/find-free-port';
import { AppStudent } from './support/app-student';
import { childProcesses } from './support/child-processes';
import { FLOOR_TABLES_SQL, FloorStudent } from './support/floor-student';
import { launchForBench } from './support/launch-for-bench';
import { memoryAfterGc, type MemoryAfterGc } from './support/memory-after-gc';
import { percentile } from './support/percentile';
import { sampleRss } from './support/sample-rss';
import { settle } from './support/settle';
import { createSoakFixture, type SoakFixture } from './support/soak-fixture';
import { createSoakProbe, type SoakProbe } from './support/soak-probe';
import { SOAK_RATES, startSchedule, type StudentActions } from './support/soak-schedule';
import { spawnWsRelay } from './support/spawn-ws-relay';

const STUDENTS = 200;
const DOCUMENTS = 10;
const MAX_RSS_GROWTH = 0.1;
const FLOOR_SECONDS = 60;
const FLOOR_WARMUP_SECONDS = 5;
// Students join in groups, as a class drifts in, not all in one instant.
const JOIN_GROUP = 20;
const DRAIN_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Student = StudentActions & { close: () => void };

interface Phase {
  probe: SoakProbe;
  counts: Record<keyof StudentActions, number>;
}

function seconds(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a number of seconds.`);
  return value;
}

async function joinAll(
  fx: SoakFixture,
  join: (seat: SoakFixture['seats'][number]) => Promise<Student>,
) {
  const students: Student[] = [];
  for (let i = 0; i < fx.seats.length; i += JOIN_GROUP)
    students.push(...(await Promise.all(fx.seats.slice(i, i + JOIN_GROUP).map(join))));
  return students;
}

/** Runs the schedule: a warm-up, then `measureS` counted, then waits for deliveries. */
async function drive(
  students: Student[],
  probe: SoakProbe,
  warmUpS: number,
  measureS: number,
  during: () => Promise<() => Promise<void>>,
) {
  const schedule = startSchedule(students);
  await sleep(warmUpS * 1000);
  // Outside the measured window: `during` may pause the servers to collect garbage.
  const finish = await during();
  probe.measuring = true;
  await sleep(measureS * 1000);
  probe.measuring = false;
  await finish();
  await schedule.stop();
  const until = Date.now() + DRAIN_MS;
  while (probe.log.missing().size && Date.now() < until) await sleep(100);
  for (const [, readers] of probe.log.missing())
    probe.errors.add('delivery', `a write never reached ${readers} of its readers`);
  for (const student of students) student.close();
  return schedule.counts;
}

/** The web server (`next start`) and the collab server among the launcher's children. */
async function serverPids(launcherPid: number) {
  const children = await childProcesses(launcherPid);
  const find = (pattern: RegExp) => {
    const found = children.filter((c) => pattern.test(c.command)).at(-1);
    if (!found) throw new Error(`No server matches ${pattern} among ${JSON.stringify(children)}.`);
    return found.pid;
  };
  return { web: find(/next-server|next start/), collab: find(/scripts\/collab\.ts/) };
}

async function soakApp(
  app: { baseURL: string; pid: number },
  fx: SoakFixture,
  warmUpS: number,
  measureS: number,
) {
  const pids = await serverPids(app.pid);
  const probe = createSoakProbe(fx.readers);
  const students = await joinAll(fx, (seat) => AppStudent.join(seat, app.baseURL, probe));
  await settle(pids.web);
  await settle(pids.collab);
  let rss: Record<string, { start: number; end: number; tenths: number[] }> = {};
  const live: Record<string, MemoryAfterGc[]> = { web: [], collab: [] };
  const collect = async () => {
    for (const [name, pid] of Object.entries(pids)) live[name]!.push(await memoryAfterGc(pid));
  };
  const counts = await drive(students, probe, warmUpS, measureS, async () => {
    await collect();
    const sampler = sampleRss(pids);
    return async () => {
      rss = sampler.stop();
      await collect();
    };
  });
  return { probe, counts, rss, live };
}

async function soakFloor(fx: SoakFixture, measureS: number): Promise<Phase> {
  const port = await findFreePort();
  const relay = await spawnWsRelay(port);
  // As many connections as the app's Prisma client opens (pg's default pool of 10).
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  try {
    await pool.query(FLOOR_TABLES_SQL);
    const probe = createSoakProbe(fx.readers);
    const students = await joinAll(fx, (seat) => FloorStudent.join(seat, port, pool, probe));
    const counts = await drive(
      students,
      probe,
      FLOOR_WARMUP_SECONDS,
      measureS,
      async () => async () => {},
    );
    return { probe, counts };
  } finally {
    await pool.end();
    await relay.stop();
  }
}

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const p = (values: number[], q: number) => percentile(values, q);
const range = ([min, max]: readonly [number, number]) => `${min}–${max} s`;

function report(name: string, { probe, counts }: Phase) {
  const { values, early } = probe.log.latencies();
  const { writes, reads } = probe.timings;
  console.log(
    `${name}: ${counts.post} notes, ${counts.reply} replies, ${counts.read} reads, ${counts.move} selection moves ` +
      `(${probe.awarenessStates} awareness states delivered); ${probe.errors.total} errors`,
  );
  console.log(
    `  writes p50 ${ms(p(writes, 50))}, p99 ${ms(p(writes, 99))} (${writes.length}); ` +
      `reads p50 ${ms(p(reads, 50))}, p99 ${ms(p(reads, 99))} (${reads.length}); ` +
      `delivery p50 ${ms(p(values, 50))}, p99 ${ms(p(values, 99))} ` +
      `(${values.length} sightings, ${early} before the acknowledgement)`,
  );
  for (const line of probe.errors.lines()) console.log(line);
}

/** Runs the soak, then the floor; false when there were errors or memory grew too much. */
export async function run(): Promise<boolean> {
  const measureS = seconds('SOAK_SECONDS', 600);
  const warmUpS = seconds('SOAK_WARMUP_SECONDS', Math.min(60, Math.max(10, measureS / 10)));
  const floorS = Math.min(FLOOR_SECONDS, measureS);
  console.log(
    `soak: ${STUDENTS} students on ${DOCUMENTS} documents, ${measureS} s after a ${warmUpS} s warm-up ` +
      `(floor: ${floorS} s); each reads the margin every ${range(SOAK_RATES.read)}, posts a note every ` +
      `${range(SOAK_RATES.post)}, replies every ${range(SOAK_RATES.reply)} and moves the selection every ${range(SOAK_RATES.move)}`,
  );
  const app = await launchForBench();
  try {
    const fx = await createSoakFixture({ students: STUDENTS, documents: DOCUMENTS });
    const ours = await soakApp(app, fx, warmUpS, measureS);
    const floor = await soakFloor(fx, floorS);
    report('app', ours);
    const growth: Record<string, number> = {};
    for (const [name, { start, end, tenths }] of Object.entries(ours.rss)) {
      const [before, after] = ours.live[name]!;
      growth[name] = after!.rss / before!.rss - 1;
      console.log(
        `  ${name} server after a full GC: RSS ${mib(before!.rss)} after the warm-up, ${mib(after!.rss)} at the end ` +
          `(${(growth[name] * 100).toFixed(1)}%); heap ${mib(before!.heapUsed)} → ${mib(after!.heapUsed)}, ` +
          `external ${mib(before!.external)} → ${mib(after!.external)}`,
      );
      console.log(
        `    RSS as sampled, garbage included: ${mib(start)} → ${mib(end)}; ` +
          `by tenths of the run ${tenths.map((b) => (b / 2 ** 20).toFixed(0)).join(' ')} MiB`,
      );
    }
    report('floor (bare INSERT + bare Yjs update over a ws relay)', floor);
    const errors = ours.probe.errors.total + floor.probe.errors.total;
    const grown = Object.values(growth).some((g) => g >= MAX_RSS_GROWTH);
    const writeRatio = p(ours.probe.timings.writes, 99) / p(floor.probe.timings.writes, 99);
    const delivered = [ours, floor].map((ph) => p(ph.probe.log.latencies().values, 99));
    console.log(
      `soak ${errors || grown ? 'FAILED' : 'ok'}: ${errors} errors; RSS growth after a full GC ` +
        Object.entries(growth)
          .map(([name, g]) => `${name} ${(g * 100).toFixed(1)}%`)
          .join(', ') +
        ` (limit ${MAX_RSS_GROWTH * 100}%); write p99 ${writeRatio.toFixed(1)}x a bare INSERT; ` +
        `delivery p99 ${ms(delivered[0]!)}, ${(delivered[0]! / delivered[1]!).toFixed(1)}x a bare INSERT + Yjs update`,
    );
    return errors === 0 && !grown;
  } finally {
    await getDb().$disconnect();
    await app.stop();
  }
}
