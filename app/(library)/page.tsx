import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination';
import { ImportPanel } from '@/components/library/import-panel';
import { DocumentList } from '@/components/library/document-list';
import { Landing } from '@/components/library/landing';
import { LibraryToolbar } from '@/components/library/library-toolbar';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { listMyCourses } from '@/lib/courses/list-my-courses';
import { listDocuments } from '@/lib/documents/list-documents';
import { listDocumentsQuery } from '@/lib/documents/list-documents-query';

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Home: the library for a signed-in reader, an introduction for everyone else. */
export default async function HomePage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) return <Landing />;
  const parsed = listDocumentsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : listDocumentsQuery.parse({});
  const [page, courses] = await Promise.all([
    listDocuments(user.id, query),
    listMyCourses(user.id),
  ]);
  const sort = query.sort ?? (query.q ? 'relevance' : 'updated');
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const link = (p: number) =>
    `/?${new URLSearchParams({ q: query.q, scope: query.scope, sort, page: String(p) })}`;
  const addable = courses.filter((c) => c.canAddDocuments);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Library</h1>
      {courses.some((c) => c.role === 'INSTRUCTOR') && (
        <p className="text-sm">
          Courses you teach:{' '}
          {courses
            .filter((c) => c.role === 'INSTRUCTOR')
            .map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link href={`/courses/${c.id}/settings`} className="text-accent-strong underline">
                  {c.title} settings
                </Link>
              </span>
            ))}
        </p>
      )}
      <ImportPanel courses={addable} />
      <LibraryToolbar q={query.q} scope={query.scope} sort={sort} courses={courses} />
      <p className="text-sm text-stone-600" role="status">
        {page.total === 1 ? '1 document' : `${page.total} documents`}
        {query.q && ` matching “${query.q}”`}
      </p>
      <DocumentList
        documents={page.items.map((d) => ({
          id: d.id,
          title: d.title,
          author: d.author,
          courseId: d.course?.id ?? null,
          courseTitle: d.course?.title ?? null,
          ownerName: d.owner.name,
          isOwner: d.ownerId === user.id,
          updatedAt: d.updatedAt.toISOString(),
        }))}
        courses={addable}
        emptyMessage={
          query.q
            ? `No documents match “${query.q}”. Try other words, or search all documents.`
            : 'No documents yet. Import one above; documents your courses share appear here too.'
        }
      />
      <Pagination page={query.page} pages={pages} href={link} />
    </div>
  );
}
