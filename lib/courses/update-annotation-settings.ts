import { z } from 'zod';
import { can, type Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/app-error';
import { paletteSchema } from './palette-schema';

/** What an instructor may change about how notes work in a course. */
export const annotationSettingsInput = z.object({
  palette: paletteSchema.optional(),
  defaultVisibility: z.enum(['private', 'course', 'public']).optional(),
});

/** An instructor sets the course's highlight palette (colours and meanings) and the default visibility of new notes. */
export async function updateAnnotationSettings(options: {
  actor: Actor;
  courseId: string;
  input: unknown;
}) {
  const parsed = annotationSettingsInput.safeParse(options.input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]!.message);
  const course = await getDb().course.findUnique({
    where: { id: options.courseId },
    select: {
      archivedAt: true,
      memberships: { where: { userId: options.actor?.id ?? '' }, select: { role: true } },
    },
  });
  const actorRole = course?.memberships[0]?.role ?? null;
  if (!course || !actorRole)
    throw new NotFoundError('That course does not exist, or you are not a member of it.');
  if (
    !can(options.actor, 'manage', {
      type: 'course',
      actorRole,
      archived: course.archivedAt !== null,
    })
  ) {
    throw new ForbiddenError('Only the instructors of an active course can change its settings.');
  }
  const { palette, defaultVisibility } = parsed.data;
  return getDb().course.update({
    where: { id: options.courseId },
    data: {
      ...(palette ? { palette } : {}),
      ...(defaultVisibility
        ? { defaultVisibility: defaultVisibility.toUpperCase() as 'PRIVATE' | 'COURSE' | 'PUBLIC' }
        : {}),
    },
    select: { id: true, palette: true, defaultVisibility: true },
  });
}
