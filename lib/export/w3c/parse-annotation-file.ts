import type { z } from 'zod';
import { AppError, ValidationError } from '../../errors/app-error';
import { hypothesisItemSchema } from './hypothesis-item-schema';
import type { ImportItem } from './import-item';
import { w3cItemSchema } from './w3c-item-schema';

/** The most annotations one import takes. */
export const MAX_IMPORT_ITEMS = 5_000;

const SHAPE =
  'This file is neither a W3C Web Annotation export (an AnnotationCollection, or a list of Annotations) nor a Hypothesis export (a list of annotations, or {"annotations": [...]}); export the annotations again in one of those formats.';

type Format = 'w3c' | 'hypothesis';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const types = (v: Record<string, unknown>) => [v.type].flat();

// The annotations of a collection: its embedded first page, or items given directly.
function collectionItems(collection: Record<string, unknown>): unknown {
  if (typeof collection.first === 'string')
    throw new ValidationError(
      'This collection links to its pages instead of including them; export it with its annotations embedded.',
    );
  return isObject(collection.first) ? collection.first.items : collection.items;
}

function locate(json: unknown): { format: Format; list: unknown } {
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    const w3c = isObject(first) && (types(first).includes('Annotation') || '@context' in first);
    return { format: w3c ? 'w3c' : 'hypothesis', list: json };
  }
  if (!isObject(json)) throw new ValidationError(SHAPE);
  if (types(json).includes('AnnotationCollection'))
    return { format: 'w3c', list: collectionItems(json) };
  if (types(json).includes('AnnotationPage')) return { format: 'w3c', list: json.items };
  if (types(json).includes('Annotation')) return { format: 'w3c', list: [json] };
  if ('annotations' in json) return { format: 'hypothesis', list: json.annotations };
  throw new ValidationError(SHAPE);
}

function explain(index: number, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const at = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  const where = at ? ` (at ${at})` : '';
  return `Annotation ${index + 1} in the file is not valid: ${issue.message}${where}. Correct it or export the file again, then import it once more; nothing was imported.`;
}

/**
 * Reads a parsed import file, our W3C export or a Hypothesis export, into import items
 * in file order. A file of the wrong shape, or any annotation that is not valid, is
 * refused with a sentence naming the annotation and what is wrong (400); more than
 * MAX_IMPORT_ITEMS annotations are refused as too large (413).
 */
export function parseAnnotationFile(json: unknown): { format: Format; items: ImportItem[] } {
  const { format, list } = locate(json);
  if (!Array.isArray(list)) throw new ValidationError(SHAPE);
  if (list.length === 0)
    throw new ValidationError('This file holds no annotations; export some and try again.');
  if (list.length > MAX_IMPORT_ITEMS)
    throw new AppError(
      413,
      `This file holds ${list.length.toLocaleString('en')} annotations; import at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} at a time, split into several files.`,
    );
  const schema = format === 'w3c' ? w3cItemSchema : hypothesisItemSchema;
  const seen = new Map<string, number>();
  const items = list.map((raw: unknown, index): ImportItem => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new ValidationError(explain(index, parsed.error));
    const { ref } = parsed.data;
    if (ref !== null && seen.has(ref))
      throw new ValidationError(
        `Annotations ${seen.get(ref)! + 1} and ${index + 1} in the file have the same id, ${ref}; give each its own and import the file again; nothing was imported.`,
      );
    if (ref !== null) seen.set(ref, index);
    return { index, ...parsed.data };
  });
  return { format, items };
}
