import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { NotFoundError } from '@/lib/errors/app-error';
import { openNotification } from '@/lib/notifications/open-notification';

type Context = { params: Promise<{ id: string }> };

/**
 * GET /notifications/:id: opening a notification marks it read and goes to its note.
 * Linked with a plain anchor, never prefetched, so only a real visit marks it.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  const user = await getCurrentUser();
  const to = (path: string) => NextResponse.redirect(new URL(path, request.url), 303);
  if (!user) return to(`/signin?callbackUrl=${encodeURIComponent(`/notifications/${id}`)}`);
  try {
    const note = await openNotification({ userId: user.id, notificationId: id });
    return to(`/documents/${note.documentId}#annotation-${note.annotationId}`);
  } catch (err) {
    if (err instanceof NotFoundError) return to('/notifications');
    throw err;
  }
}
