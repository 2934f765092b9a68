import type { CourseRole } from '../db/generated/enums';

/** Who is asking: a signed-in user's id, or null for anonymous. */
export type Actor = { id: string } | null;

/** A document, with the facts the policy needs about the actor's relation to it. */
export interface DocumentResource {
  type: 'document';
  ownerId: string;
  /** The actor's role in the document's course, or null when not a member (or no course). */
  actorCourseRole: CourseRole | null;
}

/** A course, with the actor's role in it (null when not a member). */
export interface CourseResource {
  type: 'course';
  actorRole: CourseRole | null;
  archived: boolean;
}

/** Everything the policy can be asked about. Later issues add annotations, claims, assignments. */
export type Resource = DocumentResource | CourseResource;

/** What an actor may try to do to a resource. */
export type Action = 'read' | 'update' | 'delete' | 'move' | 'add-document';

/**
 * The one policy: whether `actor` may do `action` to `resource`. Every read and write
 * path (pages, JSON API, collab rooms, search, exports) asks here and nowhere else.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  switch (resource.type) {
    case 'document': {
      const isOwner = resource.ownerId === actor.id;
      if (action === 'read') return isOwner || resource.actorCourseRole !== null;
      return isOwner && (action === 'update' || action === 'delete' || action === 'move');
    }
    case 'course':
      // Putting a document in front of a class is a teaching decision.
      return (
        action === 'add-document' &&
        !resource.archived &&
        (resource.actorRole === 'INSTRUCTOR' || resource.actorRole === 'MODERATOR')
      );
  }
}
