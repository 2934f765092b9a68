import { CourseRole } from '../db/generated/enums';
import { isCourseModerator } from './can';

/** The course roles that moderate, derived from the policy so a change there reaches queries too. */
export const MODERATOR_ROLES = Object.values(CourseRole).filter(isCourseModerator);
