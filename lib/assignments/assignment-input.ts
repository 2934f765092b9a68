import { z } from 'zod';

const HIDE_RANGE =
  'Hide classmates’ notes until a student has posted from 0 to 50 notes; 0 never hides them.';

/** What `POST /api/v1/courses/:id/assignments` accepts; `dueAt` is an ISO time with its zone. */
export const createAssignmentInput = z.object({
  documentId: z.string().min(1, 'Choose the document to assign.'),
  title: z
    .string()
    .trim()
    .min(1, 'Give the assignment a title.')
    .max(200, 'Keep the title under 200 characters.'),
  instructions: z
    .string()
    .trim()
    .max(5_000, 'Keep the instructions under 5,000 characters.')
    .default(''),
  dueAt: z.iso
    .datetime({ offset: true, message: 'Give the due date as a date and time.' })
    .optional(),
  allowLate: z.boolean().default(true),
  hideUntilPostCount: z
    .number({ error: HIDE_RANGE })
    .int('Give the number of notes to post before classmates’ notes show as a whole number.')
    .min(0, HIDE_RANGE)
    .max(50, HIDE_RANGE)
    .default(0),
  anonymousToPeers: z
    .boolean({ error: 'Say whether students see each other as “Classmate”: true or false.' })
    .default(false),
});
