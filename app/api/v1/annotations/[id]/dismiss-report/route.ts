import { moderationRoute } from '@/lib/moderation/moderation-route';

/** POST /api/v1/annotations/:id/dismiss-report with `{reason}`. */
export const POST = moderationRoute('annotation', 'dismiss-report');
