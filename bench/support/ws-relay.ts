/**
 * The baseline for `npm run bench -- realtime` and `-- soak`: a bare `ws` relay that
 * sends every message from a client to every other client connected on the same URL
 * path (one path, one room), with no auth, no state and no policy.
 */
import { WebSocketServer, type WebSocket } from 'ws';

const wss = new WebSocketServer({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
const rooms = new Map<string, Set<WebSocket>>();
wss.on('connection', (ws, request) => {
  const path = request.url ?? '/';
  let clients = rooms.get(path);
  if (!clients) rooms.set(path, (clients = new Set()));
  const room = clients;
  room.add(ws);
  ws.on('message', (data, isBinary) => {
    for (const other of room) if (other !== ws) other.send(data, { binary: isBinary });
  });
  ws.on('close', () => room.delete(ws));
});
wss.on('listening', () => console.log('ready'));
