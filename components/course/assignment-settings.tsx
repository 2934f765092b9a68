import { assignmentSettingsInWords } from '@/lib/assignments/assignment-settings-in-words';

/** An assignment's settings and reading prompts in words, or nothing when it has none. */
export function AssignmentSettings({
  assignment,
}: {
  assignment: Parameters<typeof assignmentSettingsInWords>[0];
}) {
  const words = assignmentSettingsInWords(assignment);
  if (!words.length) return null;
  return (
    <p data-testid="assignment-settings" className="mt-1 flex flex-wrap gap-1 text-xs">
      {words.map((w) => (
        <span key={w} className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">
          {w}
        </span>
      ))}
    </p>
  );
}
