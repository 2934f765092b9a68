import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { enabledOAuthButtons } from '@/lib/auth/oauth-providers';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';

export const metadata: Metadata = { title: 'Sign in' };

/** The sign-in page. */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 font-serif text-3xl font-semibold">Sign in</h1>
      <SignInForm providers={enabledOAuthButtons()} callbackUrl={target} initialError={error} />
    </div>
  );
}
