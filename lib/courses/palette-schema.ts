import { z } from 'zod';
import { highlightTextContrast, MIN_TEXT_CONTRAST } from '../annotations/highlight-contrast';

/** A course's highlight palette: one to twelve colours, each with a key, a meaning and a hex colour light enough to read text on. */
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
      color: z
        .string()
        .regex(/^#[0-9a-f]{6}$/i, 'Give every colour as #rrggbb.')
        // Highlighted words must stay readable (WCAG 1.4.3) in the reader.
        .refine(
          (hex) => highlightTextContrast(hex) >= MIN_TEXT_CONTRAST,
          'Choose a lighter colour: highlighted text must keep a contrast of 4.5:1.',
        ),
    }),
  )
  .min(1, 'Keep at least one colour.')
  .max(12, 'Use at most twelve colours.');
