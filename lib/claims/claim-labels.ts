/** How each claim status reads and looks, for badges in the margin, the text and the queue. */
export const CLAIM_STATUS_STYLE: Record<string, { label: string; className: string }> = {
  open: { label: 'Open', className: 'bg-amber-100 text-amber-900' },
  needs_source: { label: 'Needs source', className: 'bg-orange-100 text-orange-900' },
  supported: { label: 'Supported', className: 'bg-green-100 text-green-900' },
  partly_supported: { label: 'Partly supported', className: 'bg-lime-100 text-lime-900' },
  refuted: { label: 'Refuted', className: 'bg-red-100 text-red-900' },
  unverifiable: { label: 'Unverifiable', className: 'bg-stone-200 text-stone-800' },
  dismissed: { label: 'Dismissed', className: 'bg-stone-100 text-stone-600' },
};

/** Why a passage was flagged, as people read it. */
export const CLAIM_REASON_LABELS: Record<string, string> = {
  needs_citation: 'Needs a citation',
  factually_disputed: 'Factually disputed',
  misleading: 'Misleading',
  opinion_as_fact: 'Opinion stated as fact',
  other: 'Other',
};
