import Link from 'next/link';
import { LocalTime } from '@/components/ui/local-time';
import { dueInWords } from '@/lib/assignments/due-in-words';
import { groupByDue } from '@/lib/assignments/group-by-due';
import type { listMyAssignments } from '@/lib/assignments/list-my-assignments';
import { AssignmentSettings } from './assignment-settings';
import { AssignmentHeading } from './assignment-heading';

type Item = Awaited<ReturnType<typeof listMyAssignments>>[number];

/** A student's assignments across their courses under due-date headings, each linking to its reader. */
export function MyAssignmentList({ assignments, now }: { assignments: Item[]; now: Date }) {
  if (!assignments.length)
    return (
      <p className="text-stone-600">
        No assignments yet.{' '}
        <Link href="/courses" className="text-accent-strong underline">
          Join a course
        </Link>{' '}
        with the code your instructor gave you, and its assignments show here.
      </p>
    );
  return (
    <div className="flex flex-col gap-6">
      {groupByDue(assignments, now).map((group, i) => (
        <section
          key={group.label}
          aria-labelledby={`due-group-${i}`}
          className="flex flex-col gap-2"
        >
          <h2 id={`due-group-${i}`} className="text-lg font-semibold">
            {group.label}
          </h2>
          <ul aria-label={`Assignments: ${group.label}`} className="flex flex-col gap-2">
            {group.items.map((a) => (
              <li key={a.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <AssignmentHeading title={a.title} document={a.document} progress={a.progress} />
                <p className="text-xs text-stone-600">
                  <Link href={`/courses/${a.course.id}`} className="underline">
                    {a.course.title}
                  </Link>
                  {a.archived && ' (archived)'} ·{' '}
                  {a.dueAt ? (
                    <>
                      {dueInWords(a.dueAt, now)} (<LocalTime iso={a.dueAt} />)
                    </>
                  ) : (
                    'No due date'
                  )}{' '}
                  · {a.progress.notes} {a.progress.notes === 1 ? 'note' : 'notes'}
                </p>
                <AssignmentSettings assignment={a} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
