import { z } from 'zod';

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string()
    .min(1, 'Select some text to annotate.')
    .max(10_000, 'Select a shorter passage.'),
  prefix: z.string().max(500).optional(),
  suffix: z.string().max(500).optional(),
});

const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const target = z.object({
  selector: z
    .array(z.discriminatedUnion('type', [quoteSelector, positionSelector]))
    .min(1)
    .max(2)
    .refine(
      (s) => s.some((x) => x.type === 'TextQuoteSelector'),
      'Include a TextQuoteSelector with the quoted text.',
    ),
});

const visibility = z.enum(['private', 'course', 'public']);
const color = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'Choose a colour from the palette.');
const tags = z
  .array(z.string().trim().min(1).max(40, 'Keep each tag under 40 characters.'))
  .max(20, 'Use at most 20 tags.')
  .transform((t) => [...new Set(t.map((x) => x.toLowerCase()))]);

/** What `POST /api/v1/documents/:id/annotations` accepts (W3C-style target). */
export const createAnnotationInput = z.object({
  /** Chosen by the client, so a retried create cannot make the note twice. */
  id: z
    .string()
    .regex(/^[a-z0-9]{20,40}$/, 'A note id is 20 to 40 lowercase letters and digits.')
    .optional(),
  target,
  body: z.unknown().optional(),
  color: color.optional(),
  tags: tags.optional().default([]),
  visibility: visibility.optional(),
});

/** What `PATCH /api/v1/annotations/:id` accepts; `target` re-attaches the note. */
export const updateAnnotationInput = z.object({
  target: target.optional(),
  body: z.unknown().optional(),
  color: color.nullable().optional(),
  tags: tags.optional(),
  visibility: visibility.optional(),
});

/** What `POST /api/v1/annotations/:id/replies` accepts. */
export const createReplyInput = z.object({ body: z.unknown() });
