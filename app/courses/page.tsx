import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateCourseForm } from '@/components/course/create-course-form';
import { JoinCourseForm } from '@/components/course/join-course-form';
import { requireUser } from '@/lib/auth/require-user';
import { listMyCourses } from '@/lib/courses/list-my-courses';

export const metadata: Metadata = { title: 'Courses' };

const ROLE = { INSTRUCTOR: 'Instructor', MODERATOR: 'Moderator', STUDENT: 'Student' } as const;

/** The reader's courses, joining one with a code, and creating one. */
export default async function CoursesPage() {
  const user = await requireUser('/courses');
  const courses = await listMyCourses(user.id);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="font-serif text-3xl font-semibold">Courses</h1>
      {courses.length === 0 ? (
        <p className="text-stone-600">
          You are not in a course yet. Join one with the code your instructor gave you, or create
          your own.
        </p>
      ) : (
        <ul aria-label="Your courses" className="flex flex-col gap-2">
          {courses.map((c) => (
            <li key={c.id} className="rounded-md border border-stone-200 bg-white px-4 py-2">
              <Link
                href={`/courses/${c.id}`}
                className="font-medium underline-offset-4 hover:underline"
              >
                {c.title}
              </Link>{' '}
              <span className="text-sm text-stone-600">
                · {ROLE[c.role]}
                {c.archived && ' · archived'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="join-heading" className="flex flex-col gap-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a course
        </h2>
        <JoinCourseForm />
      </section>
      <section aria-labelledby="create-heading" className="flex flex-col gap-3">
        <h2 id="create-heading" className="text-xl font-semibold">
          Create a course
        </h2>
        <CreateCourseForm />
      </section>
    </div>
  );
}
