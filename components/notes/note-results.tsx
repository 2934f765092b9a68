import Link from 'next/link';
import { excerpt } from '@/lib/annotations/excerpt';

/** One search result as the notes page shows it. */
export interface NoteResult {
  id: string;
  documentId: string;
  documentTitle: string;
  quote: string;
  bodyText: string;
  tags: string[];
  authorName: string;
  createdAt: string;
}

/** Matching notes, each with its quoted passage, linking to the note in its document. */
export function NoteResults({
  notes,
  emptyMessage,
}: {
  notes: NoteResult[];
  emptyMessage: string;
}) {
  if (notes.length === 0) return <p className="text-stone-600">{emptyMessage}</p>;
  return (
    <ul
      aria-label="Notes"
      className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
    >
      {notes.map((n) => (
        <li key={n.id} className="flex flex-col gap-1.5 px-4 py-3">
          <Link
            href={`/documents/${n.documentId}#annotation-${n.id}`}
            className="font-serif text-lg font-medium hover:underline"
          >
            {n.documentTitle}
          </Link>
          <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-700">
            {excerpt(n.quote, 240)}
          </blockquote>
          {n.bodyText && <p className="whitespace-pre-line">{excerpt(n.bodyText, 400)}</p>}
          <p className="text-sm text-stone-600">
            {n.authorName} ·{' '}
            <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleDateString('en-GB')}</time>
            {n.tags.length > 0 && ` · ${n.tags.map((t) => `#${t}`).join(' ')}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
