'use server';

import { parseFormData, type FormState } from '@/lib/actions/form-state';
import { signUpSchema } from '@/lib/auth/sign-up-schema';
import { createUser, DuplicateEmailError } from '@/lib/users/create-user';

/** Creates an account; the form then signs in with the same credentials. */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = {
    name: String(formData.get('name') ?? ''),
    email: String(formData.get('email') ?? ''),
  };
  const parsed = parseFormData(signUpSchema, formData);
  if (parsed.fieldErrors) return { fieldErrors: parsed.fieldErrors, values };
  try {
    await createUser(parsed.data);
    return { ok: true };
  } catch (err) {
    if (err instanceof DuplicateEmailError) return { fieldErrors: { email: err.message }, values };
    throw err;
  }
}
