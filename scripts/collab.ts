/**
 * `npm run collab`: the collab server alone, for running it apart from the web app
 * (several instances join through Redis when REDIS_URL is set). Needs DATABASE_URL and
 * the web app's NEXTAUTH_SECRET (or COLLAB_SECRET). SIGTERM and Ctrl-C store pending
 * notebook edits before exiting.
 */
import { runCli, UsageError } from '../lib/cli/run-cli';
import { collabAllowedOrigins, collabPort } from '../lib/collab/collab-config';
import { startCollabServer } from '../lib/collab/start-collab-server';
import { warmCitationEngine } from '../lib/sources/warm-citation-engine';

runCli(async () => {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new UsageError('Set DATABASE_URL to the database the web app uses, or run `npm start`.');
  if (!process.env.NEXTAUTH_SECRET && !process.env.COLLAB_SECRET)
    throw new UsageError('Set NEXTAUTH_SECRET (or COLLAB_SECRET) to the web app’s secret.');
  const server = await startCollabServer({
    databaseUrl,
    port: collabPort(),
    allowedOrigins: collabAllowedOrigins(),
    redisUrl: process.env.REDIS_URL || undefined,
  });
  console.log(`Collab server on port ${server.port}${process.env.REDIS_URL ? ' (Redis)' : ''}.`);
  // Margin rooms carry formatted citations; build the engine before the first room does.
  setTimeout(warmCitationEngine, 1_000).unref();
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.stop();
});
