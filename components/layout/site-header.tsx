import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ModerationLink } from '@/components/layout/moderation-link';
import { NotificationsLink } from '@/components/layout/notifications-link';

/** The top bar: brand, and the signed-in user's links or the sign-in links. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold text-accent-strong">
          Scholia
        </Link>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="hidden text-stone-600 sm:inline" data-testid="signed-in-as">
                {user.name}
              </span>
              <Link href="/courses" className="underline-offset-4 hover:underline">
                Courses
              </Link>
              <Link href="/assignments" className="underline-offset-4 hover:underline">
                Assignments
              </Link>
              <Link href="/notes" className="underline-offset-4 hover:underline">
                Notes
              </Link>
              <ModerationLink userId={user.id} />
              <NotificationsLink userId={user.id} />
              <Link href="/settings" className="underline-offset-4 hover:underline">
                Settings
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" className="underline-offset-4 hover:underline">
                Sign in
              </Link>
              <Link
                href="/signup"
                className="rounded-md bg-accent px-3 py-1.5 text-white hover:bg-accent-strong"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
