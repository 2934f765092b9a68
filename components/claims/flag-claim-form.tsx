'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CLAIM_REASON_LABELS } from '@/lib/claims/claim-labels';

/** The form for flagging the selected passage as a claim that needs support. */
export function FlagClaimForm({
  quote,
  busy,
  onSubmit,
  onCancel,
}: {
  quote: string;
  busy: boolean;
  onSubmit: (claim: { reason: string; explanation: string }) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('needs_citation');
  const [explanation, setExplanation] = useState('');
  const field = 'rounded-md border border-stone-300 bg-white px-2 py-1 text-sm';
  return (
    <form
      aria-label="Flag a claim"
      className="flex flex-col gap-2 rounded-md border border-amber-500 bg-white p-2.5 shadow"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ reason, explanation });
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <blockquote className="border-l-2 border-stone-300 pl-2 text-xs italic text-stone-700">
        “{quote.slice(0, 200)}”
      </blockquote>
      <label className="flex flex-col gap-0.5 text-xs font-medium">
        Why it needs support
        <select
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className={field}
        >
          {Object.entries(CLAIM_REASON_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 text-xs font-medium">
        Explanation (optional)
        <textarea
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
          rows={3}
          maxLength={10_000}
          className={field}
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit" pending={busy}>
          Flag claim
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
