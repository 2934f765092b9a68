import { can } from '../authz/can';
import type { NotificationKind } from '../db/generated/enums';
import { getDb } from '../db/prisma';

/**
 * Notifies the people a new note or reply concerns: each @mentioned user, and for a
 * reply the note's author; once each, never the actor, and only those the policy lets
 * read the note, so a mention in a private note reaches nobody but its author.
 */
export async function notifyForComment(options: {
  actorId: string;
  annotationId: string;
  replyId?: string;
  mentionedUserIds: string[];
  /** For a reply, whether the note's author hears of it (not for an edit). Default true. */
  notifyNoteAuthor?: boolean;
}): Promise<void> {
  const db = getDb();
  const note = await db.annotation.findUnique({
    where: { id: options.annotationId },
    select: {
      kind: true,
      authorId: true,
      visibility: true,
      hiddenAt: true,
      document: { select: { ownerId: true, courseId: true } },
    },
  });
  if (!note) return;
  const kinds = new Map<string, NotificationKind>();
  for (const id of options.mentionedUserIds) kinds.set(id, 'MENTION');
  // An author mentioned in a reply to their own note hears of it once, as a reply.
  if (options.replyId && options.notifyNoteAuthor !== false) kinds.set(note.authorId, 'REPLY');
  kinds.delete(options.actorId);
  if (kinds.size === 0) return;
  const candidates = [...kinds.keys()];
  const courseId = note.document.courseId;
  const [users, memberships] = await Promise.all([
    // Mention ids come from the client; only real users count.
    db.user.findMany({ where: { id: { in: candidates } }, select: { id: true } }),
    courseId
      ? db.membership.findMany({
          where: { courseId, userId: { in: candidates } },
          select: { userId: true, role: true },
        })
      : [],
  ]);
  const roles = new Map(memberships.map((m) => [m.userId, m.role]));
  const readers = users.filter((user) =>
    can(user, 'read', {
      type: 'annotation',
      kind: note.kind,
      authorId: note.authorId,
      visibility: note.visibility,
      hidden: note.hiddenAt !== null,
      document: {
        type: 'document',
        ownerId: note.document.ownerId,
        actorCourseRole: roles.get(user.id) ?? null,
        courseArchived: false,
        assignmentClosed: false,
        // Hide-until-post is applied when notifications are read (readableNotificationsSql).
        peersHidden: false,
      },
    }),
  );
  if (readers.length === 0) return;
  await db.notification.createMany({
    data: readers.map((user) => ({
      recipientId: user.id,
      actorId: options.actorId,
      kind: kinds.get(user.id)!,
      annotationId: options.annotationId,
      replyId: options.replyId ?? null,
    })),
  });
}
