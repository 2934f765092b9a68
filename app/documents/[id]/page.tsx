import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getReadableDocument } from '@/lib/documents/get-readable-document';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  const doc = user ? await getReadableDocument(user, id) : null;
  return { title: doc?.title ?? 'Document' };
}

/** The reader: a document's current version, typeset for long reading. */
export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=/documents/${encodeURIComponent(id)}`);
  const doc = await getReadableDocument(user, id);
  if (!doc?.currentVersion) notFound();
  return (
    <article className="mx-auto max-w-[68ch]">
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold leading-tight">{doc.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {[doc.author, doc.course?.title].filter(Boolean).join(' · ')}
        </p>
      </header>
      <div className="font-serif text-lg leading-relaxed">
        {doc.currentVersion.text.split('\n\n').map((paragraph, i) => (
          <p key={i} className="mb-5">
            {paragraph}
          </p>
        ))}
      </div>
    </article>
  );
}
