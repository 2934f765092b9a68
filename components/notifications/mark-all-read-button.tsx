'use client';

import { useActionState } from 'react';
import { markAllReadAction } from '@/app/notifications/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** "Mark all as read", through a server action. */
export function MarkAllReadButton() {
  const [state, action, pending] = useActionState(markAllReadAction, {});
  return (
    <form action={action} className="flex items-center gap-3">
      <Button type="submit" variant="secondary" pending={pending}>
        Mark all as read
      </Button>
      {state.error && <Alert>{state.error}</Alert>}
    </form>
  );
}
