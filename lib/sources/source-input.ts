import { z } from 'zod';
import type { CslName } from './csl-name';
import { parseDoi } from './parse-doi';
import { parseIsbn } from './parse-isbn';
import { parseIssuedDate } from './parse-issued-date';

/** Optional free text: blank or null means "not given", so forms can send empty fields. */
function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((v) => v || undefined);
}

/** Optional text that `parse` normalises; `explain` says why text it rejects is wrong. */
function optionalParsed(parse: (text: string) => string | null, explain: (text: string) => string) {
  return z
    .string()
    .trim()
    .max(200, 'That is too long for an identifier; check what you pasted.')
    .nullish()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const parsed = parse(v);
      if (parsed !== null) return parsed;
      ctx.addIssue({ code: 'custom', message: explain(v) });
      return z.NEVER;
    });
}

/** "Family, Given" is a person; anything without a comma is one literal name, such as an organisation. */
function toCslName(name: string): CslName | null {
  const comma = name.indexOf(',');
  if (comma === -1) return { literal: name };
  const family = name.slice(0, comma).trim();
  const given = name.slice(comma + 1).trim();
  if (!family) return null;
  return given ? { family, given } : { literal: family };
}

const author = z
  .string()
  .trim()
  .min(1, 'Remove the empty author name.')
  .max(200, 'Keep each author name under 200 characters.')
  .transform((name, ctx) => {
    const cslName = toCslName(name);
    if (cslName) return cslName;
    ctx.addIssue({
      code: 'custom',
      message: 'Write each author as “Family, Given”, or as one name for an organisation.',
    });
    return z.NEVER;
  });

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'Use a web address under 2,000 characters.')
  .nullish()
  .transform((v, ctx) => {
    if (!v) return undefined;
    if (URL.canParse(v)) {
      const url = new URL(v);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return v;
    }
    ctx.addIssue({
      code: 'custom',
      message: 'Enter the full web address, starting with http:// or https://.',
    });
    return z.NEVER;
  });

/** A source someone describes when attaching it: what the library stores and cites. */
export const sourceInput = z.object({
  type: z.enum(['web_page', 'book', 'article', 'primary_source', 'dataset', 'other'], {
    error: 'Choose a source type: web page, book, article, primary source, dataset or other.',
  }),
  title: z
    .string({ error: 'Give the source a title.' })
    .trim()
    .min(1, 'Give the source a title.')
    .max(500, 'Keep the title under 500 characters.'),
  authors: z
    .array(author, { error: 'List the authors as a list of names.' })
    .max(50, 'List at most 50 authors; the styles shorten long lists anyway.')
    .default([]),
  url: httpUrl,
  container: optionalText(
    500,
    'Keep the journal, website or collection name under 500 characters.',
  ),
  publisher: optionalText(300, 'Keep the publisher under 300 characters.'),
  issued: optionalParsed(parseIssuedDate, (text) =>
    /^\d{4}(-\d{2}){0,2}$/.test(text)
      ? 'That date does not exist; check the month and day.'
      : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 2015-05-28.',
  ),
  pages: optionalText(100, 'Keep pages or location under 100 characters.'),
  doi: optionalParsed(
    parseDoi,
    () => 'Enter a DOI such as 10.1038/nature14539, or a https://doi.org/ link.',
  ),
  isbn: optionalParsed(parseIsbn, (text) =>
    /^(\d{9}[\dX]|97[89]\d{10})$/i.test(text.replace(/[\s-]/g, ''))
      ? 'That ISBN’s check digit is wrong; check the number.'
      : 'Enter a 10-digit ISBN, or a 13-digit one starting 978 or 979.',
  ),
});

/** A parsed source, with CSL names and normalised identifiers. */
export type SourceInput = z.output<typeof sourceInput>;

/**
 * What attaching a source to a note accepts: a source already in the library
 * (`sourceId`) or a new one (`source`), and how the source bears on the note.
 */
export const attachSourceInput = z
  .object({
    sourceId: z.string().trim().min(1, 'Choose a source from the library.').optional(),
    source: sourceInput.optional(),
    relation: z
      .enum(['supports', 'refutes', 'context'], {
        error: 'Say whether the source supports, refutes or gives context to the note.',
      })
      .default('context'),
    quotedPassage: optionalText(2000, 'Quote at most 2,000 characters from the source.'),
    note: optionalText(2000, 'Keep the note on the source under 2,000 characters.'),
  })
  .transform(({ sourceId, source, ...link }, ctx) => {
    if (sourceId !== undefined && source === undefined) return { ...link, sourceId };
    if (source !== undefined && sourceId === undefined) return { ...link, source };
    ctx.addIssue({
      code: 'custom',
      message:
        sourceId === undefined
          ? 'Choose a source from the library, or describe a new one.'
          : 'Choose a library source or describe a new one, not both.',
    });
    return z.NEVER;
  });

/** A parsed attach request: exactly one of `sourceId` and `source`. */
export type AttachSourceInput = z.output<typeof attachSourceInput>;
