'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Posts the form to the accounts API; what it refused comes back as the form's state. */
async function createAccount(formData: FormData): Promise<FormState> {
  const values = {
    name: String(formData.get('name') ?? ''),
    email: String(formData.get('email') ?? ''),
  };
  const response = await fetch('/api/v1/accounts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...values, password: String(formData.get('password') ?? '') }),
  }).catch(() => null);
  if (!response)
    return { error: 'Scholia could not be reached; check your connection and try again.', values };
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => ({}))) as FormState;
  return body.fieldErrors
    ? { fieldErrors: body.fieldErrors, values }
    : { error: body.error ?? 'Your account could not be created; try again.', values };
}

/** Sign-up form: creates the account, then signs straight in. */
export function SignUpForm() {
  const hydrated = useHydrated();
  const router = useRouter();
  const [state, action, pending] = useActionState(async (_prev: FormState, formData: FormData) => {
    const result = await createAccount(formData);
    if (!result.ok) return result;
    const signedIn = await signIn('credentials', {
      email: String(formData.get('email')),
      password: String(formData.get('password')),
      redirect: false,
    });
    if (signedIn?.error)
      return { error: 'Your account was created, but signing in failed. Sign in to continue.' };
    router.push('/');
    router.refresh();
    return result;
  }, {});

  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error && <Alert>{state.error}</Alert>}
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={state.fieldErrors?.password}
      />
      <Button type="submit" disabled={!hydrated} pending={pending || state.ok}>
        {pending || state.ok ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-sm">
        Already have an account?{' '}
        <Link href="/signin" className="text-accent-strong underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
