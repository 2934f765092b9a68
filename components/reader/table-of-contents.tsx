import type { OutlineEntry } from '@/lib/documents/outline-of';

/** Links to the document's headings; absent when it has none. */
export function TableOfContents({
  outline,
  label = 'Table of contents',
}: {
  outline: OutlineEntry[];
  label?: string;
}) {
  if (outline.length === 0) return null;
  const top = Math.min(...outline.map((e) => e.level));
  return (
    <nav aria-label={label} className="text-sm">
      <h2 className="mb-2 font-semibold uppercase tracking-wide text-stone-500">Contents</h2>
      <ol className="space-y-1">
        {outline.map((e) => (
          <li key={e.index} style={{ paddingLeft: `${(e.level - top) * 0.75}rem` }}>
            <a
              href={`#h-${e.index}`}
              className="text-stone-700 hover:text-accent-strong hover:underline"
            >
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
