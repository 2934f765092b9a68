import { z } from 'zod';

/** What `GET /api/v1/notifications` and the notifications page accept. */
export const listNotificationsQuery = z.object({
  unread: z
    .string()
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).optional().default(20),
});

/** What `POST /api/v1/notifications/read` accepts: some ids, or none for all. */
export const markNotificationsReadInput = z.object({
  ids: z
    .array(z.string().min(1).max(64))
    .max(500, 'Mark at most 500 notifications at once, or send no ids to mark all.')
    .optional(),
});
