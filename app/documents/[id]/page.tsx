import type { Metadata } from 'next';
import Link from 'next/link';
import { cache, Suspense } from 'react';
import { notFound, redirect } from 'next/navigation';
import { AnnotatedReader } from '@/components/reader/annotated-reader';
import { DocumentView } from '@/components/reader/document-view';
import { OpeningDocument } from '@/components/reader/opening-document';
import { DocumentDetailsForm } from '@/components/reader/document-details-form';
import { ReadingProgress } from '@/components/reader/reading-progress';
import { TableOfContents } from '@/components/reader/table-of-contents';
import { Alert } from '@/components/ui/alert';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { can } from '@/lib/authz/can';
import { NotFoundError } from '@/lib/errors/app-error';
import { getDocument } from '@/lib/documents/get-document';
import { loadDocumentFor } from '@/lib/documents/load-document-for';
import { getReaderContext } from '@/lib/annotations/get-reader-context';
import { listHighlights } from '@/lib/annotations/list-highlights';
import { packHighlights } from '@/lib/annotations/pack-highlights';
import { liveSessionState } from '@/lib/live-sessions/live-session-state';
import { outlineOf } from '@/lib/documents/outline-of';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ v?: string; saved?: string }>;
};

// Cached per request: the metadata and the page load the document once between them.
// The current version's highlights are not waited for: the page starts streaming with
// the text and they follow in the same response, while the browser loads the scripts.
const load = cache(async (id: string, v?: string) => {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${id}`)}`);
  const number = v ? Number(v) : undefined;
  const highlights = v ? null : listHighlights(user, id).then(packHighlights);
  // Handled here too: when the document is refused, that refusal is the page's answer.
  highlights?.catch(() => {});
  try {
    const doc = await getDocument(user, id, Number.isInteger(number) ? number : undefined);
    return { user, doc, highlights };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, { v }] = await Promise.all([params, searchParams]);
  const { doc } = await load(id, v);
  return { title: doc.title };
}

/** The reader: a document version typeset for long reading, with contents and progress. */
export default async function DocumentPage({ params, searchParams }: Props) {
  const [{ id }, { v, saved }] = await Promise.all([params, searchParams]);
  const { user, doc, highlights } = await load(id, v);
  const latest = doc.versions[0]!;
  const outline = outlineOf(doc.version.content);
  // Notes live on the current version; older versions are read plainly, with a sidebar.
  // With the reader's policy facts (prompts, leading a live session, hide-until-post),
  // loaded beside it rather than after it.
  const [context, policy, live] = doc.isCurrent
    ? await Promise.all([
        getReaderContext(user.id, { courseId: doc.course?.id ?? null, ownerId: doc.ownerId }),
        loadDocumentFor(user, doc.id, 'read'),
        liveSessionState(doc.id),
      ])
    : [null, null, null];
  const canPrompt = !!policy && can(user, 'prompt', policy.resource);
  return (
    <div className={context ? '' : 'lg:grid lg:grid-cols-[1fr_14rem] lg:gap-10'}>
      <ReadingProgress />
      <article className="min-w-0">
        <header className="mb-8 max-w-[68ch]">
          <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
            {doc.title}
          </h1>
          <p className="mt-2 text-sm text-stone-600">
            {[doc.author, doc.course?.title].filter(Boolean).join(' · ')}
            {doc.sourceUrl && (
              <>
                {' · '}
                <a href={doc.sourceUrl} rel="noopener noreferrer nofollow" className="underline">
                  Source
                </a>
              </>
            )}
          </p>
          <div className="mt-3 flex flex-wrap gap-3 text-sm">
            <span className="text-stone-600">Version {doc.version.number}</span>
            <Link href={`/documents/${doc.id}/history`} className="text-accent-strong underline">
              History
            </Link>
            <Link href={`/documents/${doc.id}/claims`} className="text-accent-strong underline">
              Claims
            </Link>
            <Link
              href={`/documents/${doc.id}/bibliography`}
              className="text-accent-strong underline"
            >
              Bibliography
            </Link>
            <Link href={`/documents/${doc.id}/export`} className="text-accent-strong underline">
              Export
            </Link>
            {doc.canEdit && doc.isCurrent && (
              <Link href={`/documents/${doc.id}/edit`} className="text-accent-strong underline">
                Edit
              </Link>
            )}
          </div>
          {doc.canEdit && doc.isCurrent && (
            <DocumentDetailsForm
              documentId={doc.id}
              title={doc.title}
              author={doc.author}
              sourceUrl={doc.sourceUrl}
            />
          )}
          {saved && (
            <div className="mt-4">
              <Alert tone="success">Saved as version {saved}.</Alert>
            </div>
          )}
          {!doc.isCurrent && (
            <div className="mt-4">
              <Alert tone="info">
                You are reading version {doc.version.number} of {latest.number}.{' '}
                <Link href={`/documents/${doc.id}`} className="underline">
                  Read the current version
                </Link>
              </Alert>
            </div>
          )}
        </header>
        {outline.length > 0 && (
          <details
            className={`mb-6 rounded-md border border-stone-200 bg-white px-4 py-2 ${context ? '' : 'lg:hidden'}`}
          >
            <summary className="cursor-pointer text-sm font-medium">Contents</summary>
            <div className="mt-2">
              <TableOfContents outline={outline} label="Table of contents (compact)" />
            </div>
          </details>
        )}
        {context ? (
          // The reader waits for the highlights, so the text is drawn once, marked.
          <Suspense fallback={<OpeningDocument />}>
            <AnnotatedReader
              // Once hide-until-post opens, the reader starts afresh with what it may now see.
              key={policy?.gate ? 'gated' : 'open'}
              documentId={doc.id}
              content={doc.version.content}
              userId={user.id}
              userName={user.name}
              members={context.members}
              palette={context.palette}
              defaultVisibility={context.defaultVisibility}
              isModerator={context.isModerator}
              inCourse={context.inCourse}
              canPrompt={canPrompt}
              canLead={!!policy && can(user, 'lead', policy.resource)}
              gate={policy?.gate ?? null}
              revealedBy={live?.revealed ? live.id : null}
              archived={context.archived}
              citationStyle={context.citationStyle}
              initialHighlights={highlights ?? Promise.resolve(packHighlights([]))}
            />
          </Suspense>
        ) : (
          <DocumentView content={doc.version.content} />
        )}
      </article>
      {!context && (
        <aside className="hidden lg:block">
          <div className="sticky top-6">
            <TableOfContents outline={outline} />
          </div>
        </aside>
      )}
    </div>
  );
}
