import { z } from 'zod';

/** What the notes search page and `GET /api/v1/annotations` accept. */
export const searchAnnotationsQuery = z.object({
  q: z.string().trim().max(200, 'Use a search of at most 200 characters.').optional().default(''),
  tag: z
    .string()
    .trim()
    .max(40, 'Tags are under 40 characters; shorten the tag.')
    .optional()
    .default('')
    .transform((t) => t.toLowerCase()),
  /** A user id, or part of a name. */
  author: z
    .string()
    .trim()
    .max(100, 'Use at most 100 characters for the author.')
    .optional()
    .default(''),
  /** A document id. */
  document: z.string().trim().max(64).optional().default(''),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).optional().default(20),
});

/** Parsed search options. */
export type SearchAnnotationsQuery = z.infer<typeof searchAnnotationsQuery>;
