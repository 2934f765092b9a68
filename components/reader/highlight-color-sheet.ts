import type { PluginView } from '@tiptap/pm/state';

const HEX = /^#[0-9a-f]{3,8}$/i;

/** The class that paints a highlight in `color`, a hex colour: "#FDE68A" → "hl-fde68a". */
export function colorClass(color: string): string {
  return HEX.test(color) ? `hl-${color.slice(1).toLowerCase()}` : 'hl-default';
}

/** The CSS giving each colour's class its `--hl`; anything but a hex colour is left out. */
export function colorRules(colors: Iterable<string>): string {
  const hexes = new Set([...colors].filter((c) => HEX.test(c)).map((c) => c.toLowerCase()));
  return [...hexes]
    .map((c) => `mark.annotation-highlight.${colorClass(c)} { --hl: ${c}; }`)
    .join('\n');
}

/**
 * A plugin view keeping one `<style>` in the page with the rules for the colours in use,
 * rewritten only when that list changes (it is compared by identity), and removed with
 * the editor. Highlights then carry a class rather than a style attribute each.
 */
export function highlightColorSheet(doc: Document, colors: () => readonly string[]): PluginView {
  const style = doc.createElement('style');
  style.dataset.highlightColors = '';
  doc.head.append(style);
  let shown: readonly string[] | null = null;
  const update = () => {
    const now = colors();
    if (now === shown) return;
    shown = now;
    style.textContent = colorRules(now);
  };
  update();
  return { update, destroy: () => style.remove() };
}
