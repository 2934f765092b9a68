import Link from 'next/link';
import { CountBadge } from './count-badge';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';

/** The header's link to notifications, with the unread count as a badge and in its name. */
export async function NotificationsLink({ userId }: { userId: string }) {
  const unread = await countUnreadNotifications(userId);
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      className="inline-flex items-center gap-1.5 underline-offset-4 hover:underline"
    >
      {/* A bell instead of the word keeps the header on one line at phone width. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5 sm:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="hidden sm:inline">Notifications</span>
      <CountBadge count={unread} max={99} testId="unread-count" className="bg-accent" />
    </Link>
  );
}
