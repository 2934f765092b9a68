import Link from 'next/link';
import { DocumentList } from '@/components/library/document-list';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { listReadableDocuments } from '@/lib/documents/list-readable-documents';

/** Home: the library for a signed-in reader, an introduction for everyone else. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6 py-10">
        <h1 className="font-serif text-4xl font-semibold">Read closely, together.</h1>
        <p className="font-serif text-lg leading-relaxed text-stone-700">
          Scholia is a shared margin for close reading. Import a text, highlight passages, attach
          sources to your notes, flag claims that need support, and discuss them with your class in
          real time.
        </p>
        <div className="flex gap-3">
          <Link
            href="/signup"
            className="rounded-md bg-accent px-4 py-2 text-white hover:bg-accent-strong"
          >
            Create an account
          </Link>
          <Link
            href="/signin"
            className="rounded-md border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
          >
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  const documents = await listReadableDocuments(user.id);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold">Library</h1>
      <DocumentList
        documents={documents.map((d) => ({
          id: d.id,
          title: d.title,
          author: d.author,
          courseTitle: d.course?.title ?? null,
          updatedAt: d.updatedAt.toISOString(),
        }))}
      />
    </div>
  );
}
