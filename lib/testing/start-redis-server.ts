import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { findFreePort } from '../net/find-free-port';

/** Whether a Redis answers PING at `url` within a second. */
export function pingsRedis(url: string): Promise<boolean> {
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

/** A `redis-server` this process started, its URL, and how to stop it. */
export interface OwnRedis {
  url: string;
  process: ChildProcess;
  stop: () => void;
}

/**
 * Starts a `redis-server` of this process's own on a free port, without persistence, and
 * resolves once it answers; null when none can be started.
 */
export async function startRedisServer(): Promise<OwnRedis | null> {
  const port = await findFreePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    child.once('spawn', () => resolve(true));
  });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; spawned && i < 50; i++) {
    if (await pingsRedis(url)) return { url, process: child, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  return null;
}
