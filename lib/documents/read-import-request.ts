import { z } from 'zod';
import { readBodyWithin } from '../api/read-body-within';
import { AppError, ValidationError } from '../errors/app-error';
import { documentMetadataSchema } from './document-metadata-schema';
import { formatByteSize } from './import/format-byte-size';
import type { ImportInput } from './import/import-document';
import { maxImportBytes } from './import/max-import-bytes';

const jsonBody = documentMetadataSchema.extend({
  text: z.string().optional(),
  markdown: z.string().optional(),
  html: z.string().optional(),
});

function tooLarge(): never {
  throw new AppError(
    413,
    `This file is larger than ${formatByteSize(maxImportBytes())}; split it or import a smaller one.`,
  );
}

// An unreadable body reads as no fields, so the answer names what to send.
function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return {};
  }
}

/**
 * Reads an import request body: multipart with a `file` field (and optional metadata
 * fields), or JSON with exactly one of `text`, `markdown` or `html`. A body over the
 * import limit is refused (413) without being read to its end.
 */
export async function readImportRequest(request: Request) {
  // A multipart body is the file plus a little framing and the form's other fields.
  const limit = maxImportBytes() + 64 * 1024;
  if (Number(request.headers.get('content-length') ?? 0) > limit) tooLarge();
  const bytes = await readBodyWithin(request.body, limit, tooLarge);
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const upload = new Response(bytes, { headers: { 'content-type': type } });
    const form = await upload.formData().catch(() => {
      throw new ValidationError('The upload could not be read; try again.');
    });
    const file = form.get('file');
    if (!(file instanceof File))
      throw new ValidationError('Attach the document as the multipart field "file".');
    if (file.size > maxImportBytes()) tooLarge();
    const meta = documentMetadataSchema.parse(
      Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
    );
    const input: ImportInput = {
      kind: 'file',
      filename: file.name,
      mimeType: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    };
    return { input, meta };
  }
  const body = jsonBody.parse(parseJson(bytes));
  const given = (['text', 'markdown', 'html'] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) {
    throw new ValidationError(
      'Send exactly one of "text", "markdown" or "html", or upload a file as "file".',
    );
  }
  const kind = given[0]!;
  const input = { kind, [kind]: body[kind] } as ImportInput;
  return { input, meta: body };
}
