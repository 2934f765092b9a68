import { moderationRoute } from '@/lib/moderation/moderation-route';

/** POST /api/v1/annotations/:id/unhide with `{reason}`. */
export const POST = moderationRoute('annotation', 'unhide');
