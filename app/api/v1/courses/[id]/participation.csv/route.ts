import { apiRoute } from '@/lib/api/api-route';
import { courseParticipation } from '@/lib/courses/course-participation';
import { participationCsv } from '@/lib/courses/participation-csv';

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/courses/:id/participation.csv: the per-member table as a spreadsheet file. */
export const GET = apiRoute<Context>(async (_request, user, { params }) => {
  const { id } = await params;
  const { members } = await courseParticipation({ actor: user, courseId: id });
  return new Response(participationCsv(members), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="participation-${id}.csv"`,
    },
  });
});
