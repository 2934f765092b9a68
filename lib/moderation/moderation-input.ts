import { z } from 'zod';

/** What hide, unhide and report accept: the reason goes into the audit log. */
export const moderationReasonInput = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason; it is kept in the audit log.')
    .max(1_000, 'Keep the reason under 1,000 characters.'),
});
