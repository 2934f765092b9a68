import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/require-user';
import { courseParticipation, HEAT_BANDS } from '@/lib/courses/course-participation';
import { AppError } from '@/lib/errors/app-error';

export const metadata: Metadata = { title: 'Participation' };

type Props = { params: Promise<{ id: string }> };

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null) => (iso ? WHEN.format(new Date(iso)) : '—');

/** The instructor's dashboard: each member's part, and where notes cluster in each text. */
export default async function ParticipationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/courses/${id}/participation`);
  const data = await courseParticipation({ actor: user, courseId: id }).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    if (err instanceof AppError && err.status === 403) return err.message;
    throw err;
  });
  if (typeof data === 'string') return <Alert>{data}</Alert>;
  const cell = 'px-2 py-1.5';
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Link href={`/courses/${id}`} className="text-sm text-accent-strong underline">
          ← Back to the course
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Participation</h1>
        <p className="text-sm text-stone-600">
          Course-visible notes only: private notes stay their author’s.{' '}
          <a href={`/api/v1/courses/${id}/participation.csv`} download className="underline">
            Download CSV
          </a>
        </p>
      </div>
      {/* On a narrow screen the table scrolls sideways: focusable, so the keyboard can scroll it. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Participation table">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Participation per member</caption>
          <thead className="border-b border-stone-300 text-xs text-stone-600">
            <tr>
              {[
                'Name',
                'Role',
                'Notes',
                'Replies',
                'Words',
                'Sources',
                'Claims',
                'Late',
                'First',
                'Last',
              ].map((h) => (
                <th key={h} scope="col" className={`${cell} font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.members.map((m) => (
              <tr key={m.userId} className="border-b border-stone-100">
                <th scope="row" className={`${cell} font-medium`}>
                  {m.name}
                </th>
                <td className={cell}>{m.role}</td>
                <td className={cell}>{m.notes}</td>
                <td className={cell}>{m.replies}</td>
                <td className={cell}>{m.words}</td>
                <td className={cell}>{m.sources}</td>
                <td className={cell}>{m.claims}</td>
                <td className={cell}>{m.lateNotes}</td>
                <td className={cell}>{when(m.firstActivity)}</td>
                <td className={cell}>{when(m.lastActivity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="heat-heading" className="flex flex-col gap-3">
        <h2 id="heat-heading" className="text-xl font-semibold">
          Where notes cluster
        </h2>
        {data.documents.length === 0 && (
          <p className="text-stone-600">No documents in this course yet.</p>
        )}
        {data.documents.map((d) => {
          const peak = Math.max(1, ...d.bands);
          return (
            <figure key={d.id} className="flex flex-col gap-1">
              <figcaption className="text-sm">
                <Link href={`/documents/${d.id}`} className="underline">
                  {d.title}
                </Link>
              </figcaption>
              <ol
                aria-label={`Notes along ${d.title}, from start to end`}
                className="flex h-8 gap-px"
              >
                {d.bands.map((count, i) => (
                  <li
                    key={i}
                    title={`${Math.round((i / HEAT_BANDS) * 100)}–${Math.round(((i + 1) / HEAT_BANDS) * 100)}%: ${count} notes`}
                    className="flex-1 rounded-sm bg-accent"
                    style={{ opacity: 0.08 + (0.92 * count) / peak }}
                  >
                    <span className="sr-only">
                      {Math.round((i / HEAT_BANDS) * 100)}% onwards: {count} notes
                    </span>
                  </li>
                ))}
              </ol>
            </figure>
          );
        })}
      </section>
    </div>
  );
}
