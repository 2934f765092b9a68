import type { AnnotationKind, CourseRole, Visibility } from '../db/generated/enums';

/** Who is asking: a signed-in user's id, or null for anonymous. */
export type Actor = { id: string } | null;

/** A document, with the facts the policy needs about the actor's relation to it. */
export interface DocumentResource {
  type: 'document';
  ownerId: string;
  /** The actor's role in the document's course, or null when not a member (or no course). */
  actorCourseRole: CourseRole | null;
  /** Whether the document's course is archived: then it is read-only. */
  courseArchived: boolean;
  /** Whether an assignment of the document is past due and takes no late work. */
  assignmentClosed: boolean;
  /**
   * Whether an assignment still hides classmates' notes from this student (until they
   * post enough, or it is revealed): then they read only their own notes and prompts.
   */
  peersHidden: boolean;
}

/** A course, with the actor's role in it (null when not a member). */
export interface CourseResource {
  type: 'course';
  actorRole: CourseRole | null;
  archived: boolean;
}

/** An annotation (note, highlight or claim), with the document it sits on. */
export interface AnnotationResource {
  type: 'annotation';
  kind: AnnotationKind;
  authorId: string;
  visibility: Visibility;
  hidden: boolean;
  document: DocumentResource;
}

/** A reply in a note's thread, with the note it answers. */
export interface ReplyResource {
  type: 'reply';
  authorId: string;
  hidden: boolean;
  note: AnnotationResource;
}

/** A source attached to a note: who attached it, and the note. */
export interface SourceLinkResource {
  type: 'source-link';
  addedById: string | null;
  note: AnnotationResource;
}

/** A course's shared notebook for one document, with the actor's role in that course. */
export interface NotebookResource {
  type: 'notebook';
  locked: boolean;
  course: CourseResource;
}

/** Everything the policy can be asked about. Later issues add assignments. */
export type Resource =
  | DocumentResource
  | CourseResource
  | AnnotationResource
  | ReplyResource
  | SourceLinkResource
  | NotebookResource;

/** What an actor may try to do to a resource. */
export type Action =
  | 'read'
  | 'update'
  | 'delete'
  | 'move'
  | 'add-document'
  | 'annotate'
  | 'reply'
  | 'moderate'
  | 'cite'
  | 'report'
  | 'reattach'
  | 'audit'
  | 'archive'
  | 'participation'
  | 'prompt'
  | 'lead'
  | 'manage';

/** Instructors and moderators of the document's course moderate what is written on it. */
export function isCourseModerator(role: CourseRole | null): boolean {
  return role === 'INSTRUCTOR' || role === 'MODERATOR';
}

function canReadAnnotation(actor: { id: string }, a: AnnotationResource): boolean {
  if (!can(actor, 'read', a.document)) return false;
  if (a.authorId === actor.id) return true;
  if (a.document.peersHidden && a.kind !== 'PROMPT') return false;
  if (a.hidden && !isCourseModerator(a.document.actorCourseRole)) return false;
  if (a.visibility === 'PUBLIC') return true;
  if (a.visibility === 'COURSE')
    return a.document.actorCourseRole !== null || a.document.ownerId === actor.id;
  return false;
}

