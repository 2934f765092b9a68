import { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import { loadCourseFor } from './load-course-for';

/** How many bands a document's heat map divides its text into. */
export const HEAT_BANDS = 20;

/** One member's part in a course. */
export interface ParticipationRow {
  userId: string;
  name: string;
  role: string;
  notes: number;
  replies: number;
  words: number;
  sources: number;
  claims: number;
  /** Notes written on an assigned document after its due time. */
  lateNotes: number;
  firstActivity: string | null;
  lastActivity: string | null;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * For a course's instructors: per member, the notes, replies and words they wrote, the
 * sources they attached and claims they flagged, notes written after an assignment's due
 * time, with first and last activity; and per
 * document, how many notes start in each twentieth of its text. Private and deleted
 * notes are not counted: "only me" stays the author's.
 */
export async function courseParticipation(options: { actor: { id: string }; courseId: string }) {
  await loadCourseFor(options.actor, options.courseId, 'participation');
  const db = getDb();
  const inCourse = {
    document: { courseId: options.courseId },
    deletedAt: null,
    visibility: { not: 'PRIVATE' as const },
  };
  const [members, notes, replies, sources, documents, assignments] = await Promise.all([
    db.membership.findMany({
      where: { courseId: options.courseId },
      orderBy: { user: { name: 'asc' } },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    db.annotation.findMany({
      where: inCourse,
      select: { authorId: true, documentId: true, kind: true, bodyText: true, createdAt: true },
    }),
    db.reply.findMany({
      where: { deletedAt: null, annotation: inCourse },
      select: { authorId: true, bodyText: true, createdAt: true },
    }),
    db.annotationSource.groupBy({
      by: ['addedById'],
      where: { annotation: inCourse },
      _count: { _all: true },
    }),
    db.$queryRaw<{ id: string; title: string; band: number | null; count: bigint }[]>(Prisma.sql`
      SELECT d."id", d."title",
             LEAST(${HEAT_BANDS - 1}, FLOOR(a."positionStart"::float / GREATEST(length(v."text"), 1) * ${HEAT_BANDS}))::int AS band,
             COUNT(a."id") AS count
      FROM "Document" d
      LEFT JOIN "Annotation" a ON a."documentId" = d."id" AND a."deletedAt" IS NULL AND a."visibility" <> 'PRIVATE'
      LEFT JOIN "DocumentVersion" v ON v."id" = a."versionId"
      WHERE d."courseId" = ${options.courseId}
      GROUP BY d."id", d."title", band
      ORDER BY d."title"`),
    db.assignment.findMany({
      where: { courseId: options.courseId, dueAt: { not: null } },
      select: { documentId: true, dueAt: true },
    }),
  ]);
  // A note is late if it came after the earliest due time set on its document.
  const dueOf = new Map<string, Date>();
  for (const a of assignments) {
    const earlier = dueOf.get(a.documentId);
    if (!earlier || a.dueAt! < earlier) dueOf.set(a.documentId, a.dueAt!);
  }
  const rows = new Map<string, ParticipationRow>(
    members.map((m) => [
      m.user.id,
      {
        userId: m.user.id,
        name: m.user.name,
        role: m.role.toLowerCase(),
        notes: 0,
        replies: 0,
        words: 0,
        sources: 0,
        claims: 0,
        lateNotes: 0,
        firstActivity: null,
        lastActivity: null,
      },
    ]),
  );
  const touch = (row: ParticipationRow, at: Date) => {
    const iso = at.toISOString();
    if (!row.firstActivity || iso < row.firstActivity) row.firstActivity = iso;
    if (!row.lastActivity || iso > row.lastActivity) row.lastActivity = iso;
  };
  for (const n of notes) {
    const row = rows.get(n.authorId);
    if (!row) continue;
    row.notes += 1;
    if (n.kind === 'CLAIM') row.claims += 1;
    const due = dueOf.get(n.documentId);
    if (due && n.createdAt > due) row.lateNotes += 1;
    row.words += words(n.bodyText);
    touch(row, n.createdAt);
  }
  for (const r of replies) {
    const row = rows.get(r.authorId);
    if (!row) continue;
    row.replies += 1;
    row.words += words(r.bodyText);
    touch(row, r.createdAt);
  }
  for (const s of sources) {
    const row = s.addedById ? rows.get(s.addedById) : undefined;
    if (row) row.sources = s._count._all;
  }
  const heat = new Map<string, { id: string; title: string; bands: number[] }>();
  for (const d of documents) {
    const entry = heat.get(d.id) ?? {
      id: d.id,
      title: d.title,
      bands: Array<number>(HEAT_BANDS).fill(0),
    };
    if (d.band !== null) entry.bands[d.band] = Number(d.count);
    heat.set(d.id, entry);
  }
  return { members: [...rows.values()], documents: [...heat.values()] };
}
