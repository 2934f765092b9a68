import { apiRoute } from '@/lib/api/api-route';
import { searchSourceLibrary } from '@/lib/sources/search-source-library';
import { sourceJson } from '@/lib/sources/source-json';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/documents/:id/sources?q=: the library this document's notes cite from, searched. */
export const GET = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const query = new URL(request.url).searchParams.get('q') ?? '';
  const rows = await searchSourceLibrary({ actor: user, documentId: id, query });
  return Response.json({ items: rows.map(sourceJson) });
});
