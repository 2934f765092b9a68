import { z } from 'zod';
import { dateSchema, pickSelectors, selectorSchema, type ImportItem } from './import-item';

// "acct:alice@hypothes.is" is the account alice.
function accountName(user: string | undefined): string | null {
  const match = /^acct:([^@]+)@/.exec(user ?? '');
  return match?.[1] ?? user ?? null;
}

/** One annotation of a Hypothesis JSON export, read into an import item (replies: `references`). */
export const hypothesisItemSchema = z
  .looseObject(
    {
      id: z.string({ message: 'its "id" must be text' }).optional(),
      created: dateSchema,
      user: z.string({ message: 'its "user" must be text' }).optional(),
      user_info: z.looseObject({ display_name: z.string().nullish() }).nullish(),
      text: z.string({ message: 'its "text" must be text' }).nullish(),
      tags: z
        .array(z.string({ message: 'each tag must be text' }), {
          message: 'its "tags" must be a list of text',
        })
        .nullish(),
      target: z
        .array(
          z.looseObject(
            {
              source: z.string().optional(),
              selector: z
                .array(selectorSchema, { message: 'a target\u2019s "selector" must be a list' })
                .optional(),
            },
            { message: 'each target must be an object' },
          ),
          { message: 'its "target" must be a list of targets' },
        )
        .nullish(),
      references: z
        .array(z.string({ message: 'each reference must be an annotation id' }), {
          message: 'its "references" must be a list of annotation ids',
        })
        .nullish(),
    },
    { message: 'it is not an annotation object' },
  )
  .transform((a): Omit<ImportItem, 'index'> => ({
    ref: a.id ?? null,
    // Hypothesis lists a reply's ancestors from the thread's root; Scholia threads are flat.
    parentRef: a.references?.[0] ?? null,
    creator: { id: a.user ?? null, name: a.user_info?.display_name || accountName(a.user) },
    created: a.created,
    text: a.text ?? '',
    tags: a.tags ?? [],
    color: null,
    ...pickSelectors((a.target ?? []).flatMap((t) => t.selector ?? [])),
  }));
