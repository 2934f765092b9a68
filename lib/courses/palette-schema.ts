import { z } from 'zod';

/** A course's highlight palette: one to twelve colours, each with a key, a meaning and a hex colour. */
export const paletteSchema = z
  .array(
    z.object({
      key: z
        .string()
        .regex(
          /^[a-z][a-z0-9-]{0,31}$/,
          'Use lowercase letters, digits and dashes for colour keys.',
        ),
      label: z
        .string()
        .trim()
        .min(1, 'Give every colour a meaning.')
        .max(40, 'Keep each meaning under 40 characters.'),
      color: z.string().regex(/^#[0-9a-f]{6}$/i, 'Give every colour as #rrggbb.'),
    }),
  )
  .min(1, 'Keep at least one colour.')
  .max(12, 'Use at most twelve colours.');
