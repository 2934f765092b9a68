/** One notification as the page shows it. */
export interface NotificationRow {
  id: string;
  kind: 'MENTION' | 'REPLY';
  actorName: string;
  documentId: string;
  documentTitle: string;
  annotationId: string;
  excerpt: string;
  unread: boolean;
  createdAt: string;
}

const WHAT = { MENTION: 'mentioned you in a note on', REPLY: 'replied to your note on' };

/** The user's notifications, unread ones marked, each linking to the note in its document. */
export function NotificationList({ notifications }: { notifications: NotificationRow[] }) {
  if (notifications.length === 0)
    return (
      <p className="text-stone-600">
        No notifications. When someone mentions you or replies to one of your notes, it shows here.
      </p>
    );
  return (
    <ul
      aria-label="Notifications"
      className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
    >
      {notifications.map((n) => (
        <li
          key={n.id}
          className={`relative flex gap-3 px-4 py-3 ${n.unread ? 'bg-amber-50' : ''}`}
          data-unread={n.unread || undefined}
        >
          <span
            aria-hidden="true"
            className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.unread ? 'bg-accent' : ''}`}
          />
          <div className="min-w-0">
            {/* A plain link: following it marks the notification read, so no prefetch. */}
            <a href={`/notifications/${n.id}`} className="block hover:underline">
              {n.unread && <span className="sr-only">Unread: </span>}
              <span className="font-medium">{n.actorName}</span> {WHAT[n.kind]}{' '}
              <span className="font-serif italic">{n.documentTitle}</span>
            </a>
            {n.excerpt && <p className="mt-1 text-sm text-stone-700">“{n.excerpt}”</p>}
            <p className="mt-1 text-xs text-stone-500">
              <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString('en-GB')}</time>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
