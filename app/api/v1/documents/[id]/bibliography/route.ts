import { z } from 'zod';
import { apiRoute } from '@/lib/api/api-route';
import { CITATION_STYLE_KEYS } from '@/lib/sources/citation-style-keys';
import { documentBibliography } from '@/lib/sources/document-bibliography';

type Context = { params: Promise<{ id: string }> };

const query = z.object({
  style: z.enum(CITATION_STYLE_KEYS, { message: 'Choose style=apa, mla or chicago.' }).optional(),
  format: z
    .enum(['text', 'bibtex', 'ris', 'csl'], { message: 'Choose format=text, bibtex, ris or csl.' })
    .default('text'),
});

const TYPES = {
  text: ['text/plain', 'txt'],
  bibtex: ['application/x-bibtex', 'bib'],
  ris: ['application/x-research-info-systems', 'ris'],
  csl: ['application/vnd.citationstyles.csl+json', 'json'],
} as const;

/**
 * GET /api/v1/documents/:id/bibliography?style=apa|mla|chicago&format=text|bibtex|ris|csl:
 * the sources cited in the caller's visible notes, deduplicated, as a file to save.
 */
export const GET = apiRoute<Context>(async (request, user, { params }) => {
  const { id } = await params;
  const { style, format } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const bibliography = await documentBibliography({ actor: user, documentId: id, style, format });
  const [type, extension] = TYPES[format];
  return new Response(bibliography.output, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `inline; filename="bibliography-${id}.${extension}"`,
      'x-content-type-options': 'nosniff',
    },
  });
});