/**
 * The one policy: whether `actor` may do `action` to `resource`. Every read and write
 * path (pages, JSON API, collab rooms, search, exports) asks here and nowhere else.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  switch (resource.type) {
    case 'document': {
      const isOwner = resource.ownerId === actor.id;
      const reads = isOwner || resource.actorCourseRole !== null;
      if (action === 'read') return reads;
      // An archived course is a record: nothing new is written on its documents.
      // Past a due date that takes no late work, students stop adding notes.
      if (
        action === 'annotate' &&
        resource.assignmentClosed &&
        resource.actorCourseRole === 'STUDENT'
      )
        return false;
      if (action === 'annotate' || action === 'update')
        return reads && !resource.courseArchived && (action === 'annotate' || isOwner);
      // Reading prompts are the teaching staff's questions; live sessions are led by instructors.
      if (action === 'prompt')
        return !resource.courseArchived && isCourseModerator(resource.actorCourseRole);
      if (action === 'lead')
        return !resource.courseArchived && resource.actorCourseRole === 'INSTRUCTOR';
      return isOwner && (action === 'delete' || action === 'move');
    }
    case 'annotation': {
      const reads = canReadAnnotation(actor, resource);
      if (action !== 'read' && resource.document.courseArchived) return false;
      if (action === 'read' || action === 'reply')
        return reads && (action === 'read' || !resource.hidden);
      if (action === 'update' || action === 'delete') return resource.authorId === actor.id;
      // Re-attaching an orphan moves no words; the author or a moderator may do it.
      if (action === 'reattach')
        return (
          reads &&
          (resource.authorId === actor.id || isCourseModerator(resource.document.actorCourseRole))
        );
      if (action === 'moderate')
        return (
          can(actor, 'read', resource.document) &&
          isCourseModerator(resource.document.actorCourseRole)
        );
      // Sources back a note's own argument, so they are its author's; a claim's
      // evidence may come from any member of the course reviewing it.
      if (action === 'cite')
        return (
          reads &&
          !resource.hidden &&
          (resource.authorId === actor.id ||
            (resource.kind === 'CLAIM' && resource.document.actorCourseRole !== null))
        );
      if (action === 'report') return reads && resource.authorId !== actor.id;
      return false;
    }
    case 'reply': {
      if (action !== 'read' && resource.note.document.courseArchived) return false;
      // A reply is seen with its note; a hidden one only by its author and moderators.
      const reads =
        can(actor, 'read', resource.note) &&
        (resource.authorId === actor.id || !resource.note.document.peersHidden) &&
        (!resource.hidden ||
          resource.authorId === actor.id ||
          isCourseModerator(resource.note.document.actorCourseRole));
      if (action === 'read') return reads;
      if (action === 'moderate') return reads && can(actor, 'moderate', resource.note);
      if (action === 'report') return reads && resource.authorId !== actor.id;
      return (
        reads && (action === 'update' || action === 'delete') && resource.authorId === actor.id
      );
    }
    case 'source-link':
      // Whoever attached it, the note's author and the course's moderators may take it off.
      return (
        action === 'delete' &&
        can(actor, 'read', resource.note) &&
        (resource.addedById === actor.id ||
          resource.note.authorId === actor.id ||
          can(actor, 'moderate', resource.note))
      );
    case 'notebook': {
      // The members write it together; a lock leaves the pen with the instructors.
      const role = resource.course.actorRole;
      if (action === 'read') return role !== null;
      if (action === 'update')
        return (
          role !== null && !resource.course.archived && (!resource.locked || role === 'INSTRUCTOR')
        );
      return action === 'manage' && can(actor, 'manage', resource.course);
    }
    case 'course':
      // Its members see a course and its roster.
      if (action === 'read') return resource.actorRole !== null;
      // Course settings belong to its instructors while the course is active.
      if (action === 'manage') return !resource.archived && resource.actorRole === 'INSTRUCTOR';
      // The moderation record stays readable to instructors after the course ends.
      if (action === 'audit') return resource.actorRole === 'INSTRUCTOR';
      // How each student takes part is for the people who grade them.
      if (action === 'participation') return resource.actorRole === 'INSTRUCTOR';
      // Archiving, and bringing a course back, are the instructors' at any time.
      if (action === 'archive') return resource.actorRole === 'INSTRUCTOR';
      // Putting a document in front of a class is a teaching decision.
      return (
        action === 'add-document' &&
        !resource.archived &&
        (resource.actorRole === 'INSTRUCTOR' || resource.actorRole === 'MODERATOR')
      );
  }
}
