import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimBadge } from '@/components/claims/claim-badge';
import { requireUser } from '@/lib/auth/require-user';
import { CLAIM_REASON_LABELS, CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import { claimReport } from '@/lib/claims/claim-report';
import { orNotFound } from '@/lib/errors/or-not-found';

export const metadata: Metadata = { title: 'Claim report' };

type Props = { params: Promise<{ id: string }> };

/** A document's claims: counts by status, and the ones still lacking support in reading order. */
export default async function ClaimReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/documents/${id}/claims`);
  const report = await orNotFound(claimReport(user, id));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href={`/documents/${id}`} className="text-sm text-accent-strong underline">
          ← Back to the document
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Claim report</h1>
      </div>
      {report.total === 0 ? (
        <p className="text-stone-600">
          No claims have been flagged on this document. Select a passage and choose “Flag claim”.
        </p>
      ) : (
        <>
          <dl aria-label="Claims by status" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {Object.entries(CLAIM_STATUS_STYLE).map(([key, s]) => (
              <div key={key} className="rounded-md border border-stone-200 bg-white p-2">
                <dt className="text-xs text-stone-600">{s.label}</dt>
                <dd className="text-xl font-semibold">{report.counts[key] ?? 0}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="unsupported-heading" className="flex flex-col gap-2">
            <h2 id="unsupported-heading" className="text-lg font-semibold">
              Still lacking support ({report.unsupported.length})
            </h2>
            {report.unsupported.length === 0 ? (
              <p className="text-stone-600">Every claim here is supported or settled.</p>
            ) : (
              <ol aria-label="Unsupported claims" className="flex flex-col gap-2">
                {report.unsupported.map((c) => {
                  const quote = c.target.selector[0];
                  return (
                    <li key={c.id} className="rounded-md border border-stone-200 bg-white p-3">
                      <p className="flex gap-2 text-xs text-stone-600">
                        <ClaimBadge status={c.claim!.status} />
                        {CLAIM_REASON_LABELS[c.claim!.reason]}
                        {c.anchor.status === 'orphan' && <span>passage lost</span>}
                      </p>
                      <Link
                        href={`/documents/${id}#annotation-${c.id}`}
                        className="mt-1 block font-serif underline-offset-4 hover:underline"
                      >
                        “{quote && 'exact' in quote ? quote.exact : ''}”
                      </Link>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}
