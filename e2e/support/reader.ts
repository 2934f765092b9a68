import { expect, type Page } from '@playwright/test';
import { shiftSelect } from './keyboard';

/** Waits until the reader on the page has loaded its scripts and its notes. */
export async function readerReady(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/No notes yet|notes shown/)).toBeVisible();
}

/** Opens a document's reader and waits until its notes have loaded. */
export async function openReader(page: Page, id: string) {
  await page.goto(`/documents/${id}`);
  await readerReady(page);
}

/** Selects `length` characters from the start of block `n` of the reader, with the keyboard. */
export async function selectWithKeyboard(page: Page, n: number, length: number) {
  await page.getByRole('article', { name: 'Document text' }).focus();
  await shiftSelect(page, n, length);
}

/**
 * Selects the first occurrence of `phrase` in the reader, as a mouse drag over it would:
 * the reader is focused first (ProseMirror reads a DOM selection only in a focused
 * view), and the selection is made again if the toolbar has not come up.
 */
export async function selectPhrase(page: Page, phrase: string) {
  const reader = page.getByRole('article', { name: 'Document text' });
  await expect(async () => {
    await reader.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        (root as HTMLElement).focus({ preventScroll: true });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`“${wanted}” is not in the reader`);
    }, phrase);
    await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 15_000 });
}
