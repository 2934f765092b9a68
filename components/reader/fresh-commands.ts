import type { Editor } from '@tiptap/react';

/**
 * The editor's commands, after ProseMirror has read any selection change the browser made
 * that it has not seen yet. It reads one (a Shift+Arrow, say) only when the
 * `selectionchange` event arrives; a transaction that changes decorations before then
 * writes the old selection back into the page, and the keystroke is lost. Every
 * decoration update from outside the editor (highlights, remote selections, the
 * spotlight) goes through here.
 */
export function freshCommands(editor: Editor): Editor['commands'] {
  (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
  return editor.commands;
}
