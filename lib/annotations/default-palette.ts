/** A highlight colour and what it means; a course can rename or recolour these. */
export interface PaletteColor {
  key: string;
  label: string;
  color: string;
}

/** The highlight colours a course starts with. */
export const DEFAULT_PALETTE: readonly PaletteColor[] = [
  { key: 'key-idea', label: 'Key idea', color: '#fde68a' },
  { key: 'question', label: 'Question', color: '#bfdbfe' },
  { key: 'evidence', label: 'Evidence', color: '#bbf7d0' },
  { key: 'disagree', label: 'Disagree', color: '#fecaca' },
  { key: 'vocabulary', label: 'Vocabulary', color: '#e9d5ff' },
];
