const COLORS = ['#b45309', '#047857', '#1d4ed8', '#7c3aed', '#be185d', '#0f766e', '#9a3412'];

/** A stable, readable colour for a user's presence, caret and selection. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const ch of userId) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length]!;
}
