/**
 * Where margin notes go on one page, top to bottom in their order: each as near its
 * passage (`desired`, the y of its top) as the notes before it allow, pushed up where the
 * notes after it would run off the bottom, never overlapping (`gap` apart), all between
 * `top` and `bottom`. Only the longest run of notes from the first whose heights fit the
 * margin is placed (`fitted`); the rest are left to continue elsewhere. Returns their tops.
 */
export function stackMarginNotes(
  notes: readonly { desired: number; height: number }[],
  top: number,
  bottom: number,
  gap: number,
): { tops: number[]; fitted: number } {
  let fitted = 0;
  let used = 0;
  for (const note of notes) {
    const need = used + (fitted ? gap : 0) + note.height;
    if (need > top - bottom) break;
    used = need;
    fitted++;
  }
  const tops: number[] = [];
  let limit = top;
  for (let i = 0; i < fitted; i++) {
    const note = notes[i]!;
    const at = Math.min(note.desired, limit);
    tops.push(at);
    limit = at - note.height - gap;
  }
  let floor = bottom;
  for (let i = fitted - 1; i >= 0; i--) {
    const height = notes[i]!.height;
    tops[i] = Math.max(tops[i]!, floor + height);
    floor = tops[i]! + gap;
  }
  return { tops, fitted };
}
