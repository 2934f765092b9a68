import type { DocNode } from '../../doc-node';

/** Every node of a document tree, depth first, for assertions over the whole tree. */
export function collectNodes(node: DocNode): DocNode[] {
  return [node, ...(node.content ?? []).flatMap(collectNodes)];
}
