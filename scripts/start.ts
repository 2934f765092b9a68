/**
 * `npm start` (and `npm run dev` with --dev): database, migrations, demo data on first
 * run, a production build when sources changed, then the web and collab servers. Ctrl-C stops
 * everything, the embedded database last.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runCli, UsageError } from '../lib/cli/run-cli';
import { dataDir } from '../lib/config/data-dir';
import { applyMigrations } from '../lib/db/apply-migrations';
import { getDb } from '../lib/db/prisma';
import { startDatabase } from '../lib/db/start-database';
import { seedDemoData } from '../lib/demo/seed-demo-data';
import { assertPortFree } from '../lib/launcher/assert-port-free';
import { ensureAuthSecret } from '../lib/launcher/ensure-auth-secret';
import { needsBuild } from '../lib/launcher/needs-build';
import { onParentExit } from '../lib/launcher/on-parent-exit';
import { printBanner } from '../lib/launcher/print-banner';
import { spawnService, type Service } from '../lib/launcher/spawn-service';
import { waitForHttp } from '../lib/launcher/wait-for-http';
import { buildApp } from '../lib/launcher/build-app';
import { collabPort } from '../lib/collab/collab-config';

const startedAt = Date.now();
const dev = process.argv.includes('--dev');
const root = process.cwd();
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

runCli(async () => {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
  }
  await assertPortFree(port);
  const wsPort = collabPort({ ...process.env, PORT: String(port) });
  await assertPortFree(wsPort);
  const dir = dataDir();
  await mkdir(dir, { recursive: true });
  const pgLog = createWriteStream(path.join(dir, 'postgres.log'), { flags: 'a' });

  const services: Service[] = [];
  // Everything started registers how to stop it; shutdown runs them last-started first,
  // so the servers stop before the database they use.
  const cleanups: (() => Promise<void>)[] = [async () => void pgLog.end()];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Scholia…');
    for (const cleanup of cleanups.reverse()) await cleanup();
    console.log('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(0));
  }
  onParentExit(() => void shutdown(0));

  console.log(
    process.env.DATABASE_URL
      ? 'Connecting to DATABASE_URL…'
      : `Starting the embedded database in ${dir}…`,
  );
  const db = await startDatabase({ dataDir: dir, onLog: (line) => pgLog.write(`${line}\n`) });
  cleanups.push(db.stop);
  process.env.DATABASE_URL = db.url;
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (await seedDemoData()) console.log('Wrote the demo course, accounts and documents.');

  if (!dev && (await needsBuild(root))) await buildApp({ nextBin, root });
  if (stopping) return;

  const url = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: String(port),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    NEXTAUTH_SECRET: await ensureAuthSecret(dir),
    COLLAB_PORT: String(wsPort),
  };
  // Each service stops on Ctrl-C; the collab server stores pending notebook edits first.
  services.push(
    spawnService({
      name: 'collab',
      script: path.join(root, 'scripts', 'collab.ts'),
      nodeArgs: ['--import', 'tsx'],
      args: [],
      env,
    }),
    spawnService({
      name: 'web',
      script: nextBin,
      args: [dev ? 'dev' : 'start', '-p', String(port)],
      env,
    }),
  );
  cleanups.push(() => Promise.all(services.map((s) => s.stop())).then(() => {}));
  for (const service of services) {
    void service.exited.then((code) => {
      if (stopping) return;
      console.error(`Error: the ${service.name} server stopped unexpectedly (exit code ${code}).`);
      void shutdown(1);
    });
  }
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, dev ? 180_000 : 60_000, () => stopping);
  await waitForHttp(`http://127.0.0.1:${wsPort}/health`, 30_000, () => stopping);
  await printBanner({ url, seconds: (Date.now() - startedAt) / 1000 });
  await getDb().$disconnect();
  await new Promise(() => {});
});
