import type { AssignmentProgress } from '@/lib/assignments/assignment-progress';

/** "Late" and "Missing" marks for the viewer's progress on an assignment. */
export function ProgressBadges({ progress }: { progress: AssignmentProgress }) {
  return (
    <>
      {progress.late && <span className="rounded bg-amber-100 px-1 text-amber-900">Late</span>}
      {progress.missing && <span className="rounded bg-red-100 px-1 text-red-900">Missing</span>}
    </>
  );
}
