import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AnnotationSettingsForm } from '@/components/course/annotation-settings-form';
import { getReaderContext } from '@/lib/annotations/get-reader-context';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { listMyCourses } from '@/lib/courses/list-my-courses';

export const metadata: Metadata = { title: 'Course settings' };

/** An instructor's settings for how notes work in a course. */
export default async function CourseSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/courses/${id}/settings`)}`);
  const course = (await listMyCourses(user.id)).find((c) => c.id === id);
  if (!course || course.role !== 'INSTRUCTOR') notFound();
  const context = await getReaderContext(user.id, { courseId: id, ownerId: '' });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">{course.title}: settings</h1>
      <AnnotationSettingsForm
        courseId={id}
        palette={context.palette}
        defaultVisibility={context.defaultVisibility}
        citationStyle={course.citationStyle}
      />
      <Link href={`/courses/${id}/audit`} className="self-start text-sm underline">
        Audit log of moderation
      </Link>
    </div>
  );
}
