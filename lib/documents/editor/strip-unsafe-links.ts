import type { DocNode } from '../doc-node';

const SAFE_HREF = /^(https?:|mailto:)/i;

/**
 * Drops every link mark whose href is not http(s) or mailto. Editor JSON coming from a
 * client is parsed with nodeFromJSON, which does not run the Link extension's URL
 * check, so a `javascript:` link would otherwise be stored and shown to every reader.
 */
export function stripUnsafeLinks(node: DocNode): DocNode {
  const marks = node.marks?.filter(
    (m) => m.type !== 'link' || SAFE_HREF.test(String(m.attrs?.href ?? '').trim()),
  );
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(stripUnsafeLinks) } : {}),
  };
}
