'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
import { signUpAction } from '@/app/signup/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/** Sign-up form: creates the account, then signs straight in. */
export function SignUpForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState(signUpAction, {});

  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    void signIn('credentials', {
      email: String(form.get('email')),
      password: String(form.get('password')),
      redirect: false,
    }).then(() => {
      router.push('/');
      router.refresh();
    });
  }, [state, router]);

  return (
    <form ref={formRef} action={action} className="flex flex-col gap-4" noValidate>
      {state.error && <Alert>{state.error}</Alert>}
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        error={state.fieldErrors?.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
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
      <Button type="submit" pending={pending || state.ok}>
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
