import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { commentExtensions } from './comment-extensions';

let schema: Schema | undefined;

/** The ProseMirror schema of commentExtensions(), built once. */
export function commentSchema(): Schema {
  schema ??= getSchema(commentExtensions());
  return schema;
}
