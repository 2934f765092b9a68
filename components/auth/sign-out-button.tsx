'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: '/signin' })}>
      Sign out
    </Button>
  );
}
