import type { Paragraph } from './paragraph';

/** The heading of a full-width section: notes continued, lost notes, bibliography. */
export function sectionHeading(text: string): Paragraph {
  return {
    runs: [{ text, face: 'sansBold', size: 10.5, color: [0.08, 0.08, 0.1] }],
    leading: 14,
    spaceBefore: 14,
    spaceAfter: 4,
    keepWithNext: true,
  };
}
