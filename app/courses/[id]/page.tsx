import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AssignmentList } from '@/components/course/assignment-list';
import { CourseAccessPanel } from '@/components/course/course-access-panel';
import { CreateAssignmentForm } from '@/components/course/create-assignment-form';
import { CourseRoster } from '@/components/course/course-roster';
import { Alert } from '@/components/ui/alert';
import { requireUser } from '@/lib/auth/require-user';
import { listAssignments } from '@/lib/assignments/list-assignments';
import { getCourse } from '@/lib/courses/get-course';
import { listCourseDocuments } from '@/lib/courses/list-course-documents';
import { AppError } from '@/lib/errors/app-error';

export const metadata: Metadata = { title: 'Course' };

type Props = { params: Promise<{ id: string }> };

/** A course: its roster with roles, and for instructors how people join and archiving. */
export default async function CoursePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/courses/${id}`);
  const course = await getCourse(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  });
  const [assignments, documents] = await Promise.all([
    listAssignments(user, id),
    listCourseDocuments(user, id),
  ]);
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host')}`;
  const manages = course.joinCode !== undefined;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{course.title}</h1>
        {course.term && <p className="text-sm text-stone-600">{course.term}</p>}
        {manages && (
          <p className="mt-2 flex gap-4 text-sm">
            <Link href={`/courses/${id}/settings`} className="text-accent-strong underline">
              Note settings
            </Link>
            <Link href={`/courses/${id}/audit`} className="text-accent-strong underline">
              Audit log
            </Link>
            <Link href={`/courses/${id}/participation`} className="text-accent-strong underline">
              Participation
            </Link>
          </p>
        )}
      </div>
      {course.archived && (
        <Alert tone="info">This course is archived: its documents and notes are read-only.</Alert>
      )}
      <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        <AssignmentList assignments={assignments} manages={manages} />
        {manages && !course.archived && (
          <details className="rounded-md border border-stone-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-medium">New assignment</summary>
            <div className="mt-3">
              <CreateAssignmentForm courseId={id} documents={documents} />
            </div>
          </details>
        )}
      </section>
      {manages && (
        <section aria-labelledby="access-heading" className="flex flex-col gap-3">
          <h2 id="access-heading" className="text-xl font-semibold">
            Joining
          </h2>
          <CourseAccessPanel
            courseId={id}
            joinCode={course.joinCode ?? ''}
            joinCodeEnabled={course.joinCodeEnabled ?? false}
            inviteUrl={course.inviteToken ? `${origin}/join/${course.inviteToken}` : ''}
            inviteEnabled={course.inviteEnabled ?? false}
            archived={course.archived}
          />
        </section>
      )}
      <section aria-labelledby="roster-heading" className="flex flex-col gap-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Members ({course.members.length})
        </h2>
        <CourseRoster courseId={id} members={course.members} userId={user.id} manages={manages} />
      </section>
    </div>
  );
}
