import { z } from 'zod';
import type { TextPositionSelector, TextQuoteSelector } from '../../anchoring/selector';

/** One annotation of an import file, read from either format into the same shape. */
export interface ImportItem {
  /** Its place in the file's list of annotations, counting from 0. */
  index: number;
  /** Its id in the file, which replies refer to. */
  ref: string | null;
  /** For a reply, the id of the annotation it answers; null for a note on the text. */
  parentRef: string | null;
  creator: { id: string | null; name: string | null };
  created: Date | null;
  text: string;
  tags: string[];
  color: string | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

/** A value or a list of values (as JSON-LD allows), read as a list; absent is empty. */
export function many<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
}

const quote = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string({ message: 'a TextQuoteSelector needs the quoted text as "exact"' })
    .min(1, 'a TextQuoteSelector needs the quoted text as "exact"')
    .max(10_000, 'its quoted passage is longer than 10,000 characters'),
  prefix: z.string({ message: 'a TextQuoteSelector\u2019s "prefix" must be text' }).optional(),
  suffix: z.string({ message: 'a TextQuoteSelector\u2019s "suffix" must be text' }).optional(),
});

const offset = z
  .number({ message: 'a TextPositionSelector needs whole-number "start" and "end"' })
  .int('a TextPositionSelector needs whole-number "start" and "end"')
  .min(0, 'a TextPositionSelector cannot start or end before 0');

const position = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((p) => p.start <= p.end, 'a TextPositionSelector must not end before it starts');

/**
 * A selector: text quote and position selectors are checked; other kinds (RangeSelector,
 * XPathSelector, ...) describe a web page's markup, which an imported text lacks, so
 * they are read as null.
 */
export const selectorSchema = z
  .looseObject({ type: z.string({ message: 'each selector needs a "type"' }) })
  .transform((s, ctx) => {
    const schema =
      s.type === 'TextQuoteSelector' ? quote : s.type === 'TextPositionSelector' ? position : null;
    if (!schema) return null;
    const parsed = schema.safeParse(s);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

/** The first quote and position selector among a target's selectors. */
export function pickSelectors(
  selectors: readonly (TextQuoteSelector | TextPositionSelector | null)[],
) {
  return {
    quote: selectors.find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector') ?? null,
    position:
      selectors.find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector') ?? null,
  };
}

/** A date as the file gives it, or null when it gives none that can be read. */
export const dateSchema = z.preprocess(
  (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null),
  z.date().nullable(),
);
