'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** A one-line "why" with a confirm button, for reporting, hiding and unhiding. */
export function ReasonForm({
  label,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      aria-label={submitLabel}
      className="flex flex-col gap-1 rounded border border-stone-300 p-1.5"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await onSubmit(reason)) onCancel();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label className="flex flex-col gap-0.5 text-xs font-medium">
        {label}
        <input
          autoFocus
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={1000}
          className="rounded border border-stone-300 px-1.5 py-1 text-sm"
        />
      </label>
      <div className="flex gap-1">
        <Button type="submit" pending={busy} variant="secondary">
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
