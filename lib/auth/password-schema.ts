import { z } from 'zod';

// The most common choices that still pass a length rule; a full breach list is out of scope.
const COMMON = new Set([
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou123',
  'letmein1234',
  'welcome1234',
  'administrator',
  'passw0rd123',
  'abc1234567',
  '0987654321',
  'qwerty12345',
  'football123',
  'monkey12345',
  'baseball123',
  'sunshine123',
  'princess123',
]);

/** The password rule for sign-up and password changes, with messages users can act on. */
export const passwordSchema = z
  .string()
  .min(10, 'Use a password of at least 10 characters.')
  .max(200, 'Use a password of at most 200 characters.')
  .refine((p) => !COMMON.has(p.toLowerCase()), 'That password is too common; choose another.')
  .refine((p) => new Set(p).size >= 4, 'That password repeats too few characters; choose another.');
