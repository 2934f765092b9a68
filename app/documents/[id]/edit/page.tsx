import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DocumentEditor } from '@/components/editor/document-editor';
import { requireUser } from '@/lib/auth/require-user';
import { getDocument } from '@/lib/documents/get-document';
import { orNotFound } from '@/lib/errors/or-not-found';

export const metadata: Metadata = { title: 'Edit document' };

/** The owner's editor for the current version. */
export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/documents/${id}/edit`);
  const doc = await orNotFound(getDocument(user, id));
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
