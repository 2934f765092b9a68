import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportPanel } from '@/components/export/export-panel';
import { ImportAnnotationsForm } from '@/components/export/import-annotations-form';
import { getReaderContext } from '@/lib/annotations/get-reader-context';
import { requireUser } from '@/lib/auth/require-user';
import { getDocument } from '@/lib/documents/get-document';
import { orNotFound } from '@/lib/errors/or-not-found';

export const metadata: Metadata = { title: 'Export' };

type Props = { params: Promise<{ id: string }> };

/** Export a document with its notes (annotated PDF and open formats), and import notes into it. */
export default async function ExportPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/documents/${id}/export`);
  const doc = await orNotFound(getDocument(user, id));
  const context = await getReaderContext(user.id, {
    courseId: doc.course?.id ?? null,
    ownerId: doc.ownerId,
  });
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div>
        <Link href={`/documents/${id}`} className="text-sm text-accent-strong underline">
          ← Back to the document
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Export “{doc.title}”</h1>
        <p className="mt-1 text-sm text-stone-600">
          Exports hold exactly the notes you can see in the reader, without hidden or deleted ones.
        </p>
      </div>
      <section aria-labelledby="export-heading" className="flex flex-col gap-3">
        <h2 id="export-heading" className="text-lg font-semibold">
          Download
        </h2>
        <ExportPanel documentId={id} title={doc.title} style={context.citationStyle} />
      </section>
      {!context.archived && (
        <section aria-labelledby="import-heading" className="flex flex-col gap-3">
          <h2 id="import-heading" className="text-lg font-semibold">
            Import annotations
          </h2>
          <p className="text-sm text-stone-600">
            A W3C Web Annotation file (such as Scholia’s own export) or a Hypothesis JSON export.
            Each note is placed by its quote on this version; you become its author.
          </p>
          <ImportAnnotationsForm documentId={id} defaultVisibility={context.defaultVisibility} />
        </section>
      )}
    </div>
  );
}
