'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { NoteJson } from '@/components/margin/note-json';
import { CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import { CLAIM_TRANSITIONS } from '@/lib/claims/claim-transition';
import type { ClaimStatus } from '@/lib/db/generated/enums';
import type { CitationStyle } from '@/lib/sources/citation-styles';

/** A moderator's verdict on a claim: the new status, a note, and the attached sources it rests on. */
export function VerdictForm({
  status,
  sources,
  style,
  busy,
  onSubmit,
}: {
  status: string;
  sources: NoteJson['sources'];
  style: CitationStyle;
  busy: boolean;
  onSubmit: (verdict: { status: string; note: string; sourceIds: string[] }) => Promise<boolean>;
}) {
  // The same table the server checks verdicts against.
  const options = CLAIM_TRANSITIONS[status.toUpperCase() as ClaimStatus].map((s) =>
    s.toLowerCase(),
  );
  const [to, setTo] = useState(options[0]!);
  const [note, setNote] = useState('');
  const [cited, setCited] = useState<string[]>([]);
  const field = 'rounded border border-stone-300 bg-white px-1.5 py-1 text-sm';
  return (
    <form
      aria-label="Record a verdict"
      className="flex flex-col gap-1.5 rounded border border-stone-300 p-2 text-xs"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onSubmit({ status: to, note, sourceIds: cited })) {
          setNote('');
          setCited([]);
        }
      }}
    >
      <label className="flex flex-col gap-0.5 font-medium">
        {options.length === 1 ? 'Reopen as' : 'New status'}
        <select value={to} onChange={(e) => setTo(e.target.value)} className={field}>
          {options.map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATUS_STYLE[s]!.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 font-medium">
        Verdict note
        <textarea
          required
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className={field}
        />
      </label>
      {sources.length > 0 && (
        <fieldset className="flex flex-col gap-0.5">
          <legend className="font-medium">Evidence cited</legend>
          {sources.map((s) => (
            <label key={s.id} className="flex items-start gap-1">
              <input
                type="checkbox"
                checked={cited.includes(s.id)}
                onChange={(e) =>
                  setCited(e.target.checked ? [...cited, s.id] : cited.filter((c) => c !== s.id))
                }
              />
              <span>
                ({s.relation}) {s.citations[style]}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Button type="submit" pending={busy} className="self-start">
        Record verdict
      </Button>
    </form>
  );
}
