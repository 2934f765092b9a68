import { z } from 'zod';
import { dateSchema, many, pickSelectors, selectorSchema, type ImportItem } from './import-item';

// A bare string where an object may stand is an IRI naming it (JSON-LD's short form).
const named = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' ? { id: v } : v), schema);

const creator = named(
  z.looseObject(
    { id: z.string().optional(), name: z.string().optional(), nickname: z.string().optional() },
    { message: 'its "creator" must be a person' },
  ),
);

const body = named(
  z
    .looseObject(
      {
        id: z.string().optional(),
        type: z.string().optional(),
        value: z.unknown().optional(),
        purpose: many(z.string({ message: 'a body\u2019s "purpose" must be text' })),
      },
      { message: 'each body must be an object or an IRI' },
    )
    .refine(
      (b) => b.type !== 'TextualBody' || typeof b.value === 'string',
      'a TextualBody needs its text as "value"',
    ),
);

const target = named(
  z.looseObject(
    { id: z.string().optional(), source: z.string().optional(), selector: many(selectorSchema) },
    { message: 'each target must be an object or an IRI' },
  ),
);

/** One W3C Web Annotation, read into an import item (replies: motivation `replying`). */
export const w3cItemSchema = z
  .looseObject(
    {
      id: z.string({ message: 'its "id" must be an IRI' }).optional(),
      type: many(z.string()).refine(
        (t) => t.includes('Annotation'),
        'its "type" must be "Annotation"',
      ),
      motivation: many(z.string({ message: 'its "motivation" must be text' })),
      creator: many(creator),
      created: dateSchema,
      body: many(body),
      target: many(target).refine((t) => t.length > 0, 'it needs a "target"'),
      'scholia:color': z.unknown().optional(),
    },
    { message: 'it is not an annotation object' },
  )
  .transform((a, ctx): Omit<ImportItem, 'index'> => {
    const reply = a.motivation.includes('replying');
    const parentRef = reply ? (a.target[0]!.id ?? a.target[0]!.source ?? null) : null;
    if (reply && !parentRef)
      ctx.addIssue({
        code: 'custom',
        message: 'a reply needs the id of the annotation it answers as its "target"',
        path: ['target'],
      });
    const texts = a.body.filter((b) => typeof b.value === 'string');
    const who = a.creator[0];
    return {
      ref: a.id ?? null,
      parentRef,
      creator: { id: who?.id ?? null, name: who?.name ?? who?.nickname ?? null },
      created: a.created,
      text: texts
        .filter((b) => !b.purpose.includes('tagging'))
        .map((b) => b.value as string)
        .join('\n\n'),
      tags: texts.filter((b) => b.purpose.includes('tagging')).map((b) => b.value as string),
      color: typeof a['scholia:color'] === 'string' ? a['scholia:color'] : null,
      ...pickSelectors(a.target.flatMap((t) => t.selector)),
    };
  });
