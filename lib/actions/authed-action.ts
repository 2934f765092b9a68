import type { z } from 'zod';
import { getCurrentUser, type CurrentUser } from '../auth/get-current-user';
import { consumeRequest } from '../api/request-limiter';
import { parseFormData, type FormState } from './form-state';

/**
 * Wraps a form server action with authentication, the per-user write limit the JSON
 * API applies, and zod validation, so the handler only ever sees a signed-in user
 * within their limit and parsed input.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (user: CurrentUser, input: z.infer<S>) => Promise<FormState<T>>,
) {
  return async (_prev: FormState<T>, formData: FormData): Promise<FormState<T>> => {
    const user = await getCurrentUser();
    if (!user) return { error: 'Your session has ended. Sign in again to continue.' };
    const wait = await consumeRequest('write', user.id);
    if (wait !== null)
      return { error: `Too many changes in a minute; wait ${wait} seconds and try again.` };
    const parsed = parseFormData(schema, formData);
    if (parsed.fieldErrors) return { fieldErrors: parsed.fieldErrors };
    return handler(user, parsed.data);
  };
}
