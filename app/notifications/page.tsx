import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { MarkAllReadButton } from '@/components/notifications/mark-all-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { countUnreadNotifications } from '@/lib/notifications/count-unread-notifications';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { listNotificationsQuery } from '@/lib/notifications/notifications-input';

export const metadata: Metadata = { title: 'Notifications' };

const FILTER_LINK = 'underline-offset-4 hover:underline aria-[current=page]:font-semibold';

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Mentions of the user and replies to their notes, newest first. */
export default async function NotificationsPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/notifications');
  const parsed = listNotificationsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : listNotificationsQuery.parse({});
  const [page, unread] = await Promise.all([
    listNotifications({ userId: user.id, unreadOnly: query.unread, page: query.page }),
    countUnreadNotifications(user.id),
  ]);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (p: number) =>
    `/notifications?${new URLSearchParams({ ...(query.unread ? { unread: '1' } : {}), page: String(p) })}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">Notifications</h1>
        {unread > 0 && <MarkAllReadButton />}
      </div>
      <nav aria-label="Filter" className="flex gap-4 text-sm">
        <Link
          href="/notifications"
          aria-current={query.unread ? undefined : 'page'}
          className={FILTER_LINK}
        >
          All
        </Link>
        <Link
          href="/notifications?unread=1"
          aria-current={query.unread ? 'page' : undefined}
          className={FILTER_LINK}
        >
          Unread ({unread})
        </Link>
      </nav>
      <NotificationList
        notifications={page.items.map((n) => ({
          id: n.id,
          kind: n.kind,
          actorName: n.actor.name,
          documentId: n.documentId,
          documentTitle: n.documentTitle,
          annotationId: n.annotationId,
          excerpt: n.excerpt,
          unread: n.readAt === null,
          createdAt: n.createdAt.toISOString(),
        }))}
      />
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {query.page > 1 && <Link href={link(query.page - 1)}>← Newer</Link>}
          <span>
            Page {query.page} of {pages}
          </span>
          {query.page < pages && <Link href={link(query.page + 1)}>Older →</Link>}
        </nav>
      )}
    </div>
  );
}
