import { exportRoute } from '@/lib/export/export-route';
import { toWebAnnotations } from '@/lib/export/w3c/to-web-annotations';

/** GET /api/v1/documents/:id/export.jsonld: the notes as a W3C Web Annotation collection. */
export const GET = exportRoute({
  suffix: 'notes.jsonld',
  contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  render: (data, origin) => JSON.stringify(toWebAnnotations(data, origin), null, 2),
});
