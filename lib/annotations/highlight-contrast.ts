/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = readonly [number, number, number];

/** The reader's page and text colours (`--color-paper`, `--color-ink` in app/globals.css). */
export const PAGE_BACKGROUND = '#fbfaf7';
export const PAGE_TEXT = '#1f2430';
/** How much of its colour `mark.annotation-highlight` paints over what lies beneath. */
export const HIGHLIGHT_OPACITY = 0.7;
/** The least contrast WCAG 2.2 AA asks of body text (success criterion 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;

/** `#rrggbb` as channels. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` painted at `opacity` over an opaque `under`, as the browser composites it. */
export function blend(top: Rgb, opacity: number, under: Rgb): Rgb {
  const mix = (i: 0 | 1 | 2) => top[i] * opacity + under[i] * (1 - opacity);
  return [mix(0), mix(1), mix(2)];
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast of the page's text over a highlight of `hex` as the reader paints it. */
export function highlightTextContrast(hex: string, text = PAGE_TEXT): number {
  const painted = blend(hexToRgb(hex), HIGHLIGHT_OPACITY, hexToRgb(PAGE_BACKGROUND));
  return contrastRatio(hexToRgb(text), painted);
}
