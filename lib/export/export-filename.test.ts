import { describe, expect, it } from 'vitest';
import { exportFilename } from './export-filename';

describe('exportFilename', () => {
  it('slugs the title, dropping accents and punctuation', () => {
    expect(exportFilename('Harbour notes: “Café” edition', 'annotated.pdf')).toBe(
      'harbour-notes-cafe-edition-annotated.pdf',
    );
  });

  it('falls back to "document" when nothing of the title is left', () => {
    expect(exportFilename('Москва', 'notes.csv')).toBe('document-notes.csv');
    expect(exportFilename('', 'annotated.pdf')).toBe('document-annotated.pdf');
  });
});
