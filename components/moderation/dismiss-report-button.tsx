'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ModerationTarget } from '@/lib/moderation/moderation-target';
import { apiRequest } from '@/components/ui/api-request';
import { TextButton } from '@/components/ui/text-button';
import { ReasonForm } from './reason-form';

/** Settles a report as acceptable content, with a reason for the audit log. */
export function DismissReportButton({ target }: { target: ModerationTarget }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const path =
    'replyId' in target ? `replies/${target.replyId}` : `annotations/${target.annotationId}`;
  if (!open) return <TextButton onClick={() => setOpen(true)}>Dismiss report</TextButton>;
  return (
    <div>
      <ReasonForm
        label="Why is it acceptable?"
        submitLabel="Dismiss report"
        busy={busy}
        onCancel={() => setOpen(false)}
        onSubmit={async (reason) => {
          setBusy(true);
          const done = await apiRequest(`/api/v1/${path}/dismiss-report`, 'POST', { reason }).then(
            () => true,
            (err: Error) => {
              setError(err instanceof TypeError ? 'You are offline; try again.' : err.message);
              return false;
            },
          );
          setBusy(false);
          if (!done) return false;
          router.refresh();
          return true;
        }}
      />
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
