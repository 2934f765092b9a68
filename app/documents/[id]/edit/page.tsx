import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DocumentEditor } from '@/components/editor/document-editor';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getDocument } from '@/lib/documents/get-document';
import { NotFoundError } from '@/lib/errors/app-error';

export const metadata: Metadata = { title: 'Edit document' };

/** The owner's editor for the current version. */
export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${id}/edit`)}`);
  const doc = await getDocument(user, id).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  if (!doc.canEdit) redirect(`/documents/${id}`);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-2xl font-semibold">Editing “{doc.title}”</h1>
      <p className="text-sm text-stone-600">
        Saving creates version {doc.version.number + 1}; version {doc.version.number} stays readable
        in the history.
      </p>
      <DocumentEditor
        documentId={doc.id}
        versionId={doc.version.id}
        content={doc.version.content}
      />
    </div>
  );
}
