// Next's global types, always: the generated next-env.d.ts is git-ignored, so without
// this the type check in `npm test` and the one inside `next build` would disagree.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
