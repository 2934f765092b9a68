/** One write a student made: a note, or a reply (which changes its note's entry). */
interface Write {
  documentId: string;
  author: number;
  ackAt: number;
  counted: boolean;
}

/**
 * What each student saw, and when: for every write (a note or a reply, by id), the
 * moment its author's request was acknowledged and the moment it first appeared in
 * each other reader's margin room of that document. Times are performance.now() in
 * this process, where the students run.
 */
export class DeliveryLog {
  private writes = new Map<string, Write>();
  private seen = new Map<string, Map<number, number>>();
  private notes = new Map<string, string[]>();

  /** `readers` lists, for each document, the students who have its margin room open. */
  constructor(private readers: ReadonlyMap<string, readonly number[]>) {}

  /** A write was acknowledged; `counted` is false during the warm-up. */
  acked(id: string, write: Write, kind: 'note' | 'reply'): void {
    this.writes.set(id, write);
    if (kind === 'note') {
      const list = this.notes.get(write.documentId) ?? [];
      list.push(id);
      this.notes.set(write.documentId, list);
    }
  }

  /** A student's margin room now shows these ids; only the first sighting counts. */
  saw(reader: number, ids: Iterable<string>, at: number): void {
    for (const id of ids) {
      let by = this.seen.get(id);
      if (!by) this.seen.set(id, (by = new Map()));
      if (!by.has(reader)) by.set(reader, at);
    }
  }

  /** A note on the document, picked at random, to reply to; null before the first. */
  randomNote(documentId: string): string | null {
    const list = this.notes.get(documentId);
    return list?.length ? list[Math.floor(Math.random() * list.length)]! : null;
  }

  /** Readers (other than its author) that have not seen each write yet, by write id. */
  missing(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, write] of this.writes) {
      const by = this.seen.get(id);
      const absent = this.others(write).filter((r) => !by?.has(r)).length;
      if (absent) out.set(id, absent);
    }
    return out;
  }

  /**
   * For counted writes, acknowledgement to sighting in each other reader's room, in
   * ms; `early` counts sightings before the acknowledgement (the room can be told on
   * commit, before the response reaches its author), which count as 0.
   */
  latencies(): { values: number[]; early: number } {
    const values: number[] = [];
    let early = 0;
    for (const [id, write] of this.writes) {
      if (!write.counted) continue;
      const by = this.seen.get(id);
      for (const reader of this.others(write)) {
        const at = by?.get(reader);
        if (at === undefined) continue;
        if (at < write.ackAt) early++;
        values.push(Math.max(0, at - write.ackAt));
      }
    }
    return { values, early };
  }

  private others(write: Write): number[] {
    return (this.readers.get(write.documentId) ?? []).filter((r) => r !== write.author);
  }
}
