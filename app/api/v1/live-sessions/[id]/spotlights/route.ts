import { apiRoute } from '@/lib/api/api-route';
import { spotlightInput } from '@/lib/live-sessions/live-session-input';
import { recordSpotlight } from '@/lib/live-sessions/record-spotlight';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/live-sessions/:id/spotlights `{ start, end }`: records a spotlighted passage. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const range = spotlightInput.parse(await request.json().catch(() => ({})));
  const spotlight = await recordSpotlight(user, id, range);
  return Response.json(
    { ...spotlight, createdAt: spotlight.createdAt.toISOString() },
    { status: 201 },
  );
});
