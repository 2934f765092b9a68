import { apiRoute } from '@/lib/api/api-route';
import { revealInput } from '@/lib/live-sessions/live-session-input';
import { steerLiveSession } from '@/lib/live-sessions/steer-live-session';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/live-sessions/:id/reveal `{ forGood? }`: shows hidden notes to the room. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { forGood } = revealInput.parse(await request.json().catch(() => ({})));
  await steerLiveSession(user, id, { type: 'reveal', forGood });
  return new Response(null, { status: 204 });
});
