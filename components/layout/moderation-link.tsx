import Link from 'next/link';
import { CountBadge } from './count-badge';
import { moderatedCoursesWhere } from '@/lib/authz/moderated-courses-where';
import { getDb } from '@/lib/db/prisma';
import { countOpenClaims } from '@/lib/moderation/count-open-claims';

/** The header's link to the moderation queue, for moderators and instructors, with the open count. */
export async function ModerationLink({ userId }: { userId: string }) {
  const moderates = await getDb().course.count({ where: moderatedCoursesWhere(userId), take: 1 });
  if (!moderates) return null;
  const open = await countOpenClaims({ id: userId });
  return (
    <Link
      href="/moderation"
      aria-label={open > 0 ? `Moderation, ${open} open claims` : 'Moderation'}
      className="inline-flex items-center gap-1.5 underline-offset-4 hover:underline"
    >
      Moderation
      <CountBadge count={open} max={999} testId="open-claims-count" className="bg-amber-600" />
    </Link>
  );
}
