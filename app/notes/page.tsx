import type { Metadata } from 'next';
import { Pagination } from '@/components/ui/pagination';
import { redirect } from 'next/navigation';
import { NoteResults } from '@/components/notes/note-results';
import { NotesSearchForm } from '@/components/notes/notes-search-form';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { listAnnotatedDocuments } from '@/lib/annotations/list-annotated-documents';
import { searchAnnotations } from '@/lib/annotations/search-annotations';
import { searchAnnotationsQuery } from '@/lib/annotations/search-annotations-query';

export const metadata: Metadata = { title: 'Notes' };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Search across every note the user may read, on every document they may read. */
export default async function NotesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/notes');
  const parsed = searchAnnotationsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : searchAnnotationsQuery.parse({});
  const [page, documents] = await Promise.all([
    searchAnnotations(user.id, query),
    listAnnotatedDocuments(user.id),
  ]);
  const filtered = Boolean(query.q || query.tag || query.author || query.document);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (p: number) =>
    `/notes?${new URLSearchParams({ q: query.q, tag: query.tag, author: query.author, document: query.document, page: String(p) })}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Notes</h1>
      <NotesSearchForm
        q={query.q}
        tag={query.tag}
        author={query.author}
        document={query.document}
        documents={documents}
      />
      <p className="text-sm text-stone-600" role="status">
        {page.total === 1 ? '1 note' : `${page.total} notes`}
        {query.q && ` matching “${query.q}”`}
      </p>
      <NoteResults
        notes={page.items.map((n) => ({
          id: n.id,
          documentId: n.documentId,
          documentTitle: n.documentTitle,
          quote: n.quote,
          bodyText: n.bodyText,
          tags: n.tags,
          authorName: n.author.name,
          createdAt: n.createdAt.toISOString(),
        }))}
        emptyMessage={
          filtered
            ? 'No notes match. Try other words, a shorter part of a word, or fewer filters.'
            : 'No notes yet. Notes you write, and those shared in your courses, show up here.'
        }
      />
      <Pagination page={query.page} pages={pages} href={link} />
    </div>
  );
}
