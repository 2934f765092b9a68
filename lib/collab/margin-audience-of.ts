import { isCourseModerator } from '../authz/can';
import type { CourseRole } from '../db/generated/enums';
import type { MarginAudience } from './room-name';

/**
 * The shared margin room a reader of a document belongs to: its course's moderators'
 * room (which carries hidden notes) or its readers' room; none when the document has
 * no course, since then only its owner reads it and their own room holds everything.
 * Nor for a student hide-until-post still keeps from classmates' notes, or who sees
 * classmates anonymously: the shared room would show them the notes, or the names, so
 * their own room holds all they may see, as they may see it.
 */
export function marginAudienceOf(doc: {
  courseId: string | null;
  actorCourseRole: CourseRole | null;
  peersHidden: boolean;
  anonymousPeers: boolean;
}): MarginAudience | null {
  if (!doc.courseId || doc.peersHidden || doc.anonymousPeers) return null;
  return isCourseModerator(doc.actorCourseRole) ? { kind: 'moderators' } : { kind: 'course' };
}
