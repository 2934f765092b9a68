import Link from 'next/link';

/** Shown for unknown pages and for documents the reader may not see. */
export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-10 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">
        This page does not exist, or you do not have access to it.
      </p>
      <Link href="/" className="mt-6 inline-block text-accent-strong underline">
        Back to the library
      </Link>
    </div>
  );
}
