import { moderationRoute } from '@/lib/moderation/moderation-route';

/** POST /api/v1/replies/:id/report with `{reason}`. */
export const POST = moderationRoute('reply', 'report');
