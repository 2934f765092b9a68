import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Seat } from './app-student';
import { randomTarget } from './random-target';
import { commentBody, type SoakProbe } from './soak-probe';
import type { StudentActions } from './soak-schedule';

const NOTE = 0;
const AWARENESS = 1;

/** The floor's tables: a note and a reply as bare rows, no policy, no anchoring. */
export const FLOOR_TABLES_SQL = `
CREATE TABLE floor_note (id text PRIMARY KEY, document_id text NOT NULL, author integer NOT NULL,
  body jsonb NOT NULL, target jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX floor_note_document ON floor_note (document_id);
CREATE TABLE floor_reply (id text PRIMARY KEY, note_id text NOT NULL, author integer NOT NULL,
  body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`;

/**
 * The same student on the raw floor: each write is one bare INSERT through a pg pool,
 * and on its acknowledgement the writer sets the entry in its own Y.Doc and sends the
 * Yjs update through a bare relay to the document's other readers, who apply it;
 * selections go through the relay as awareness updates (counted, not decoded, as for
 * the app's students); a read is one SELECT of the document's rows.
 */
export class FloorStudent implements StudentActions {
  private doc = new Y.Doc();
  private awareness = new Awareness(new Y.Doc());

  private constructor(
    private seat: Seat,
    private pool: pg.Pool,
    private probe: SoakProbe,
    private ws: WebSocket,
  ) {
    const notes = this.doc.getMap<string>('notes');
    notes.observe((event) => probe.log.saw(seat.index, event.keysChanged, performance.now()));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') this.ws.send(Buffer.concat([Buffer.from([NOTE]), update]));
    });
    ws.on('message', (data: Buffer) => {
      if (data[0] === NOTE) Y.applyUpdate(this.doc, data.subarray(1), 'relay');
      else probe.awarenessStates++;
    });
  }

  /** Opens the student's socket to the relay's room for their document. */
  static async join(seat: Seat, relayPort: number, pool: pg.Pool, probe: SoakProbe) {
    const ws = new WebSocket(`ws://127.0.0.1:${relayPort}/${seat.documentId}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.on('close', () => probe.errors.add('relay socket', 'closed'));
    return new FloorStudent(seat, pool, probe, ws);
  }

  async read() {
    const started = performance.now();
    const sql = 'SELECT id, body, target FROM floor_note WHERE document_id = $1';
    const ok = await this.query('SELECT notes', sql, [this.seat.documentId]);
    if (ok && this.probe.measuring) this.probe.timings.reads.push(performance.now() - started);
  }

  async post() {
    const id = randomBytes(12).toString('hex');
    const body = commentBody(this.seat.text);
    const target = randomTarget(this.seat.text);
    const sql =
      'INSERT INTO floor_note (id, document_id, author, body, target) VALUES ($1, $2, $3, $4, $5)';
    await this.write(
      'INSERT note',
      id,
      sql,
      [id, this.seat.documentId, this.seat.index, body, target],
      {
        id,
        body,
        target,
        author: this.seat.index,
        replies: [],
      },
    );
  }

  async reply() {
    const noteId = this.probe.log.randomNote(this.seat.documentId);
    if (!noteId) return;
    const id = randomBytes(12).toString('hex');
    const body = commentBody(this.seat.text);
    const sql = 'INSERT INTO floor_reply (id, note_id, author, body) VALUES ($1, $2, $3, $4)';
    await this.write('INSERT reply', id, sql, [id, noteId, this.seat.index, body], {
      id,
      noteId,
      body,
      author: this.seat.index,
    });
  }

  move() {
    const start = Math.floor(Math.random() * (this.seat.text.length - 40));
    this.awareness.setLocalStateField('selection', { start, end: start + 12 + (start % 28) });
    const update = encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]);
    this.ws.send(Buffer.concat([Buffer.from([AWARENESS]), update]));
  }

  /** Closes the socket. */
  close() {
    this.ws.removeAllListeners('close');
    this.ws.close();
  }

  private async write(what: string, id: string, sql: string, values: unknown[], entry: object) {
    const measuring = this.probe.measuring;
    const started = performance.now();
    if (!(await this.query(what, sql, values))) return;
    const ackAt = performance.now();
    if (measuring) this.probe.timings.writes.push(ackAt - started);
    const kind = what === 'INSERT note' ? 'note' : 'reply';
    this.probe.log.acked(
      id,
      { documentId: this.seat.documentId, author: this.seat.index, ackAt, counted: measuring },
      kind,
    );
    // Each write is an entry of its own: two writers setting one key would race.
    this.doc.getMap<string>('notes').set(id, JSON.stringify(entry));
  }

  private async query(what: string, sql: string, values: unknown[]): Promise<boolean> {
    try {
      await this.pool.query(sql, values);
      return true;
    } catch (err) {
      this.probe.errors.add(what, err);
      return false;
    }
  }
}
