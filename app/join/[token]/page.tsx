import type { Metadata } from 'next';
import { JoinCourseForm } from '@/components/course/join-course-form';
import { requireUser } from '@/lib/auth/require-user';

export const metadata: Metadata = { title: 'Join a course' };

/** An invite link: signed in (or after signing in), one click joins the course. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireUser(`/join/${token}`);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold">Join a course</h1>
      <p className="text-stone-600">You were invited to a course on Scholia.</p>
      <JoinCourseForm invite={token} />
    </div>
  );
}
