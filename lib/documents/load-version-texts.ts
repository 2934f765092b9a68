import { getDb } from '../db/prisma';

/** Versions never change once written, so their texts can be kept; a few, by last use. */
const CACHE_SIZE = 16;
const cache = new Map<string, string>();

/**
 * The canonical texts of some document versions, by id, from a small in-process cache
 * (versions are immutable) or the database. Ids with no version are left out.
 */
export async function loadVersionTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const text = cache.get(id);
    if (text === undefined) missing.push(id);
    else found.set(id, text);
  }
  if (missing.length) {
    const rows = await getDb().documentVersion.findMany({
      where: { id: { in: missing } },
      select: { id: true, text: true },
    });
    for (const row of rows) found.set(row.id, row.text);
  }
  for (const [id, text] of found) {
    cache.delete(id);
    cache.set(id, text);
  }
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return found;
}
