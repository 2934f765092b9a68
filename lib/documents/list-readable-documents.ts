import { getDb } from '../db/prisma';

/** Documents the user owns or can read through a course membership, newest first. */
export function listReadableDocuments(userId: string) {
  return getDb().document.findMany({
    where: {
      OR: [{ ownerId: userId }, { course: { memberships: { some: { userId } } } }],
    },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      title: true,
      author: true,
      updatedAt: true,
      course: { select: { id: true, title: true } },
      owner: { select: { name: true } },
    },
  });
}
