import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getCurrentUser } from '@/lib/auth/get-current-user';

export const metadata: Metadata = { title: 'Sign up' };

/** The sign-up page. */
export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/');
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 font-serif text-3xl font-semibold">Create your account</h1>
      <SignUpForm />
    </div>
  );
}
