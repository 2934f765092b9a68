import { describe, expect, it } from 'vitest';
import { withFallbackFaces } from './with-fallback-faces';

describe('withFallbackFaces', () => {
  it('sets symbols the serif lacks in sans, keeping offsets, and leaves the rest alone', () => {
    const runs = withFallbackFaces([
      { text: 'ok ✓✓ done 漢', face: 'serifBold', size: 10, start: 7 },
    ]);
    expect(runs.map((r) => [r.text, r.face, r.start])).toEqual([
      ['ok ', 'serifBold', 7],
      ['✓✓ ', 'sansBold', 10],
      ['done 漢', 'serifBold', 13],
    ]);
  });

  it('returns a covered run as it was', () => {
    const run = { text: 'Москва «café»', face: 'serif', size: 10 } as const;
    expect(withFallbackFaces([run])).toEqual([run]);
  });
});
