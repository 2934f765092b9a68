/** Shown while the library loads. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex animate-pulse flex-col gap-4">
      <span className="sr-only">Loading your library…</span>
      <div className="h-8 w-40 rounded bg-stone-200" />
      <div className="h-40 rounded bg-stone-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-14 rounded bg-stone-200" />
      ))}
    </div>
  );
}
