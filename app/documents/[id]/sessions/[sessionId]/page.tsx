import type { Metadata } from 'next';
import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { requireUser } from '@/lib/auth/require-user';
import { orNotFound } from '@/lib/errors/or-not-found';
import { liveSessionSummary } from '@/lib/live-sessions/live-session-summary';

export const metadata: Metadata = { title: 'Live session summary' };

type Props = { params: Promise<{ id: string; sessionId: string }> };

/** What a live session was, for its instructors: who took part, notes made, passages spotlighted. */
export default async function LiveSessionSummaryPage({ params }: Props) {
  const { id, sessionId } = await params;
  const user = await requireUser(`/documents/${id}/sessions/${sessionId}`);
  const s = await orNotFound(liveSessionSummary(user, sessionId));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <Link href={`/documents/${s.documentId}`} className="text-sm text-accent-strong underline">
          ← Back to the document
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Live session summary</h1>
        <p className="mt-1 text-sm text-stone-600">
          Started <LocalTime iso={s.startedAt} />
          {s.endedAt ? (
            <>
              , ended <LocalTime iso={s.endedAt} />
            </>
          ) : (
            ' · still running'
          )}
        </p>
      </div>
      <section aria-labelledby="took-part" className="flex flex-col gap-2">
        <h2 id="took-part" className="text-lg font-semibold">
          Took part ({s.participants.length})
        </h2>
        <ul aria-labelledby="took-part" className="flex flex-wrap gap-x-4 gap-y-1">
          {s.participants.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="spotlighted" className="flex flex-col gap-2">
        <h2 id="spotlighted" className="text-lg font-semibold">
          Passages spotlighted ({s.spotlights.length})
        </h2>
        {s.spotlights.length === 0 ? (
          <p className="text-stone-600">No passage was spotlighted.</p>
        ) : (
          <ol aria-labelledby="spotlighted" className="flex flex-col gap-2">
            {s.spotlights.map((x) => (
              <li key={x.id} className="rounded-md border border-stone-200 bg-white p-3">
                <blockquote className="font-serif">“{x.quote}”</blockquote>
                <p className="mt-1 text-xs text-stone-600">
                  <LocalTime iso={x.createdAt} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="session-notes" className="flex flex-col gap-2">
        <h2 id="session-notes" className="text-lg font-semibold">
          Notes made during the session ({s.notes.length})
        </h2>
        {s.notes.length === 0 ? (
          <p className="text-stone-600">No notes were written while the session ran.</p>
        ) : (
          <ol aria-labelledby="session-notes" className="flex flex-col gap-2">
            {s.notes.map((n) => (
              <li key={n.id} className="rounded-md border border-stone-200 bg-white p-3">
                <p className="text-xs text-stone-600">
                  {n.author.name} · <LocalTime iso={n.createdAt} />
                </p>
                <Link
                  href={`/documents/${s.documentId}#annotation-${n.id}`}
                  className="mt-1 block font-serif underline-offset-4 hover:underline"
                >
                  “{n.quoteExact.slice(0, 160)}”
                </Link>
                {n.bodyText && <p className="mt-1 text-sm">{n.bodyText.slice(0, 400)}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
