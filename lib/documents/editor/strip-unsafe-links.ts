import type { DocNode } from '../doc-node';
import { isSafeHref } from './is-safe-href';

/**
 * Drops every link mark whose href is not http(s) or mailto. Editor JSON coming from a
 * client is parsed with nodeFromJSON, which does not run the Link extension's URL
 * check, so a `javascript:` link would otherwise be stored and shown to every reader.
 */
export function stripUnsafeLinks(node: DocNode): DocNode {
  const marks = node.marks?.filter(
    (m) => m.type !== 'link' || isSafeHref(String(m.attrs?.href ?? '')),
  );
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(stripUnsafeLinks) } : {}),
  };
}
