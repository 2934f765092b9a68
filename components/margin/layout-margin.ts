/** A margin card: where its highlight starts and how tall the card is. */
export interface MarginItem {
  id: string;
  anchorTop: number;
  height: number;
}

/**
 * Places cards beside their highlights without overlap, like Google Docs: in order of
 * their highlights, each as close to its highlight as the card above allows. The
 * focused card sits exactly at its highlight and the cards above it move up to make
 * room (never above 0), so the one being read is never pushed away.
 */
export function layoutMargin(
  items: MarginItem[],
  gap: number,
  focusedId?: string,
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.anchorTop - b.anchorTop || a.id.localeCompare(b.id));
  const tops = new Map<string, number>();
  const focus = sorted.findIndex((i) => i.id === focusedId);
  let bottom = -Infinity;
  for (let i = Math.max(0, focus); i < sorted.length; i++) {
    const item = sorted[i]!;
    const top = Math.max(item.anchorTop, bottom + gap);
    tops.set(item.id, top);
    bottom = top + item.height;
  }
  if (focus > 0) {
    let limit = tops.get(sorted[focus]!.id)!;
    for (let i = focus - 1; i >= 0; i--) {
      const item = sorted[i]!;
      const top = Math.min(item.anchorTop, limit - gap - item.height);
      tops.set(item.id, top);
      limit = top;
    }
    // Pushed above the page: lay everything out downwards from 0 instead.
    const first = sorted[0]!;
    if (tops.get(first.id)! < 0) return layoutMargin(items, gap);
  }
  return tops;
}
