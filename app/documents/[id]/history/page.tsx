import type { Metadata } from 'next';
import Link from 'next/link';
import { VersionDiff } from '@/components/reader/version-diff';
import { requireUser } from '@/lib/auth/require-user';
import { diffDocumentVersions } from '@/lib/documents/diff-document-versions';
import { getDocument } from '@/lib/documents/get-document';
import { orNotFound } from '@/lib/errors/or-not-found';

export const metadata: Metadata = { title: 'Version history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string }> };

/** Every version with author and time, and a readable diff of one against the one before. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ id }, { v }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/documents/${id}/history`);
  const doc = await orNotFound(getDocument(user, id));
  const selected = Number(v) || doc.versions[0]!.number;
  const diff = await orNotFound(diffDocumentVersions(user, id, selected));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/documents/${id}`} className="text-sm text-accent-strong underline">
          ← Back to the document
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">History of “{doc.title}”</h1>
      </div>
      <ol
        className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
        aria-label="Versions"
      >
        {doc.versions.map((version) => (
          <li key={version.id} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
            <span className="font-medium">Version {version.number}</span>
            <span className="text-stone-600">
              {version.author.name} ·{' '}
              <time dateTime={version.createdAt.toISOString()}>
                {version.createdAt.toLocaleString('en-GB')}
              </time>
            </span>
            <span className="ml-auto flex gap-3">
              <Link
                href={`/documents/${id}/history?v=${version.number}`}
                aria-current={version.number === selected ? 'true' : undefined}
                className="underline"
              >
                {version.number === 1 ? 'Show text' : 'Show changes'}
              </Link>
              <Link href={`/documents/${id}?v=${version.number}`} className="underline">
                Read
              </Link>
            </span>
          </li>
        ))}
      </ol>
      <section aria-labelledby="diff-heading" className="flex flex-col gap-2">
        <h2 id="diff-heading" className="text-lg font-semibold">
          {selected === 1
            ? 'Version 1 (the import)'
            : `Changes in version ${selected}, against version ${selected - 1}`}
        </h2>
        <VersionDiff segments={diff} />
      </section>
    </div>
  );
}
