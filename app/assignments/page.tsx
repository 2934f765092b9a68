import type { Metadata } from 'next';
import { MyAssignmentList } from '@/components/course/my-assignment-list';
import { requireUser } from '@/lib/auth/require-user';
import { listMyAssignments } from '@/lib/assignments/list-my-assignments';

export const metadata: Metadata = { title: 'Your assignments' };

/** The reader's assignments across all their courses, by due date, with their own progress. */
export default async function AssignmentsPage() {
  const user = await requireUser('/assignments');
  const now = new Date();
  const assignments = await listMyAssignments(user, now);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Your assignments</h1>
      <MyAssignmentList assignments={assignments} now={now} />
    </div>
  );
}
