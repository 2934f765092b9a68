import type { HighlightJson } from './list-highlights';

/**
 * Highlights packed into one string for the page payload: a table of the distinct
 * colours, authors and claim statuses, then a line per highlight of its id and small
 * integers (start as a step from the previous one, length, table indexes, replies).
 * Thousands of objects in the page's React payload cost the server a walk over every
 * field, and the page a megabyte to stream and parse; this is a quarter of that size
 * and is read back with a split. `unpackHighlights` returns exactly what was packed.
 */
export type PackedHighlights = string;

interface Tables {
  colors: (string | null)[];
  authors: (string | null)[];
  claims: (string | null)[];
}

function indexer<T>(list: T[]): (value: T) => number {
  const at = new Map<T, number>();
  return (value) => {
    let i = at.get(value);
    if (i === undefined) at.set(value, (i = list.push(value) - 1));
    return i;
  };
}

export function packHighlights(highlights: readonly HighlightJson[]): PackedHighlights {
  const tables: Tables = { colors: [], authors: [], claims: [] };
  const color = indexer(tables.colors);
  const author = indexer(tables.authors);
  const claim = indexer(tables.claims);
  let previous = 0;
  const lines = highlights.map((h) => {
    const fields = [
      h.id,
      h.start - previous,
      h.end - h.start,
      color(h.color),
      author(h.authorName),
      claim(h.claim),
      h.replyCount,
      h.prompt ? 1 : 0,
    ];
    previous = h.start;
    return fields.join(' ');
  });
  return [JSON.stringify(tables), ...lines].join('\n');
}

export function unpackHighlights(packed: PackedHighlights): HighlightJson[] {
  const [head, ...lines] = packed.split('\n');
  if (!head) return [];
  const tables = JSON.parse(head) as Tables;
  let start = 0;
  return lines.map((line) => {
    const [id, step, length, color, author, claim, replies, prompt] = line.split(' ');
    start += Number(step);
    return {
      id: id!,
      start,
      end: start + Number(length),
      color: tables.colors[Number(color)] ?? null,
      authorName: tables.authors[Number(author)] ?? null,
      replyCount: Number(replies),
      claim: tables.claims[Number(claim)] ?? null,
      prompt: prompt === '1',
    };
  });
}
