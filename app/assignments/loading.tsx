/** Shown while the reader's assignments load. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex animate-pulse flex-col gap-4">
      <span className="sr-only">Loading your assignments…</span>
      <div className="h-8 w-56 rounded bg-stone-200" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-16 rounded bg-stone-200" />
      ))}
    </div>
  );
}
