'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { signUpAction } from '@/app/signup/actions';
import type { FormState } from '@/lib/actions/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Sign-up form: creates the account, then signs straight in. */
export function SignUpForm() {
  const hydrated = useHydrated();
  const router = useRouter();
  const [state, action, pending] = useActionState(async (prev: FormState, formData: FormData) => {
    const result = await signUpAction(prev, formData);
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
