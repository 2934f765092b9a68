import type { Source } from '../db/generated/client';
import { CITATION_STYLE_KEYS } from './citation-style-keys';
import type { CitationStyle } from './citation-styles';
import { formatCitation } from './format-citation';

// Sources are never edited once written, so a formatted entry can be kept by id.
const cache = new Map<string, Record<CitationStyle, string>>();
const CACHE_SIZE = 2_000;

function citationsOf(source: Source): Record<CitationStyle, string> {
  const hit = cache.get(source.id);
  if (hit) return hit;
  const entries = Object.fromEntries(
    CITATION_STYLE_KEYS.map((style) => [style, formatCitation(source, style)]),
  ) as Record<CitationStyle, string>;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(source.id, entries);
  return entries;
}

/** The API's shape of a library source, with its citation formatted in every style. */
export function sourceJson(source: Source) {
  return {
    id: source.id,
    type: source.type.toLowerCase(),
    title: source.title,
    authors: source.authors as unknown as { family?: string; given?: string; literal?: string }[],
    url: source.url,
    container: source.container,
    publisher: source.publisher,
    issued: source.issued,
    pages: source.pages,
    doi: source.doi,
    isbn: source.isbn,
    citations: citationsOf(source),
  };
}
