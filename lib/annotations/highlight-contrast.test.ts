import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteSchema } from '../courses/palette-schema';
import { DEFAULT_PALETTE } from './default-palette';
import {
  blend,
  contrastRatio,
  HIGHLIGHT_OPACITY,
  hexToRgb,
  highlightTextContrast,
  MIN_TEXT_CONTRAST,
  PAGE_BACKGROUND,
  PAGE_TEXT,
  type Rgb,
} from './highlight-contrast';
import { highlightHex } from './highlight-hex';

const css = readFileSync(path.resolve(import.meta.dirname, '../../app/globals.css'), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const at = css.indexOf(`\n${selector} {`);
  expect(at, `app/globals.css has a rule for ${selector}`).toBeGreaterThan(-1);
  return css.slice(at, css.indexOf('}', at));
}

const variable = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)![1]!;

/** Every colour a passage can be painted in: the palette, prompts, claims and the default. */
const HIGHLIGHTS = [
  ...DEFAULT_PALETTE.map((p) =>
    highlightHex({ paletteColor: p.color, prompt: false, claim: false }),
  ),
  highlightHex({ paletteColor: null, prompt: true, claim: false }),
  highlightHex({ paletteColor: null, prompt: false, claim: true }),
  highlightHex({ paletteColor: null, prompt: false, claim: false }),
];

/** Text the reader sets on highlights: body text, block quotes, links. */
const TEXTS = {
  body: PAGE_TEXT,
  quote: /color:\s*(#[0-9a-f]{6})/i.exec(rule('.document-prose blockquote'))![1]!,
  link: variable('--color-accent-strong'),
};

const paper = () => hexToRgb(PAGE_BACKGROUND);
const painted = (hex: string, under: Rgb = paper()) =>
  blend(hexToRgb(hex), HIGHLIGHT_OPACITY, under);

describe('highlight contrast (WCAG 1.4.3)', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio(hexToRgb('#777777'), hexToRgb('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(blend([255, 0, 0], 0.5, [0, 0, 255])).toEqual([127.5, 0, 127.5]);
  });

  it('paints as app/globals.css does: the page colours and the highlight opacity', () => {
    expect(variable('--color-paper')).toBe(PAGE_BACKGROUND);
    expect(variable('--color-ink')).toBe(PAGE_TEXT);
    const mark = rule('mark.annotation-highlight');
    expect(mark).toContain(
      `color-mix(in srgb, var(--hl) ${HIGHLIGHT_OPACITY * 100}%, transparent)`,
    );
    expect(mark).toContain('color: inherit');
  });

  it('keeps every text colour at 4.5:1 over every highlight, alone and overlapping', () => {
    for (const [kind, text] of Object.entries(TEXTS)) {
      for (const hl of HIGHLIGHTS) {
        const alone = contrastRatio(hexToRgb(text), painted(hl));
        expect(alone, `${kind} text on ${hl}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        // Overlapping highlights nest, each translucent layer over the one below.
        for (const under of HIGHLIGHTS) {
          const both = contrastRatio(hexToRgb(text), painted(hl, painted(under)));
          expect(both, `${kind} text on ${hl} over ${under}`).toBeGreaterThanOrEqual(
            MIN_TEXT_CONTRAST,
          );
        }
      }
    }
  });

  it('keeps 4.5:1 under a live spotlight at the peak of its pulse, over any highlight', () => {
    const peak = /rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(
      css.slice(css.indexOf('@keyframes spotlight-pulse')),
    )!;
    const [r, g, b, alpha] = peak.slice(1).map(Number) as [number, number, number, number];
    for (const hl of [...HIGHLIGHTS, null])
      for (const [kind, text] of Object.entries(TEXTS)) {
        const under = hl ? painted(hl) : paper();
        const lit = blend([r, g, b], alpha, under);
        expect(
          contrastRatio(hexToRgb(text), lit),
          `${kind} text, spotlit, on ${hl}`,
        ).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
  });

  it('has no dark theme to check: the app does not follow prefers-color-scheme', () => {
    // If a dark theme is added, its paper, ink and highlight paint need the checks above.
    expect(css).not.toMatch(/prefers-color-scheme|\.dark\b|data-theme/);
  });

  it('refuses a course palette colour too dark to read text on', () => {
    const colour = (color: string) =>
      paletteSchema.safeParse([{ key: 'thesis', label: 'Thesis', color }]);
    expect(highlightTextContrast('#1e3a8a')).toBeLessThan(MIN_TEXT_CONTRAST);
    const dark = colour('#1e3a8a');
    expect(dark.success).toBe(false);
    expect(dark.error?.issues[0]?.message).toBe(
      'Choose a lighter colour: highlighted text must keep a contrast of 4.5:1.',
    );
    expect(colour('#fde68a').success).toBe(true);
  });
});
