import { z } from 'zod';

const title = z
  .string()
  .trim()
  .min(1, 'Give the course a title.')
  .max(200, 'Keep the title under 200 characters.');
const term = z.string().trim().max(100, 'Keep the term under 100 characters.');
const visibility = z.enum(['private', 'course', 'public'], {
  message: 'Choose who sees new notes: private, course or public.',
});

/** What `POST /api/v1/courses` accepts. */
export const createCourseInput = z.object({
  title,
  term: term.optional(),
  defaultVisibility: visibility.default('course'),
});

/** What an instructor may change about a course's identity and how people join it. */
export const updateCourseInput = z.object({
  title: title.optional(),
  term: term.optional(),
  archived: z.boolean().optional(),
  joinCodeEnabled: z.boolean().optional(),
  inviteEnabled: z.boolean().optional(),
  /** Replaces the join code or the invite link; the old one stops working at once. */
  regenerate: z.enum(['joinCode', 'invite']).optional(),
});

/** What `POST /api/v1/courses/join` accepts: a join code, or the token of an invite link. */
export const joinCourseInput = z
  .object({
    code: z.string().trim().max(40).optional(),
    invite: z.string().trim().max(100).optional(),
  })
  .refine((v) => !!v.code !== !!v.invite, 'Enter the join code your instructor gave you.');

/** What `PATCH /api/v1/courses/:id/members/:userId` accepts. */
export const memberRoleInput = z.object({
  role: z.enum(['instructor', 'moderator', 'student'], {
    message: 'Choose a role: instructor, moderator or student.',
  }),
});
