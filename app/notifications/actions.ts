'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/authed-action';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

/** Marks all of the user's notifications read; the header's count updates with the page. */
export const markAllReadAction = authedAction(z.object({}), async (user) => {
  await markNotificationsRead({ userId: user.id });
  revalidatePath('/', 'layout');
  return { ok: true };
});
