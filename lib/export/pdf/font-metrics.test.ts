import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontBytes } from './font-bytes';
import { FONT_FACES } from './font-face';
import { faceCovers, printableText, textWidth } from './font-metrics';

const NEEDED = '“”‘’«»●•↳…—–·éèêàçñüößÆœŁłčšžЖжЩщЁёЯя';

describe('the embedded faces', () => {
  it.each(FONT_FACES)('%s has typographic quotes, ●, accented Latin and Cyrillic', (face) => {
    expect([...NEEDED].filter((c) => !faceCovers(face, c.codePointAt(0)!))).toEqual([]);
  });

  it('draws what a face lacks as "?", white space as a space, and invisible marks as nothing', () => {
    expect(printableText('serif', 'a漢b🙂c\td\u0007e')).toBe('a?b?c d' + 'e');
  });

  it('measures text as pdf-lib draws it', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const sample = 'Москва, “café” — 1820: ● Zoë’s log…';
    for (const face of ['serif', 'serifBoldItalic', 'sans', 'mono'] as const) {
      const font = await pdf.embedFont(fontBytes(face), {
        subset: true,
        features: { liga: false },
      });
      expect(textWidth(face, 10.2, sample)).toBeCloseTo(font.widthOfTextAtSize(sample, 10.2), 6);
    }
  });
});
