import { z } from 'zod';
import { readBodyWithin } from '../../api/read-body-within';
import { AppError, ValidationError } from '../../errors/app-error';

/** The largest import file, in bytes. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

const NOT_JSON =
  'This file is not JSON; import a W3C Web Annotation export (.jsonld) or a Hypothesis export (.json).';

const visibility = z
  .enum(['private', 'course', 'public'], {
    message: 'Choose who sees the imported notes: private, course or public.',
  })
  .default('private');

function tooLarge(): never {
  throw new AppError(
    413,
    `This file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB; split it into smaller files and import each.`,
  );
}

// Postgres text cannot hold NUL or half a surrogate pair, which JSON escapes can spell.
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storable = (s: string) => s.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''), (_key, value: unknown) =>
      typeof value === 'string' ? storable(value) : value,
    );
  } catch {
    throw new ValidationError(NOT_JSON);
  }
}

/**
 * Reads an annotation import request: the file as the JSON body, or as the multipart
 * field `file`; who sees the imported notes comes from `visibility` (a form field or
 * query parameter; private unless given). Over MAX_IMPORT_FILE_BYTES is 413.
 */
export async function readAnnotationFile(request: Request) {
  const type = request.headers.get('content-type') ?? '';
  const multipart = type.startsWith('multipart/form-data');
  // A multipart body is the file plus a little framing and the form's other fields.
  const limit = MAX_IMPORT_FILE_BYTES + (multipart ? 64 * 1024 : 0);
  if (Number(request.headers.get('content-length') ?? 0) > limit) tooLarge();
  const bytes = await readBodyWithin(request.body, limit, tooLarge);
  const query = new URL(request.url).searchParams.get('visibility') ?? undefined;
  if (!multipart)
    return {
      json: parseJson(new TextDecoder().decode(bytes)),
      visibility: visibility.parse(query),
    };
  const upload = new Response(bytes, { headers: { 'content-type': type } });
  const form = await upload.formData().catch(() => {
    throw new ValidationError('The upload could not be read; try again.');
  });
  const file = form.get('file');
  if (!(file instanceof File))
    throw new ValidationError('Attach the annotations file as the multipart field "file".');
  if (file.size > MAX_IMPORT_FILE_BYTES) tooLarge();
  const field = form.get('visibility');
  return {
    json: parseJson(await file.text()),
    visibility: visibility.parse((typeof field === 'string' && field) || query),
  };
}
