import { z } from 'zod';

/** A document title as users may set it. */
export const documentTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the document a title.')
  .max(300, 'Use a title of at most 300 characters.');
