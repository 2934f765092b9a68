import type { PaletteColor } from '@/lib/annotations/default-palette';
import { CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';
import type { ExportNote } from '../load-export';

/** What kind of note this is, in words: "Claim: refuted", "Reading prompt", a palette meaning. */
export function noteBadge(note: ExportNote, palette: readonly PaletteColor[]): string {
  if (note.kind === 'prompt') return 'Reading prompt';
  if (note.claim) {
    const label = CLAIM_STATUS_STYLE[note.claim.status]?.label ?? note.claim.status;
    return `Claim: ${label.toLowerCase()}`;
  }
  const meaning = palette.find((p) => p.key === note.color)?.label;
  if (note.kind === 'comment') return meaning ? `Comment · ${meaning}` : 'Comment';
  return meaning ?? 'Highlight';
}
