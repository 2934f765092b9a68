import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { getDb } from '../db/prisma';
import { loadLiveSessionFor } from './load-live-session-for';

/**
 * What a session was, for its instructors: when it ran, who took part (everyone who was
 * in the room), the notes written on the document while it ran (as the instructor may
 * see them), and the passages spotlighted, in order.
 */
export async function liveSessionSummary(actor: { id: string }, sessionId: string) {
  const { session, doc } = await loadLiveSessionFor(actor, sessionId, 'lead');
  const db = getDb();
  const until = session.endedAt ?? new Date();
  const [participants, notes, spotlights] = await Promise.all([
    db.liveSessionParticipant.findMany({
      where: { sessionId },
      orderBy: { joinedAt: 'asc' },
      select: { joinedAt: true, user: { select: { id: true, name: true } } },
    }),
    db.annotation.findMany({
      where: {
        AND: [
          { documentId: doc.id, deletedAt: null },
          { createdAt: { gte: session.startedAt, lte: until } },
          visibleAnnotationsWhere(actor.id, doc),
        ],
      },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        kind: true,
        quoteExact: true,
        bodyText: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
      },
    }),
    db.liveSpotlight.findMany({
      where: { sessionId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, start: true, end: true, quote: true, createdAt: true },
    }),
  ]);
  return {
    id: session.id,
    documentId: doc.id,
    startedAt: session.startedAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
    participants: participants.map((p) => ({ ...p.user, joinedAt: p.joinedAt.toISOString() })),
    notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
    spotlights: spotlights.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })),
  };
}
