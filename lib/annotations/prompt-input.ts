import { createAnnotationInput } from './annotation-input';

/**
 * What `POST /api/v1/documents/:id/prompts` accepts: a note's target and `body`, the
 * question. A prompt is always for the course and uncoloured, so those are not asked.
 */
export const createPromptInput = createAnnotationInput.omit({ color: true, visibility: true });
