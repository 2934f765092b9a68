import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { documentExtensions } from './document-extensions';

let schema: Schema | undefined;

/** The ProseMirror schema of documentExtensions(), built once. */
export function documentSchema(): Schema {
  schema ??= getSchema(documentExtensions());
  return schema;
}
