import { toCommentBody } from '../../annotations/to-comment-body';
import { ValidationError } from '../../errors/app-error';
import { exportDate } from '../export-date';
import type { ImportItem } from './import-item';
import { userIri } from './web-annotation-ids';

/**
 * The comment an imported annotation becomes, or null if it has none: its text, after a
 * first line saying whose it was ("Imported from Alice Liddell, 3 Mar 2024."), since
 * the importer authors it; the importer's own annotations need no such line.
 */
export function importedComment(item: ImportItem, actorId: string) {
  const own = item.creator.id === userIri(actorId);
  const name = item.creator.name?.trim().slice(0, 100) || 'an unnamed annotator';
  const date = item.created ? `, ${exportDate(item.created)}` : '';
  const text = [own ? '' : `Imported from ${name}${date}.`, item.text.trim()]
    .filter(Boolean)
    .join('\n\n');
  try {
    return toCommentBody(text);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    throw new ValidationError(
      `Annotation ${item.index + 1} in the file cannot be imported: ${err.message} Nothing was imported.`,
    );
  }
}
