import { createApiToken } from '../../lib/api-tokens/create-api-token';
import { getDb } from '../../lib/db/prisma';
import { createDocument } from '../../lib/documents/create-document';
import type { Seat } from './app-student';
import { words } from './words';

/** The class a soak runs: one seat per student, and the students on each document. */
export interface SoakFixture {
  seats: Seat[];
  readers: Map<string, number[]>;
}

/**
 * One course with an instructor and `students` students, `documents` documents of about
 * 2,500 words in it, a personal API token per student, and the students spread evenly
 * over the documents.
 */
export async function createSoakFixture(options: {
  students: number;
  documents: number;
}): Promise<SoakFixture> {
  const db = getDb();
  const stamp = Date.now().toString(36);
  const emails = Array.from(
    { length: options.students + 1 },
    (_, i) => `soak-${stamp}-${i}@bench.test`,
  );
  await db.user.createMany({
    data: emails.map((email, i) => ({ email, name: i ? `Student ${i}` : 'Instructor' })),
  });
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true },
  });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const [instructorId, ...studentIds] = emails.map((e) => idOf.get(e)!);
  const course = await db.course.create({
    data: {
      title: 'Soak course',
      memberships: {
        create: [
          { userId: instructorId!, role: 'INSTRUCTOR' },
          ...studentIds.map((userId) => ({ userId, role: 'STUDENT' as const })),
        ],
      },
    },
  });
  // One paragraph, so the canonical text is exactly the string the students quote from.
  const text = words(2_500).replace(/\n\n/g, ' ');
  const content = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
  const documentIds: string[] = [];
  for (let d = 0; d < options.documents; d++) {
    const doc = await createDocument({
      ownerId: instructorId!,
      courseId: course.id,
      title: `Reading ${d + 1}`,
      content,
      text,
    });
    documentIds.push(doc.id);
  }
  const seats = await Promise.all(
    studentIds.map(async (userId, index) => ({
      index,
      documentId: documentIds[index % options.documents]!,
      text,
      secret: (await createApiToken({ userId, name: 'soak' })).secret,
    })),
  );
  const readers = new Map(documentIds.map((id) => [id, [] as number[]]));
  for (const seat of seats) readers.get(seat.documentId)!.push(seat.index);
  return { seats, readers };
}
