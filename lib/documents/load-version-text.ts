import { NotFoundError } from '../errors/app-error';
import { loadVersionTexts } from './load-version-texts';

/** One version's id and canonical text (cached, as loadVersionTexts); 404 when there is none. */
export async function loadVersionText(id: string | null): Promise<{ id: string; text: string }> {
  const text = id ? (await loadVersionTexts([id])).get(id) : undefined;
  if (!id || text === undefined) throw new NotFoundError('That document has no text yet.');
  return { id, text };
}
