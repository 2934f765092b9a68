/** Shown while a document loads. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-[68ch] animate-pulse space-y-4">
      <div className="h-9 w-2/3 rounded bg-stone-200" />
      <div className="h-4 w-1/3 rounded bg-stone-200" />
      <span className="sr-only">Loading the document…</span>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-4 rounded bg-stone-200" />
      ))}
    </div>
  );
}
