import Link from 'next/link';

/** The home page for visitors who are not signed in. */
export function Landing() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6 py-10">
      <h1 className="font-serif text-4xl font-semibold">Read closely, together.</h1>
      <p className="font-serif text-lg leading-relaxed text-stone-700">
        Scholia is a shared margin for close reading. Import a text, highlight passages, attach
        sources to your notes, flag claims that need support, and discuss them with your class in
        real time.
      </p>
      <div className="flex gap-3">
        <Link
          href="/signup"
          className="rounded-md bg-accent px-4 py-2 text-white hover:bg-accent-strong"
        >
          Create an account
        </Link>
        <Link
          href="/signin"
          className="rounded-md border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
        >
          Sign in
        </Link>
      </div>
    </div>
  );
}
