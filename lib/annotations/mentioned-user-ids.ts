import type { DocNode } from '../documents/doc-node';

/** The ids of the users a comment @mentions, each once. */
export function mentionedUserIds(body: DocNode | null | undefined): string[] {
  const ids = new Set<string>();
  const walk = (node: DocNode) => {
    if (node.type === 'mention' && typeof node.attrs?.id === 'string') ids.add(node.attrs.id);
    node.content?.forEach(walk);
  };
  if (body) walk(body);
  return [...ids];
}
