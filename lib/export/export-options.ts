import { z } from 'zod';
import { CITATION_STYLES } from '../sources/citation-styles';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    message: 'Say true or false for replies.',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * What every export of a document's notes takes, as query parameters: which notes
 * (`layers`: mine, course = shared with the course, claims, all = everything the
 * reader may see), whether replies come along, the citation style, and the paper.
 */
export const exportOptions = z.object({
  layers: z
    .enum(['mine', 'course', 'claims', 'all'], {
      message: 'Choose the notes to export: mine, course, claims or all.',
    })
    .default('all'),
  replies: flag.default(true),
  style: z
    .enum(CITATION_STYLES.map((s) => s.id) as [string, ...string[]], {
      message: 'Choose a citation style: apa, mla or chicago.',
    })
    .optional(),
  paper: z.enum(['a4', 'letter'], { message: 'Choose A4 or Letter paper.' }).default('a4'),
});

export type ExportOptions = z.infer<typeof exportOptions>;

/** Parses an export URL's query string (404s and 400s are the route's to give). */
export function exportOptionsFrom(url: string): ExportOptions {
  return exportOptions.parse(Object.fromEntries(new URL(url).searchParams));
}
