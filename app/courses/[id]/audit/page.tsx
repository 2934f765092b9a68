import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors/app-error';
import { listAuditLog } from '@/lib/moderation/list-audit-log';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cursor?: string }> };

const ACTIONS: Record<string, string> = {
  report: 'Reported',
  hide: 'Hid',
  unhide: 'Unhid',
  verdict: 'Recorded a verdict on',
  dismiss: 'Dismissed',
};

/** Every moderation action in a course, newest first, for its instructors. */
export default async function AuditLogPage({ params, searchParams }: Props) {
  const [{ id }, { cursor }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/courses/${id}/audit`);
  const log = await listAuditLog({ actor: user, courseId: id, cursor }).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    if (err instanceof AppError && err.status === 403) return err.message;
    throw err;
  });
  if (typeof log === 'string') return <Alert>{log}</Alert>;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Audit log</h1>
      {log.items.length === 0 ? (
        <p className="text-stone-600">No moderation has happened in this course yet.</p>
      ) : (
        <ol aria-label="Moderation actions" className="flex flex-col gap-2 text-sm">
          {log.items.map((e) => (
            <li key={e.id} className="rounded-md border border-stone-200 bg-white p-3">
              <p>
                <span className="font-semibold">{e.actor.name}</span> {ACTIONS[e.action]}{' '}
                {e.replyId ? 'a reply to ' : ''}
                {e.documentId ? (
                  <Link
                    href={`/documents/${e.documentId}#annotation-${e.annotationId}`}
                    className="underline"
                  >
                    “{e.quote}”
                  </Link>
                ) : (
                  'a removed note'
                )}
              </p>
              <p className="text-xs text-stone-600">
                <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleString('en-GB')}</time>
                {e.reason && ` · ${e.reason}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      {log.nextCursor && (
        <Link href={`/courses/${id}/audit?cursor=${log.nextCursor}`} className="text-sm underline">
          Older
        </Link>
      )}
    </div>
  );
}
