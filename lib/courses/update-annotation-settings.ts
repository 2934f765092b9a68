import { z } from 'zod';
import type { Actor } from '../authz/can';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import { CITATION_STYLE_KEYS } from '../sources/citation-style-keys';
import { loadCourseFor } from './load-course-for';
import { paletteSchema } from './palette-schema';

/** What an instructor may change about how notes work in a course. */
export const annotationSettingsInput = z.object({
  palette: paletteSchema.optional(),
  defaultVisibility: z.enum(['private', 'course', 'public']).optional(),
  citationStyle: z.enum(CITATION_STYLE_KEYS, { message: 'Choose APA, MLA or Chicago.' }).optional(),
});

/** An instructor sets the course's highlight palette (colours and meanings), the default visibility of new notes and the citation style. */
export async function updateAnnotationSettings(options: {
  actor: Actor;
  courseId: string;
  input: unknown;
}) {
  const parsed = annotationSettingsInput.safeParse(options.input);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]!.message);
  await loadCourseFor(options.actor, options.courseId, 'manage');
  const { palette, defaultVisibility, citationStyle } = parsed.data;
  return getDb().course.update({
    where: { id: options.courseId },
    data: {
      ...(palette ? { palette } : {}),
      ...(citationStyle ? { citationStyle } : {}),
      ...(defaultVisibility
        ? { defaultVisibility: defaultVisibility.toUpperCase() as 'PRIVATE' | 'COURSE' | 'PUBLIC' }
        : {}),
    },
    select: { id: true, palette: true, defaultVisibility: true, citationStyle: true },
  });
}
