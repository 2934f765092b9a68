import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ClaimBadge } from '@/components/claims/claim-badge';
import { DismissReportButton } from '@/components/moderation/dismiss-report-button';
import { Alert } from '@/components/ui/alert';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { CLAIM_REASON_LABELS, CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import { AppError } from '@/lib/errors/app-error';
import { listModerationQueue } from '@/lib/moderation/list-moderation-queue';
import { listModerationChoices } from '@/lib/moderation/list-moderation-choices';
import { listOpenReports } from '@/lib/moderation/list-open-reports';
import { moderationQueueInput } from '@/lib/moderation/moderation-queue-input';

export const metadata: Metadata = { title: 'Moderation' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const field = 'rounded border border-stone-300 bg-white px-2 py-1 text-sm';

/** The moderator's queue: claims to review with filters, oldest open first, and reports of abuse. */
export default async function ModerationPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/moderation');
  const params = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = moderationQueueInput.safeParse(params);
  const filters = parsed.success ? parsed.data : moderationQueueInput.parse({});
  const queue = await listModerationQueue(user, filters).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 403) return null;
    throw err;
  });
  if (!queue)
    return <Alert>The moderation queue is for moderators and instructors of a course.</Alert>;
  const [{ documents, members }, reports] = await Promise.all([
    listModerationChoices(user),
    listOpenReports(user),
  ]);
  const next = new URLSearchParams({ ...params, cursor: queue.nextCursor ?? '' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Moderation</h1>
      {!parsed.success && <Alert>{parsed.error.issues[0]!.message}</Alert>}
      <form method="get" aria-label="Filter claims" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium">
          Status
          <select name="status" defaultValue={filters.status.join(',')} className={field}>
            <option value="open,needs_source">Open or needs source</option>
            {Object.entries(CLAIM_STATUS_STYLE).map(([key, s]) => (
              <option key={key} value={key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium">
          Reason
          <select name="reason" defaultValue={filters.reason?.join(',') ?? ''} className={field}>
            <option value="">Any reason</option>
            {Object.entries(CLAIM_REASON_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium">
          Document
          <select name="documentId" defaultValue={filters.documentId ?? ''} className={field}>
            <option value="">Any document</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium">
          Flagged at least (days ago)
          <input
            name="minAgeDays"
            type="number"
            min={0}
            defaultValue={filters.minAgeDays ?? ''}
            className={`${field} w-24`}
          />
        </label>
        <label className="flex flex-col text-xs font-medium">
          Order
          <select name="sort" defaultValue={filters.sort} className={field}>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium">
          Flagged by
          <select name="authorId" defaultValue={filters.authorId ?? ''} className={field}>
            <option value="">Anyone</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-white">
          Apply
        </button>
      </form>
      <section aria-labelledby="claims-heading" className="flex flex-col gap-2">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims
        </h2>
        {queue.items.length === 0 ? (
          <p className="text-stone-600">No claims match these filters.</p>
        ) : (
          <ol aria-label="Claims to review" className="flex flex-col gap-2">
            {queue.items.map((c) => (
              <li key={c.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                  <ClaimBadge status={c.status} />
                  <span>{CLAIM_REASON_LABELS[c.reason]}</span>
                  <span>
                    by{' '}
                    <Link href={`/moderation?authorId=${c.author.id}`} className="underline">
                      {c.author.name}
                    </Link>
                  </span>
                  <time dateTime={c.createdAt}>
                    {new Date(c.createdAt).toLocaleString('en-GB')}
                  </time>
                  <span>
                    {c.sourceCount} {c.sourceCount === 1 ? 'source' : 'sources'}
                  </span>
                  {c.hidden && <span className="text-red-800">hidden</span>}
                </p>
                <Link
                  href={`/documents/${c.document.id}#annotation-${c.id}`}
                  className="mt-1 block font-serif underline-offset-4 hover:underline"
                >
                  “{c.quote}”
                </Link>
                {c.explanation && <p className="mt-1 text-stone-700">{c.explanation}</p>}
                <p className="mt-1 text-xs text-stone-500">
                  {c.document.title}
                  {c.course && ` · ${c.course.title}`}
                </p>
              </li>
            ))}
          </ol>
        )}
        {queue.nextCursor && (
          <Link href={`/moderation?${next}`} className="self-start text-sm underline">
            Next page
          </Link>
        )}
      </section>
      <section aria-labelledby="reports-heading" className="flex flex-col gap-2">
        <h2 id="reports-heading" className="text-lg font-semibold">
          Reports of abuse
        </h2>
        {reports.length === 0 ? (
          <p className="text-stone-600">No open reports.</p>
        ) : (
          <ul aria-label="Open reports" className="flex flex-col gap-2">
            {reports.map((r) => (
              <li key={r.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <p className="text-xs text-stone-600">
                  {r.reporter.name} reported a {'replyId' in r.target ? 'reply' : 'note'} in{' '}
                  {r.document.title}: {r.reason}
                </p>
                <p className="mt-1">{r.text}</p>
                <div className="mt-1 flex gap-3 text-xs">
                  <Link
                    href={`/documents/${r.document.id}#annotation-${r.noteId}`}
                    className="underline"
                  >
                    Open to hide it
                  </Link>
                  <DismissReportButton target={r.target} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
