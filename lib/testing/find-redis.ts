import { pingsRedis, startRedisServer } from './start-redis-server';

/**
 * A Redis for tests: REDIS_URL, else the one at 127.0.0.1:6379, else a `redis-server`
 * started on a free port (stopped by `stop`). Null, with the reason, when none can be.
 */
export async function findRedis(): Promise<
  { url: string; stop: () => void } | { url: null; reason: string }
> {
  for (const url of [process.env.REDIS_URL, 'redis://127.0.0.1:6379']) {
    if (url && (await pingsRedis(url))) return { url, stop: () => {} };
  }
  const own = await startRedisServer();
  if (own) return own;
  return {
    url: null,
    reason:
      'no Redis answers at REDIS_URL or 127.0.0.1:6379, and redis-server could not be started',
  };
}
