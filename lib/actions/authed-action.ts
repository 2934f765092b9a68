import type { z } from 'zod';
import { getCurrentUser, type CurrentUser } from '../auth/get-current-user';
import { parseFormData, type FormState } from './form-state';

/**
 * Wraps a form server action with authentication and zod validation, so the handler
 * only ever sees a signed-in user and parsed input.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (user: CurrentUser, input: z.infer<S>) => Promise<FormState<T>>,
) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    const user = await getCurrentUser();
    if (!user) return { error: 'Your session has ended. Sign in again to continue.' };
    const parsed = parseFormData(schema, formData);
    if (parsed.fieldErrors) return { fieldErrors: parsed.fieldErrors };
    return handler(user, parsed.data);
  };
}
