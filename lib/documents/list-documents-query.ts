import { z } from 'zod';

/** What the library and `GET /api/v1/documents` accept for listing documents. */
export const listDocumentsQuery = z.object({
  q: z.string().trim().max(200, 'Use a search of at most 200 characters.').optional().default(''),
  /** "all", "mine", or a course id. */
  scope: z.string().trim().max(64).optional().default('all'),
  sort: z.enum(['relevance', 'updated', 'created', 'title']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).optional().default(20),
});

/** Parsed listing options. */
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;
