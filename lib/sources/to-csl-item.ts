import type { Source } from '../db/generated/client';
import type { CslItem } from './csl-item';
import type { CslName } from './csl-name';
import { parseIssuedDate } from './parse-issued-date';

/** The stored fields of a source that a citation is built from. */
export type CitableSource = Pick<
  Source,
  | 'id'
  | 'type'
  | 'title'
  | 'authors'
  | 'url'
  | 'container'
  | 'publisher'
  | 'issued'
  | 'pages'
  | 'doi'
  | 'isbn'
>;

const CSL_TYPES = {
  WEB_PAGE: 'webpage',
  BOOK: 'book',
  ARTICLE: 'article-journal',
  PRIMARY_SOURCE: 'manuscript',
  DATASET: 'dataset',
  OTHER: 'document',
} as const satisfies Record<Source['type'], CslItem['type']>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `authors` is untyped JSON: keep only well-formed names, so one bad row cannot break a bibliography. */
function toCslNames(authors: unknown): CslName[] {
  if (!Array.isArray(authors)) return [];
  return authors.flatMap((name): CslName[] => {
    if (!isRecord(name)) return [];
    if (typeof name.literal === 'string' && name.literal) return [{ literal: name.literal }];
    if (typeof name.family !== 'string' || !name.family) return [];
    return typeof name.given === 'string' && name.given
      ? [{ family: name.family, given: name.given }]
      : [{ family: name.family }];
  });
}

function toCslDate(issued: string): CslItem['issued'] {
  const date = parseIssuedDate(issued);
  // Dates stored before validation existed are still shown, just not reformatted.
  if (!date) return { literal: issued };
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}

/** Maps a stored source to the CSL-JSON item that citation styles and exporters read. */
export function toCslItem(source: CitableSource): CslItem {
  const author = toCslNames(source.authors);
  const item: CslItem = { id: source.id, type: CSL_TYPES[source.type], title: source.title };
  if (author.length > 0) item.author = author;
  if (source.issued) item.issued = toCslDate(source.issued);
  if (source.container) item['container-title'] = source.container;
  if (source.publisher) item.publisher = source.publisher;
  if (source.pages) item.page = source.pages;
  if (source.doi) item.DOI = source.doi;
  if (source.isbn) item.ISBN = source.isbn;
  if (source.url) item.URL = source.url;
  return item;
}
