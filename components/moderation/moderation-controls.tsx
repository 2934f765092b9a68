'use client';

import { useState } from 'react';
import { TextButton } from '@/components/ui/text-button';
import { ReasonForm } from './reason-form';

type Mode = null | 'report' | 'hide' | 'unhide';

const FORMS = {
  report: { label: 'What is wrong with it?', submit: 'Send report', path: 'report' },
  hide: { label: 'Why hide it? (kept in the audit log)', submit: 'Hide', path: 'hide' },
  unhide: { label: 'Why show it again?', submit: 'Unhide', path: 'unhide' },
} as const;

/**
 * Report (for others' notes and replies) and, for moderators, hide or unhide, each
 * asking for a reason first. `run` calls `POST /api/v1/<kind>/<id>/<operation>`.
 */
export function ModerationControls({
  what,
  mine,
  hidden,
  isModerator,
  busy,
  run,
}: {
  what: 'note' | 'reply';
  mine: boolean;
  hidden: boolean;
  isModerator: boolean;
  busy: boolean;
  run: (operation: 'report' | 'hide' | 'unhide', reason: string) => Promise<boolean>;
}) {
  const [mode, setMode] = useState<Mode>(null);
  if (mode)
    return (
      <ReasonForm
        label={FORMS[mode].label}
        submitLabel={FORMS[mode].submit}
        busy={busy}
        onSubmit={(reason) => run(mode, reason)}
        onCancel={() => setMode(null)}
      />
    );
  return (
    <span className="flex gap-2">
      {!mine && (
        <TextButton className="text-xs" onClick={() => setMode('report')}>
          Report {what}
        </TextButton>
      )}
      {isModerator && (
        <TextButton className="text-xs" onClick={() => setMode(hidden ? 'unhide' : 'hide')}>
          {hidden ? `Unhide ${what}` : `Hide ${what}`}
        </TextButton>
      )}
    </span>
  );
}
