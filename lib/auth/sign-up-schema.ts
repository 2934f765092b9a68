import { z } from 'zod';
import { passwordSchema } from './password-schema';

/** What the sign-up form and API accept. */
export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name.')
    .max(100, 'Use a name of at most 100 characters.'),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
  password: passwordSchema,
});

/** Parsed sign-up input. */
export type SignUpInput = z.infer<typeof signUpSchema>;
