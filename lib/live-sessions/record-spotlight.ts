import { getDb } from '../db/prisma';
import { loadVersionText } from '../documents/load-version-text';
import { ConflictError, ValidationError } from '../errors/app-error';
import { loadLiveSessionFor } from './load-live-session-for';

/**
 * Records a passage the instructor spotlighted (canonical offsets on the current
 * version), with its words, for the session's summary. The room itself follows the
 * spotlight through the instructor's awareness state, not through this record.
 */
export async function recordSpotlight(
  actor: { id: string },
  sessionId: string,
  range: { start: number; end: number },
) {
  const { session, doc } = await loadLiveSessionFor(actor, sessionId, 'lead');
  if (session.endedAt) throw new ConflictError('This live session has already ended.');
  const { text } = await loadVersionText(doc.currentVersionId);
  const quote = text.slice(range.start, range.end).trim();
  if (range.end <= range.start || range.end > text.length || !quote)
    throw new ValidationError('Select a passage of the document to spotlight.');
  return getDb().liveSpotlight.create({
    data: { sessionId: session.id, start: range.start, end: range.end, quote: quote.slice(0, 500) },
    select: { id: true, start: true, end: true, quote: true, createdAt: true },
  });
}
