import type { DiffSegment } from '@/lib/documents/diff-texts';

/** A word-level diff: deletions struck through in red, insertions underlined in green. */
export function VersionDiff({ segments }: { segments: DiffSegment[] }) {
  if (segments.every((s) => s.op === 'equal'))
    return <p className="text-stone-600">The text did not change.</p>;
  return (
    <div
      className="whitespace-pre-wrap rounded-md border border-stone-200 bg-white p-4 font-serif leading-relaxed"
      data-testid="version-diff"
    >
      {segments.map((s, i) =>
        s.op === 'insert' ? (
          <ins key={i} className="bg-green-100 text-green-900 underline">
            {s.text}
          </ins>
        ) : s.op === 'delete' ? (
          <del key={i} className="bg-red-100 text-red-900">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
