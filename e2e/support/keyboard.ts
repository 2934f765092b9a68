import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What the focused element shows, read in the page: "visible: <what>" when it matches
 * :focus-visible and a solid, non-transparent outline is drawn round it, or round its
 * label for a visually hidden control (the app draws every focus ring as an outline, so
 * a card's resting shadow is not mistaken for one); otherwise why not.
 */
function focusIndicator(): string {
  const el = document.activeElement;
  if (!el || el === document.body) return 'nothing is focused';
  const what = `<${el.tagName.toLowerCase()}> “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
  if (!el.matches(':focus-visible')) return `${what} is focused without :focus-visible`;
  for (const candidate of [el, el.closest('label')]) {
    if (!candidate) continue;
    const style = getComputedStyle(candidate);
    const box = candidate.getBoundingClientRect();
    const drawn =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 1 &&
      !/^(transparent|rgba\(.*, 0\))$/.test(style.outlineColor);
    if (drawn && box.width >= 8 && box.height >= 8 && style.visibility !== 'hidden')
      return `visible: ${what}`;
  }
  return `${what} has no visible focus indicator`;
}

/** Asserts that something has focus and that a focus indicator is drawn for it. */
export async function expectFocusVisible(page: Page) {
  await expect.poll(() => page.evaluate(focusIndicator)).toMatch(/^visible: /);
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus, checking that focus is
 * visible on every stop on the way and on the target; fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeAttached();
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
}

/** Tiptap's editor, as it hangs on its element (Tiptap puts it there). */
type EditorElement = HTMLElement & {
  editor: {
    state: {
      selection: {
        empty: boolean;
        from: number;
        to: number;
        $from: { parentOffset: number; index(depth: number): number };
      };
    };
  };
};

// Whether the editor's own selection (not just the page's) is a caret at the text's start;
// run in the page, so self-contained.
function caretAtStart(el: EditorElement): boolean {
  const { empty, $from } = el.editor.state.selection;
  return empty && $from.parentOffset === 0 && $from.index(0) === 0;
}

// How many positions the editor's own selection spans; run in the page.
function selectedLength(el: EditorElement): number {
  const { from, to } = el.editor.state.selection;
  return to - from;
}

/**
 * In the focused reader, selects `length` characters from the start of block `n` with
 * Shift and the arrow keys, and waits for the selection's toolbar.
 */
export async function shiftSelect(page: Page, n: number, length: number) {
  const reader = page.getByRole('article', { name: 'Document text' });
  // Within 200 ms of the text taking focus, ProseMirror takes a caret at its very start
  // for the browser's own reset on focus and puts its selection back; a Ctrl+Home that
  // quick (only a script is) is pressed again once ProseMirror has let it pass.
  // ProseMirror takes each step from the browser's selectionchange; on a loaded machine a
  // step has been seen to go missing at script speed, so a short selection is made again.
  await expect(async () => {
    await expect(async () => {
      await page.keyboard.press('Control+Home');
      await expect.poll(() => reader.evaluate(caretAtStart), { timeout: 1_000 }).toBe(true);
    }).toPass({ timeout: 10_000 });
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    for (let i = 0; i < length; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => reader.evaluate(selectedLength), { timeout: 3_000 }).toBe(length);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
}

/**
 * Asserts that the keyboard is back in the reader's text with the caret on the
 * highlight `mark` (at its start, its end or inside it), and that the highlight shows
 * as focused when `focused` is set.
 */
export async function expectCaretOnHighlight(page: Page, mark: Locator, { focused = false } = {}) {
  const reader = page.getByRole('article', { name: 'Document text' });
  await expect(reader).toBeFocused();
  await expectFocusVisible(page);
  await expect
    .poll(() =>
      mark.evaluate((m) => {
        const root = m.closest('[role="article"]')!;
        const selection = getSelection();
        if (!selection?.rangeCount || !root.contains(selection.anchorNode))
          return 'the caret is not in the text';
        // Offsets in the text's characters, so it does not matter which node holds the caret.
        const upTo = (node: Node, offset: number) => {
          const range = document.createRange();
          range.setStart(root, 0);
          range.setEnd(node, offset);
          return range.toString().length;
        };
        const caret = upTo(selection.focusNode!, selection.focusOffset);
        const start = upTo(m, 0);
        const end = start + m.textContent!.length;
        return caret >= start && caret <= end
          ? 'on the highlight'
          : `the caret is at ${caret}, the highlight at ${start}-${end}`;
      }),
    )
    .toBe('on the highlight');
  if (focused) await expect(mark).toHaveClass(/is-focused/);
}
