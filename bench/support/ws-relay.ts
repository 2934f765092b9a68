/**
 * The baseline for `npm run bench -- realtime`: a bare `ws` relay that sends every
 * message from a client to every other client, with no auth, no state and no policy.
 */
import { WebSocketServer, type WebSocket } from 'ws';

const wss = new WebSocketServer({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
const clients = new Set<WebSocket>();
wss.on('connection', (ws) => {
  clients.add(ws);
  ws.on('message', (data, isBinary) => {
    for (const other of clients) if (other !== ws) other.send(data, { binary: isBinary });
  });
  ws.on('close', () => clients.delete(ws));
});
wss.on('listening', () => console.log('ready'));
