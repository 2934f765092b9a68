import { apiRoute } from '@/lib/api/api-route';
import { publicCollabUrl } from '@/lib/collab/collab-config';
import { collabRoomsFor } from '@/lib/collab/collab-rooms-for';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/documents/:id/collab: where the collab server is, and this reader's rooms. */
export const GET = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const rooms = await collabRoomsFor(user, id);
  return Response.json({ url: publicCollabUrl(new URL(request.url)), ...rooms });
});
