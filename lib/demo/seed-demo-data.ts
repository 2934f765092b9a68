import { getDb } from '../db/prisma';
import { hashPassword } from '../auth/hash-password';
import { createDocument } from '../documents/create-document';
import { importDocument } from '../documents/import/import-document';
import { DEMO_PASSWORD, demoAccounts, demoDocuments } from './demo-documents';

/**
 * Writes the demo course, its members and two documents, once: a database that
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
  for (const doc of demoDocuments) {
    const { content, text } = await importDocument({ kind: 'text', text: doc.text });
    await createDocument({
      ownerId: instructorId,
      courseId: course.id,
      title: doc.title,
      author: doc.author,
      content,
      text,
    });
  }
  return true;
}
