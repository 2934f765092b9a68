import { z } from 'zod';

/** `POST /api/v1/live-sessions/:id/reveal`: for the rest of the session, or for good. */
export const revealInput = z.object({ forGood: z.boolean().default(false) });

/** `POST /api/v1/live-sessions/:id/spotlights`: a passage, in canonical text offsets. */
export const spotlightInput = z
  .object({
    start: z.number().int().min(0, 'Give the passage as offsets in the text.'),
    end: z.number().int().min(1, 'Give the passage as offsets in the text.'),
  })
  .refine((r) => r.end > r.start, { message: 'The passage ends before it starts.' });
