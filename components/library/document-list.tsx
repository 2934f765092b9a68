import Link from 'next/link';

/** One row of the library. */
export interface DocumentRow {
  id: string;
  title: string;
  author: string | null;
  courseTitle: string | null;
  updatedAt: string;
}

/** The documents a reader can open, or a note saying there are none yet. */
export function DocumentList({ documents }: { documents: DocumentRow[] }) {
  if (documents.length === 0) {
    return (
      <p className="text-stone-600">
        No documents yet. Documents you import or that your courses share appear here.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {documents.map((d) => (
        <li key={d.id}>
          <Link href={`/documents/${d.id}`} className="block px-4 py-3 hover:bg-stone-50">
            <span className="font-serif text-lg font-medium">{d.title}</span>
            <span className="block text-sm text-stone-600">
              {[d.author, d.courseTitle].filter(Boolean).join(' · ')}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
