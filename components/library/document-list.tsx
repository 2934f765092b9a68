import Link from 'next/link';
import { DocumentActions } from './document-actions';

/** One row of the library. */
export interface DocumentRow {
  id: string;
  title: string;
  author: string | null;
  courseId: string | null;
  courseTitle: string | null;
  ownerName: string;
  isOwner: boolean;
  updatedAt: string;
}

/** The documents on this page of the library, or a note saying why there are none. */
export function DocumentList({
  documents,
  courses,
  emptyMessage,
}: {
  documents: DocumentRow[];
  courses: { id: string; title: string }[];
  emptyMessage: string;
}) {
  if (documents.length === 0) return <p className="text-stone-600">{emptyMessage}</p>;
  return (
    <ul
      className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
      aria-label="Documents"
    >
      {documents.map((d) => (
        <li
          key={d.id}
          className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="min-w-0">
            <Link
              href={`/documents/${d.id}`}
              className="font-serif text-lg font-medium hover:underline"
            >
              {d.title}
            </Link>
            <p className="text-sm text-stone-600">
              {[
                d.author,
                d.courseTitle ?? 'Only you',
                d.isOwner ? null : `shared by ${d.ownerName}`,
              ]
                .filter(Boolean)
                .join(' · ')}{' '}
              · updated{' '}
              <time dateTime={d.updatedAt}>
                {new Date(d.updatedAt).toLocaleDateString('en-GB')}
              </time>
            </p>
          </div>
          {d.isOwner && (
            <DocumentActions
              documentId={d.id}
              title={d.title}
              courseId={d.courseId}
              courses={courses}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
