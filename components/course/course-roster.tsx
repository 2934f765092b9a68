'use client';

import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useCourseChange } from './use-course-change';

interface Member {
  id: string;
  name: string;
  email?: string;
  role: string;
  joinedAt: string;
}

const ROLES = [
  ['instructor', 'Instructor'],
  ['moderator', 'Moderator (teaching assistant)'],
  ['student', 'Student'],
] as const;

/** The course's members and roles; instructors change roles and remove members, anyone can leave. */
export function CourseRoster({
  courseId,
  members,
  userId,
  manages,
}: {
  courseId: string;
  members: Member[];
  userId: string;
  manages: boolean;
}) {
  const router = useRouter();
  const { change, error, busy } = useCourseChange();
  const url = (id: string) => `/api/v1/courses/${courseId}/members/${id}`;
  return (
    <div className="flex flex-col gap-2">
      {error && <Alert>{error}</Alert>}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members</caption>
        <thead>
          <tr className="border-b border-stone-200 text-xs text-stone-600">
            <th className="py-1 font-medium">Name</th>
            <th className="py-1 font-medium">Role</th>
            <th className="py-1 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-stone-100">
              <td className="py-1.5">
                {m.name}
                {m.email && <span className="ml-2 text-xs text-stone-500">{m.email}</span>}
              </td>
              <td className="py-1.5">
                {manages ? (
                  <select
                    aria-label={`Role of ${m.name}`}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) => void change(url(m.id), 'PATCH', { role: e.target.value })}
                    className="rounded border border-stone-300 bg-white px-1 py-0.5"
                  >
                    {ROLES.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLES.find(([value]) => value === m.role)?.[1]
                )}
              </td>
              <td className="py-1.5 text-right">
                {m.id === userId ? (
                  <Button
                    variant="secondary"
                    disabled={busy}
                    onClick={async () => {
                      if (
                        !window.confirm('Leave this course? You will lose access to its documents.')
                      )
                        return;
                      if (await change(url(m.id), 'DELETE')) router.push('/courses');
                    }}
                  >
                    Leave
                  </Button>
                ) : (
                  manages && (
                    <Button
                      variant="secondary"
                      disabled={busy}
                      aria-label={`Remove ${m.name}`}
                      onClick={() =>
                        window.confirm(
                          `Remove ${m.name} from the course? Their access ends at once.`,
                        ) && void change(url(m.id), 'DELETE')
                      }
                    >
                      Remove
                    </Button>
                  )
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
