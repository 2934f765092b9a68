'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { updateAnnotationSettings } from '@/lib/courses/update-annotation-settings';
import { AppError } from '@/lib/errors/app-error';

/** Saves a course's palette meanings and colours, its default note visibility and citation style. */
export async function saveAnnotationSettingsAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { error: 'Your session has ended. Sign in again to continue.' };
  const courseId = String(form.get('courseId') ?? '');
  const labels = form.getAll('label').map(String);
  const colors = form.getAll('color').map(String);
  const palette = form
    .getAll('key')
    .map((key, i) => ({ key: String(key), label: labels[i] ?? '', color: colors[i] ?? '' }));
  try {
    await updateAnnotationSettings({
      actor: user,
      courseId,
      input: {
        palette,
        defaultVisibility: String(form.get('defaultVisibility') ?? '') || undefined,
        citationStyle: String(form.get('citationStyle') ?? '') || undefined,
      },
    });
  } catch (err) {
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
  revalidatePath(`/courses/${courseId}/settings`);
  return { ok: true };
}
