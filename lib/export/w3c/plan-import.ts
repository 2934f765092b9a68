import { randomUUID } from 'node:crypto';
import { createAnnotationInput } from '../../annotations/annotation-input';
import type { TextQuoteSelector } from '../../anchoring/selector';
import { ValidationError } from '../../errors/app-error';
import { importedComment } from './imported-comment';
import type { ImportItem } from './import-item';
import { placeImportedNotes, type ImportedPlacement } from './place-imported-notes';

/** What an import did: notes by how they landed, replies, and what it left out and why. */
export interface ImportReport {
  imported: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  replies: number;
  skipped: { index: number; reason: string }[];
}

type Comment = ReturnType<typeof importedComment>;

/** A note to write: its new id, where it landed, and what it says. */
export interface PlannedNote {
  id: string;
  placement: ImportedPlacement;
  comment: Comment;
  tags: string[];
  color: string | null;
}

/** A reply to write, on the new id of the note whose thread it joins. */
export interface PlannedReply {
  noteId: string;
  comment: NonNullable<Comment>;
}

const { tags: tagsSchema, color: colorSchema } = createAnnotationInput.shape;

function tagsOf(item: ImportItem): string[] {
  const parsed = tagsSchema.safeParse(item.tags);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    `Annotation ${item.index + 1} in the file cannot be imported: ${parsed.error.issues[0]!.message} Nothing was imported.`,
  );
}

// The note at the root of a reply's thread (replies to replies join the same flat thread).
function rootOf(item: ImportItem, byRef: Map<string, ImportItem>): ImportItem | null {
  const seen = new Set<ImportItem>();
  let at: ImportItem | undefined = item;
  while (at && at.parentRef !== null && !seen.has(at)) {
    seen.add(at);
    at = byRef.get(at.parentRef);
  }
  return at && at.parentRef === null ? at : null;
}

/**
 * Works out, without writing anything, what importing `items` onto the current version
 * would write: each note placed by its quote (an annotation without one, such as a page
 * note, is skipped), each reply on the note at the root of its thread, in the order they
 * were written. Invalid tags or over-long text refuse the whole import (400).
 */
export function planImport(
  items: readonly ImportItem[],
  current: { id: string; text: string },
  actorId: string,
) {
  const skipped: ImportReport['skipped'] = [];
  const placeable: (ImportItem & { quote: TextQuoteSelector })[] = [];
  for (const item of items) {
    if (item.parentRef !== null) continue;
    if (item.quote) placeable.push({ ...item, quote: item.quote });
    else
      skipped.push({
        index: item.index,
        reason:
          'It quotes no passage (it has no TextQuoteSelector), like a page note; Scholia notes sit on passages.',
      });
  }
  const placements = placeImportedNotes(placeable, current);
  const notes = placeable.map((item, i): PlannedNote => ({
    id: randomUUID().replace(/-/g, ''),
    placement: placements[i]!,
    comment: importedComment(item, actorId),
    tags: tagsOf(item),
    color: colorSchema.safeParse(item.color ?? undefined).data ?? null,
  }));
  const noteIds = new Map(placeable.map((item, i) => [item.index, notes[i]!.id]));
  const byRef = new Map(items.filter((i) => i.ref !== null).map((i) => [i.ref!, i]));
  const threaded: (PlannedReply & { item: ImportItem })[] = [];
  for (const item of items) {
    if (item.parentRef === null) continue;
    const root = rootOf(item, byRef);
    const noteId = root && noteIds.get(root.index);
    const comment = noteId ? importedComment(item, actorId) : null;
    if (noteId && comment) threaded.push({ noteId, comment, item });
    else
      skipped.push({
        index: item.index,
        reason: !root
          ? 'It replies to an annotation that is not in the file.'
          : noteId
            ? 'It is an empty reply.'
            : 'It replies to an annotation that was skipped.',
      });
  }
  const when = (i: ImportItem) => i.created?.getTime() ?? Infinity;
  threaded.sort((a, b) => when(a.item) - when(b.item) || a.item.index - b.item.index);
  const count = (status: ImportedPlacement['status']) =>
    notes.filter((n) => n.placement.status === status).length;
  const report: ImportReport = {
    imported: notes.length,
    exact: count('exact'),
    fuzzy: count('fuzzy'),
    orphaned: count('orphaned'),
    replies: threaded.length,
    skipped: skipped.sort((a, b) => a.index - b.index),
  };
  return { notes, replies: threaded.map(({ noteId, comment }) => ({ noteId, comment })), report };
}
