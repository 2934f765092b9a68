import WebSocket from 'ws';
import { spawnServer } from './spawn-server';

/** Starts the bare Yjs relay (`ws-relay.ts`, the floor) on `port`, ready once a socket opens. */
export function spawnWsRelay(port: number) {
  return spawnServer(
    'bench/support/ws-relay.ts',
    [String(port)],
    process.env,
    () =>
      new Promise((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/ready`);
        ws.on('open', () => (ws.close(), resolve(true)));
        ws.on('error', () => resolve(false));
      }),
  );
}
