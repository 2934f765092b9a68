import { apiRoute } from '@/lib/api/api-route';
import { searchAnnotations } from '@/lib/annotations/search-annotations';
import { searchAnnotationsQuery } from '@/lib/annotations/search-annotations-query';

/** GET /api/v1/annotations?q=&tag=&author=&document=&page=&pageSize=: search the notes you may read. */
export const GET = apiRoute(async (request, user) => {
  const query = searchAnnotationsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await searchAnnotations(user.id, query);
  return Response.json({
    ...page,
    items: page.items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
  });
});
