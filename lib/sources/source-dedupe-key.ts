import { parseDoi } from './parse-doi';
import { parseIsbn } from './parse-isbn';

/** The identifying fields of a source, as given or as stored. */
interface DedupeFields {
  doi?: string | null;
  isbn?: string | null;
  url?: string | null;
  title: string;
}

/** ISBN-10s are a subset of ISBN-13s (prefix 978), so both printings of a number compare equal. */
function toIsbn13(isbn: string): string {
  if (isbn.length === 13) return isbn;
  const digits = `978${isbn.slice(0, 9)}`;
  const sum = [...digits].reduce((s, c, i) => s + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Tracking parameters and cosmetic differences that never change which page a link opens. */
function normaliseUrl(text: string): string {
  if (!URL.canParse(text.trim())) return text.trim().toLowerCase();
  const url = new URL(text.trim());
  const params = [...url.searchParams].filter(
    ([name]) => !name.toLowerCase().startsWith('utm_') && name.toLowerCase() !== 'fbclid',
  );
  const query = new URLSearchParams(params);
  query.sort();
  const search = query.size > 0 ? `?${query}` : '';
  // URL already lowercases the scheme and host and drops a default port.
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${host}${path}${search}`;
}

/**
 * The key a library finds duplicate sources by: the DOI, else the ISBN as ISBN-13,
 * else the normalised URL with the normalised title, else the normalised title alone.
 */
export function sourceDedupeKey({ doi, isbn, url, title }: DedupeFields): string {
  const parsedDoi = doi ? (parseDoi(doi) ?? doi.trim().toLowerCase()) : null;
  if (parsedDoi) return `doi:${parsedDoi}`;
  const parsedIsbn = isbn ? parseIsbn(isbn) : null;
  if (parsedIsbn) return `isbn:${toIsbn13(parsedIsbn)}`;
  if (url?.trim()) return `url:${normaliseUrl(url)}|${normaliseTitle(title)}`;
  return `title:${normaliseTitle(title)}`;
}
