'use client';

import { Alert } from '@/components/ui/alert';
import { LocalTime } from '@/components/ui/local-time';
import type { AssignmentSummary } from '@/lib/assignments/summarize-assignments';
import { AssignmentSettings } from './assignment-settings';
import { AssignmentHeading } from './assignment-heading';
import { useCourseChange } from './use-course-change';

/** A course's assignments with due times in the reader's zone, their settings and the reader's own progress; instructors can withdraw one. */
export function AssignmentList({
  assignments,
  manages,
}: {
  assignments: AssignmentSummary[];
  manages: boolean;
}) {
  const { change, error, busy } = useCourseChange();
  if (!assignments.length) return <p className="text-stone-600">No assignments yet.</p>;
  return (
    <>
      {error && <Alert>{error}</Alert>}
      <ul aria-label="Assignments" className="flex flex-col gap-2">
        {assignments.map((a) => (
          <li key={a.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
            <AssignmentHeading title={a.title} document={a.document} progress={a.progress} />
            <p className="text-xs text-stone-600">
              {a.dueAt ? (
                <>
                  Due <LocalTime iso={a.dueAt} />
                </>
              ) : (
                'No due date'
              )}{' '}
              · You have {a.progress.notes} {a.progress.notes === 1 ? 'note' : 'notes'} on it
            </p>
            <AssignmentSettings assignment={a} />
            {a.instructions && <p className="mt-1 whitespace-pre-wrap">{a.instructions}</p>}
            {manages && (
              <button
                type="button"
                disabled={busy}
                className="mt-1 text-xs underline"
                onClick={() =>
                  window.confirm(`Withdraw “${a.title}”? Notes written for it stay.`) &&
                  void change(`/api/v1/assignments/${a.id}`, 'DELETE')
                }
              >
                Withdraw
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
