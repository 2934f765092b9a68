'use client';

import { signOut } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { changePasswordAction } from '@/app/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** Change-password form; on success every session ends and the user signs in again. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {});
  useEffect(() => {
    if (state.ok) void signOut({ callbackUrl: '/signin' });
  }, [state.ok]);
  return (
    <form action={action} className="flex max-w-sm flex-col gap-4" noValidate>
      {state.error && <Alert>{state.error}</Alert>}
      {state.ok && (
        <Alert tone="success">Password changed. Sign in again with your new password.</Alert>
      )}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. You will be signed out everywhere."
        error={state.fieldErrors?.newPassword}
      />
      <Button type="submit" pending={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
