import { isCourseModerator } from '../authz/can';
import { getDb } from '../db/prisma';
import { coursePalette } from '../courses/course-palette';
import { resolveCitationStyle } from '../sources/resolve-citation-style';
import { DEFAULT_PALETTE, type PaletteColor } from './default-palette';

/**
 * What the annotated reader needs beyond the text, for a document the actor may read:
 * who can be @mentioned (the course's members), the course's highlight palette (or the
 * defaults), the default visibility of new notes, whether the actor moderates, and the
 * citation style they read in (their own choice, else the course's).
 */
export async function getReaderContext(
  actorId: string,
  document: { courseId: string | null; ownerId: string },
) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: actorId },
    select: { citationStyle: true },
  });
  if (!document.courseId) {
    return {
      members: [],
      palette: DEFAULT_PALETTE as readonly PaletteColor[],
      defaultVisibility: 'private',
      isModerator: false,
      inCourse: false,
      archived: false,
      citationStyle: resolveCitationStyle(user.citationStyle),
    };
  }
  const course = await db.course.findUniqueOrThrow({
    where: { id: document.courseId },
    select: {
      palette: true,
      defaultVisibility: true,
      citationStyle: true,
      archivedAt: true,
      memberships: {
        select: { role: true, user: { select: { id: true, name: true } } },
        orderBy: { user: { name: 'asc' } },
      },
    },
  });
  const role = course.memberships.find((m) => m.user.id === actorId)?.role ?? null;
  return {
    members: course.memberships.map((m) => m.user).filter((u) => u.id !== actorId),
    palette: coursePalette(course.palette),
    defaultVisibility: course.defaultVisibility.toLowerCase(),
    isModerator: isCourseModerator(role),
    inCourse: true,
    archived: course.archivedAt !== null,
    citationStyle: resolveCitationStyle(user.citationStyle, course.citationStyle),
  };
}
