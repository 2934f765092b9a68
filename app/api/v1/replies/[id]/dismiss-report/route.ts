import { moderationRoute } from '@/lib/moderation/moderation-route';

/** POST /api/v1/replies/:id/dismiss-report with `{reason}`. */
export const POST = moderationRoute('reply', 'dismiss-report');
