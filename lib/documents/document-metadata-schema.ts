import { z } from 'zod';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Use ${label} of at most ${max} characters.`)
    .transform((v) => v || null)
    .nullish();

/** Title, author, source URL and course a user may give when importing. */
export const documentMetadataSchema = z.object({
  title: optionalText(300, 'a title'),
  author: optionalText(200, 'an author'),
  sourceUrl: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(
      z
        .url({
          protocol: /^https?$/,
          message: 'Enter the source as a web address starting with http:// or https://.',
        })
        .nullable(),
    )
    .nullish(),
  courseId: optionalText(64, 'a course id'),
});
