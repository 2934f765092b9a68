import { z } from 'zod';
import { claimReason, claimStatus } from '../claims/claim-input';

const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(item).max(10),
  );

/** The moderation queue's filters, as query parameters (lists are comma-separated). */
export const moderationQueueInput = z.object({
  status: list(claimStatus).default(['open', 'needs_source']),
  reason: list(claimReason).optional(),
  documentId: z.string().min(1).optional(),
  authorId: z.string().min(1).optional(),
  /** Only claims flagged at least this many days ago. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** The parsed filters. */
export type ModerationQueueFilters = z.infer<typeof moderationQueueInput>;
