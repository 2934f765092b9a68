import { spawn } from 'node:child_process';
import net from 'node:net';
import { findFreePort } from '../net/find-free-port';

function pings(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * A Redis for tests: REDIS_URL, else the one at 127.0.0.1:6379, else a `redis-server`
 * started on a free port (stopped by `stop`). Null, with the reason, when none can be.
 */
export async function findRedis(): Promise<
  { url: string; stop: () => void } | { url: null; reason: string }
> {
  for (const url of [process.env.REDIS_URL, 'redis://127.0.0.1:6379']) {
    if (url && (await pings(url))) return { url, stop: () => {} };
  }
  const port = await findFreePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    child.once('spawn', () => resolve(true));
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; spawned && i < 50; i++) {
    if (await pings(url)) return { url, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  return {
    url: null,
    reason:
      'no Redis answers at REDIS_URL or 127.0.0.1:6379, and redis-server could not be started',
  };
}
