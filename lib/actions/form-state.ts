import type { z } from 'zod';

/** What a form's server action returns: success, a form-level error, or field errors. */
export interface FormState<T = undefined> {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string>;
  data?: T;
  /** What the user typed (never passwords), so a form reset by React keeps it. */
  values?: Record<string, string>;
}

/** Parses FormData with a zod schema into data or the first error of each field. */
export function parseFormData<S extends z.ZodType>(
  schema: S,
  formData: FormData,
):
  | { data: z.infer<S>; fieldErrors?: undefined }
  | { data?: undefined; fieldErrors: Record<string, string> } {
  const result = schema.safeParse(Object.fromEntries(formData));
  return result.success ? { data: result.data } : { fieldErrors: fieldErrorsOf(result.error) };
}

/** The first message for each top-level field of a failed parse; `form` for the whole. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
