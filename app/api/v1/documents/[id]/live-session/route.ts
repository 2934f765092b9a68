import { apiRoute } from '@/lib/api/api-route';
import { currentLiveSession } from '@/lib/live-sessions/current-live-session';
import { liveSessionState } from '@/lib/live-sessions/live-session-state';
import { startLiveSession } from '@/lib/live-sessions/start-live-session';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/documents/:id/live-session: the session running on it, or `{ session: null }`. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  return Response.json({ session: await currentLiveSession(user, id) });
});

/** POST /api/v1/documents/:id/live-session: an instructor starts one (or gets the running one). */
export const POST = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  const { created } = await startLiveSession(user, id);
  return Response.json({ session: await liveSessionState(id) }, { status: created ? 201 : 200 });
});
