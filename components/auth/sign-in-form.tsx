'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useHydrated } from '@/components/ui/use-hydrated';

const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked:
    'An account with that email already exists. Sign in with your email and password instead.',
  OAuthSignin:
    'The sign-in provider could not be reached. Try again, or use your email and password.',
  OAuthCallback: 'The sign-in provider did not complete the sign-in. Try again.',
  AccessDenied: 'Sign-in was cancelled.',
};

/** Email-and-password sign-in, plus a button for each configured OAuth provider. */
export function SignInForm({
  providers,
  callbackUrl,
  initialError,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
  initialError?: string;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState(
    initialError ? (OAUTH_ERRORS[initialError] ?? 'Sign-in failed. Try again.') : '',
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError('');
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(
      result?.error && result.error !== 'CredentialsSignin'
        ? result.error
        : 'Sign-in failed. Try again.',
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        {error && <Alert>{error}</Alert>}
        <TextField label="Email" name="email" type="email" autoComplete="email" required />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <Button type="submit" disabled={!hydrated} pending={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      {providers.length > 0 && (
        <div className="flex flex-col gap-2 border-t border-stone-200 pt-4">
          {providers.map((p) => (
            <Button key={p.id} variant="secondary" onClick={() => signIn(p.id, { callbackUrl })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
      <p className="text-sm">
        New to Scholia?{' '}
        <Link href="/signup" className="text-accent-strong underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
