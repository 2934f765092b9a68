import { z } from 'zod';
import { ValidationError } from '../errors/app-error';
import { documentMetadataSchema } from './document-metadata-schema';
import type { ImportInput } from './import/import-document';
import { maxImportBytes } from './import/max-import-bytes';

const jsonBody = documentMetadataSchema.extend({
  text: z.string().optional(),
  markdown: z.string().optional(),
  html: z.string().optional(),
});

function tooLarge(): never {
  const mb = Math.round(maxImportBytes() / 1024 / 1024);
  throw Object.assign(
    new ValidationError(`This file is larger than ${mb} MB; split it or import a smaller one.`),
    {
      status: 413,
    },
  );
}

/**
 * Reads an import request body: multipart with a `file` field (and optional metadata
 * fields), or JSON with exactly one of `text`, `markdown` or `html`.
 */
export async function readImportRequest(request: Request) {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxImportBytes() + 64 * 1024) tooLarge();
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData().catch(() => {
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
  const body = jsonBody.parse(await request.json().catch(() => ({})));
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
