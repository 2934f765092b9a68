import { moderationRoute } from '@/lib/moderation/moderation-route';

/** POST /api/v1/annotations/:id/report with `{reason}`. */
export const POST = moderationRoute('annotation', 'report');
