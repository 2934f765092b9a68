import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import type { DocNode } from '../../doc-node';
import { documentExtensions } from '../../editor/document-extensions';

const schema = getSchema(documentExtensions());

/** Throws unless the JSON is a valid document in the editor schema (node types, content, marks). */
export function assertInSchema(content: DocNode): void {
  Node.fromJSON(schema, content).check();
}
