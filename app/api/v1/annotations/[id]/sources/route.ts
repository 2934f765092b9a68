import { apiRoute } from '@/lib/api/api-route';
import { attachSource } from '@/lib/sources/attach-source';
import { attachSourceInput } from '@/lib/sources/source-input';

type Context = { params: Promise<{ id: string }> };

/** POST /api/v1/annotations/:id/sources: `{sourceId}` or `{source}`, with `relation`, `quotedPassage`, `note`. */
export const POST = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const input = attachSourceInput.parse(await request.json().catch(() => ({})));
  const attached = await attachSource({ actor: user, annotationId: id, input });
  return Response.json(attached, { status: attached.reused ? 200 : 201 });
});
