import { createHmac } from 'node:crypto';
import { serverSecret } from '../auth/server-secret';
import { getDb } from '../db/prisma';

/** Someone as a note shows them: their id and name, or a classmate's pseudonym. */
export interface Person {
  id: string;
  name: string;
}

/** What a student sees in place of a classmate's name when an assignment is anonymous to peers. */
export const CLASSMATE = 'Classmate';

/**
 * How authors appear to a viewer: unchanged, unless an assignment of the document is
 * anonymous to peers and the viewer is a student (`anonymousPeers`), when every other
 * student of the course becomes "Classmate" with a pseudonymous id, stable on the
 * document and keyed by the server secret, so it cannot be matched to a member's id.
 * Teaching staff keep their names, and so does the viewer.
 */
export async function peerPseudonyms(
  doc: { id: string; courseId: string | null; anonymousPeers: boolean },
  viewerId: string | null,
): Promise<<P extends Person>(person: P) => P> {
  if (!doc.anonymousPeers || !doc.courseId) return (person) => person;
  const students = new Set(
    (
      await getDb().membership.findMany({
        where: { courseId: doc.courseId, role: 'STUDENT' },
        select: { userId: true },
      })
    ).map((m) => m.userId),
  );
  return (person) =>
    person.id === viewerId || !students.has(person.id)
      ? person
      : {
          ...person,
          id: `classmate-${createHmac('sha256', serverSecret()).update(`${doc.id}:${person.id}`).digest('hex').slice(0, 12)}`,
          name: CLASSMATE,
        };
}
