import { apiRoute } from '@/lib/api/api-route';
import { liveSessionSummary } from '@/lib/live-sessions/live-session-summary';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/live-sessions/:id: its summary (who took part, notes made, spotlights), for instructors. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json(await liveSessionSummary(user, id));
});
