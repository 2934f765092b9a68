import { getDb } from '@/lib/db/prisma';

export const dynamic = 'force-dynamic';

/** GET /api/health: 200 when the web server can reach the database, 503 otherwise. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: 'The database is not reachable.' }, { status: 503 });
  }
}
