import { describe, expect, it } from 'vitest';
import { assertSafePdfStreams } from './assert-safe-pdf-streams';
import { ImportError } from './import-error';
import { buildFlateBombPdf } from './testing/build-flate-bomb-pdf';
import { buildTextPdf } from './testing/build-pdf-fixture';

const TEN_MB = 10 * 1024 * 1024;

describe('assertSafePdfStreams', () => {
  it('passes a real PDF and one whose page content is just under the cap', async () => {
    await expect(
      assertSafePdfStreams(await buildTextPdf([[['A line.']]]), TEN_MB),
    ).resolves.toBeUndefined();
    await expect(assertSafePdfStreams(buildFlateBombPdf(99), TEN_MB)).resolves.toBeUndefined();
  });

  it('refuses page content that inflates past the cap, through one or two Flate layers', async () => {
    for (const layers of [1, 2] as const) {
      const error = await assertSafePdfStreams(buildFlateBombPdf(101, { layers }), TEN_MB).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).status).toBe(413);
    }
  });

  it('scales the cap with a smaller import limit', async () => {
    await expect(assertSafePdfStreams(buildFlateBombPdf(11), 1024 * 1024)).rejects.toThrow(
      /more than 10 MB/,
    );
  });

  it('does not count images, which reading text never decodes', async () => {
    await expect(
      assertSafePdfStreams(buildFlateBombPdf(512, { image: true }), TEN_MB),
    ).resolves.toBeUndefined();
  });
});
