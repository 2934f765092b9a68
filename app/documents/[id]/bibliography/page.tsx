import type { Metadata } from 'next';
import Link from 'next/link';
import { CopyButton } from '@/components/sources/copy-button';
import { requireUser } from '@/lib/auth/require-user';
import { orNotFound } from '@/lib/errors/or-not-found';
import { CITATION_STYLES } from '@/lib/sources/citation-styles';
import { documentBibliography } from '@/lib/sources/document-bibliography';

export const metadata: Metadata = { title: 'Bibliography' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ style?: string }> };

/** Every source cited in the notes the reader can see, once each, in a chosen style, to copy or download. */
export default async function BibliographyPage({ params, searchParams }: Props) {
  const [{ id }, { style }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/documents/${id}/bibliography`);
  const bibliography = await orNotFound(
    documentBibliography({ actor: user, documentId: id, style }),
  );
  const api = `/api/v1/documents/${id}/bibliography?style=${bibliography.style}`;
  const entries = bibliography.output.split('\n').filter(Boolean);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/documents/${id}`} className="text-sm text-accent-strong underline">
          ← Back to the document
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Bibliography</h1>
      </div>
      <nav aria-label="Citation style" className="flex gap-4 text-sm">
        {CITATION_STYLES.map((s) => (
          <Link
            key={s.id}
            href={`/documents/${id}/bibliography?style=${s.id}`}
            aria-current={s.id === bibliography.style ? 'page' : undefined}
            className="underline-offset-4 hover:underline aria-[current=page]:font-semibold"
          >
            {s.label}
          </Link>
        ))}
      </nav>
      {bibliography.count === 0 ? (
        <p className="text-stone-600">
          No sources are cited in the notes you can see. Attach one from a note’s “Attach source”.
        </p>
      ) : (
        <>
          <ol aria-label="Sources cited" className="flex flex-col gap-2 font-serif">
            {entries.map((entry, i) => (
              <li key={i} className="pl-8 -indent-8">
                {entry}
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-3 text-sm">
            <CopyButton text={bibliography.output} />
            <a href={`${api}&format=bibtex`} download className="underline">
              Download BibTeX
            </a>
            <a href={`${api}&format=ris`} download className="underline">
              Download RIS
            </a>
            <a href={`${api}&format=csl`} download className="underline">
              Download CSL-JSON
            </a>
          </div>
        </>
      )}
    </div>
  );
}
