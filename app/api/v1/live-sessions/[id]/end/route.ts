import { apiRoute } from '@/lib/api/api-route';
import { liveSessionSummary } from '@/lib/live-sessions/live-session-summary';
import { steerLiveSession } from '@/lib/live-sessions/steer-live-session';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/live-sessions/:id/end: the instructor ends it; answers with its summary. */
export const POST = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  await steerLiveSession(user, id, { type: 'end' });
  return Response.json(await liveSessionSummary(user, id));
});
