import { getDb } from '../db/prisma';
import { hashPassword } from '../auth/hash-password';
import { createDocument } from '../documents/create-document';
import { importDocument } from '../documents/import/import-document';
import { DEMO_PASSWORD, demoAccounts, demoDocuments } from './demo-documents';
import { createAssignment } from '../assignments/create-assignment';
import { createAssignmentInput } from '../assignments/assignment-input';
import { seedDemoClaims } from './seed-demo-claims';

/**
 * Writes the demo course, its members, two documents, two claims on the second (one
 * open, one supported with a source) and an assignment on it, due in a week, once: a database that
 * already has users is left alone. Returns whether anything was written.
 */
export async function seedDemoData(): Promise<boolean> {
  const db = getDb();
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(
    demoAccounts.map((a) =>
      db.user.create({
        data: { email: a.email, name: a.name, passwordHash },
        select: { id: true },
      }),
    ),
  );
  const course = await db.course.create({
    data: {
      title: 'Close Reading 101',
      term: 'Demo term',
      joinCode: 'DEMO-READ',
      memberships: {
        create: demoAccounts.map((a, i) => ({ userId: users[i]!.id, role: a.role })),
      },
    },
    select: { id: true },
  });
  const instructorId = users[0]!.id;
  const ids: string[] = [];
  for (const doc of demoDocuments) {
    const { content, text } = await importDocument({ kind: 'text', text: doc.text });
    const created = await createDocument({
      ownerId: instructorId,
      courseId: course.id,
      title: doc.title,
      author: doc.author,
      content,
      text,
    });
    ids.push(created.id);
  }
  await seedDemoClaims({
    documentId: ids[1]!,
    moderatorId: users[1]!.id,
    studentIds: [users[2]!.id, users[3]!.id],
  });
  // An assignment on the reading-room text, due a week after the demo is written.
  await createAssignment({
    actor: { id: instructorId },
    courseId: course.id,
    input: createAssignmentInput.parse({
      documentId: ids[1]!,
      title: 'Who was the reading room for?',
      instructions:
        'Read the history closely. Mark two claims you would want evidence for, and answer a classmate’s note.',
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
  });
  return true;
}
