import { getDb } from '../db/prisma';
import { createDocument } from '../documents/create-document';
import type { CourseRole } from '../db/generated/enums';
import { createUser } from '../users/create-user';
import { uniqueEmail } from './unique-email';

/** A new user for a test. */
export async function makeUser(label = 'user') {
  return createUser({ name: label, email: uniqueEmail(label), password: 'a long passphrase' });
}

/** A course with one new member per given role, for authorization tests. */
export async function makeCourse<R extends string>(roles: Record<R, CourseRole>) {
  const entries = await Promise.all(
    Object.entries<CourseRole>(roles).map(
      async ([label, role]) => [label, await makeUser(label), role] as const,
    ),
  );
  const course = await getDb().course.create({
    data: {
      title: `Course ${Math.random().toString(36).slice(2, 7)}`,
      memberships: { create: entries.map(([, user, role]) => ({ userId: user.id, role })) },
    },
    select: { id: true },
  });
  return {
    courseId: course.id,
    users: Object.fromEntries(entries.map(([l, u]) => [l, u])) as unknown as Record<
      R,
      { id: string }
    >,
  };
}

/** One paragraph of `text` as editor JSON, for documents and comments in tests. */
export function paragraphDoc(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

/** A one-paragraph document in a course, owned by `ownerId`; returns its id. */
export async function makeCourseDocument(options: {
  ownerId: string;
  courseId: string;
  title: string;
  text: string;
}): Promise<string> {
  const doc = await createDocument({ ...options, content: paragraphDoc(options.text) });
  return doc.id;
}

/**
 * A course of `roles` (among them `teacher`, the instructor who owns the documents) and
 * one document of `text` per title; the document ids come back in the titles' order.
 */
export async function makeCourseWithDocuments<R extends string, const T extends readonly string[]>(
  roles: Record<R | 'teacher', CourseRole>,
  text: string,
  titles: T,
) {
  const course = await makeCourse(roles);
  const documentIds: string[] = [];
  for (const title of titles)
    documentIds.push(
      await makeCourseDocument({
        ownerId: course.users.teacher.id,
        courseId: course.courseId,
        title,
        text,
      }),
    );
  return { course, documentIds: documentIds as { [K in keyof T]: string } };
}
