'use client';

import type { NoteJson } from '@/components/margin/note-json';
import { CLAIM_REASON_LABELS, CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import { VerdictForm } from './verdict-form';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A claim's reason and status history, and for moderators the verdict form. */
export function ClaimPanel({
  claim,
  sources,
  style,
  isModerator,
  busy,
  onVerdict,
}: {
  claim: NonNullable<NoteJson['claim']>;
  sources: NoteJson['sources'];
  style: CitationStyle;
  isModerator: boolean;
  busy: boolean;
  onVerdict: (verdict: { status: string; note: string; sourceIds: string[] }) => Promise<boolean>;
}) {
  return (
    <section aria-label="Claim review" className="flex flex-col gap-1 text-xs">
      <p>
        <span className="font-medium">Flagged:</span> {CLAIM_REASON_LABELS[claim.reason]}
      </p>
      <ol aria-label="Status history" className="flex flex-col gap-0.5 text-stone-700">
        {claim.history.map((h) => (
          <li key={h.id}>
            {h.from
              ? `${CLAIM_STATUS_STYLE[h.from]?.label} → ${CLAIM_STATUS_STYLE[h.to]?.label}`
              : 'Flagged'}{' '}
            by {h.by.name}, <time dateTime={h.at}>{WHEN.format(new Date(h.at))}</time>
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
      {isModerator && (
        <VerdictForm
          key={claim.status}
          status={claim.status}
          sources={sources}
          style={style}
          busy={busy}
          onSubmit={onVerdict}
        />
      )}
    </section>
  );
}
