import { getDb } from '../db/prisma';

/** A user's public profile and course memberships, as `GET /api/v1/me` returns it. */
export async function getProfile(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      memberships: { select: { role: true, course: { select: { id: true, title: true } } } },
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt.toISOString(),
    courses: user.memberships.map((m) => ({
      id: m.course.id,
      title: m.course.title,
      role: m.role.toLowerCase(),
    })),
  };
}
