import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, type PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * A plugin whose decorations are set whole by transactions carrying a value under `key`
 * (built into decorations by `build`), and mapped through every other transaction. The
 * document itself is never touched.
 */
export function metaDecorations<T>(
  key: PluginKey<DecorationSet>,
  build: (value: T, doc: PMNode) => Decoration[],
): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const value = tr.getMeta(key) as T | undefined;
        if (value === undefined) return set.map(tr.mapping, tr.doc);
        return DecorationSet.create(tr.doc, build(value, tr.doc));
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
