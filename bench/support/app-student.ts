import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { lightSocket } from './light-socket';
import { randomTarget } from './random-target';
import { commentBody, type SoakProbe } from './soak-probe';
import type { StudentActions } from './soak-schedule';

/** One simulated student's seat: who, on which document, with which API token. */
export interface Seat {
  index: number;
  documentId: string;
  text: string;
  secret: string;
}

interface Rooms {
  url: string;
  margin: string[];
  presence: string;
}

// Awareness frames are dropped before the provider sees them (lightSocket), so its idle
// check would take a quiet margin for a dead socket; a real drop still closes it.
const NO_IDLE_CHECK = 24 * 60 * 60 * 1000;

/**
 * A student in the app as the reader page is one: the web app's JSON API over HTTP with
 * a personal token, and one WebSocket to the collab server carrying their margin rooms
 * and the presence room, as the page opens them (rooms from GET
 * /api/v1/documents/:id/collab, a fresh token per room from GET /api/v1/collab/token).
 */
export class AppStudent implements StudentActions {
  private closing = false;
  private constructor(
    private seat: Seat,
    private baseURL: string,
    private probe: SoakProbe,
    private socket: HocuspocusProviderWebsocket,
    private presence: HocuspocusProvider,
  ) {}

  /** Joins the student's rooms; resolves once each is synced. */
  static async join(seat: Seat, baseURL: string, probe: SoakProbe): Promise<AppStudent> {
    const call = (what: string, path: string) => request(baseURL, seat.secret, probe, what, path);
    const rooms = (await call('GET rooms', `/api/v1/documents/${seat.documentId}/collab`)) as Rooms;
    if (!rooms) throw new Error('The collab rooms could not be listed; see the errors above.');
    const socket = new HocuspocusProviderWebsocket({
      url: rooms.url,
      WebSocketPolyfill: lightSocket((states) => (probe.awarenessStates += states)),
      messageReconnectTimeout: NO_IDLE_CHECK,
    });
    const join = (room: string) =>
      new Promise<HocuspocusProvider>((resolve, reject) => {
        const provider: HocuspocusProvider = new HocuspocusProvider({
          websocketProvider: socket,
          name: room,
          document: new Y.Doc(),
          token: async () => {
            const path = `/api/v1/collab/token?room=${encodeURIComponent(room)}`;
            return ((await call('GET token', path)) as { token: string } | null)?.token ?? '';
          },
          onSynced: () => resolve(provider),
          onAuthenticationFailed: ({ reason }) => {
            probe.errors.add(`join ${room.split('.')[0]}`, reason);
            reject(new Error(reason));
          },
        });
        provider.attach();
      });
    const [presence, ...margins] = await Promise.all([rooms.presence, ...rooms.margin].map(join));
    const student = new AppStudent(seat, baseURL, probe, socket, presence!);
    for (const margin of margins) student.watch(margin!.document);
    socket.on('disconnect', ({ event }: { event: CloseEvent }) => {
      if (!student.closing) probe.errors.add('collab socket', `closed (${event.code})`);
    });
    return student;
  }

  async read() {
    const started = performance.now();
    const path = `/api/v1/documents/${this.seat.documentId}/annotations`;
    const ok = await this.call('GET notes', path);
    if (ok && this.probe.measuring) this.probe.timings.reads.push(performance.now() - started);
  }

  async post() {
    // The client picks the id, as the reader does, so the note can be seen before its 201.
    const id = randomBytes(12).toString('hex');
    const body = {
      id,
      target: randomTarget(this.seat.text),
      body: commentBody(this.seat.text),
      visibility: 'course',
      tags: ['soak'],
    };
    await this.write('POST note', `/api/v1/documents/${this.seat.documentId}/annotations`, body);
  }

  async reply() {
    const noteId = this.probe.log.randomNote(this.seat.documentId);
    if (!noteId) return;
    const path = `/api/v1/annotations/${noteId}/replies`;
    await this.write('POST reply', path, { body: commentBody(this.seat.text) });
  }

  move() {
    const start = Math.floor(Math.random() * (this.seat.text.length - 40));
    this.presence.setAwarenessField('selection', { start, end: start + 12 + (start % 28) });
  }

  /** Closes the socket, and with it every room. */
  close() {
    this.closing = true;
    this.socket.destroy();
  }

  private async write(what: string, path: string, body: unknown) {
    const measuring = this.probe.measuring;
    const started = performance.now();
    const created = (await this.call(what, path, body)) as { id: string } | null;
    const ackAt = performance.now();
    if (!created) return;
    if (measuring) this.probe.timings.writes.push(ackAt - started);
    this.probe.log.acked(
      created.id,
      { documentId: this.seat.documentId, author: this.seat.index, ackAt, counted: measuring },
      what === 'POST note' ? 'note' : 'reply',
    );
  }

  private call(what: string, path: string, body?: unknown) {
    return request(this.baseURL, this.seat.secret, this.probe, what, path, body);
  }

  // Each entry of a margin room is a note as JSON, with its replies; a reply shows
  // by appearing in its note's entry.
  private watch(doc: Y.Doc) {
    const notes = doc.getMap<string>('notes');
    notes.observe((event) => {
      const at = performance.now();
      for (const id of event.keysChanged) {
        const json = notes.get(id);
        if (!json) continue;
        const entry = JSON.parse(json) as { replies?: { id: string }[] };
        this.probe.log.saw(this.seat.index, [id, ...(entry.replies ?? []).map((r) => r.id)], at);
      }
    });
  }
}

/** An API request as the student; the parsed JSON, or null after recording the error. */
async function request(
  baseURL: string,
  secret: string,
  probe: SoakProbe,
  what: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  try {
    const res = await fetch(`${baseURL}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.ok) return JSON.parse(text);
    probe.errors.add(what, `HTTP ${res.status} ${text.slice(0, 200)}`);
  } catch (err) {
    probe.errors.add(what, err);
  }
  return null;
}
