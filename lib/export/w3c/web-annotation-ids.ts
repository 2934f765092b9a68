/** The JSON-LD context of the W3C Web Annotation data model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The namespace of Scholia's own properties in an export (`scholia:color`, ...). */
export const SCHOLIA_NS = 'urn:scholia:ns:';

/** The IRI that names a Scholia user in exports; it does not depend on the server's address. */
export function userIri(userId: string): string {
  return `urn:scholia:user:${userId}`;
}

/** The IRIs that name a document, its notes and their replies on the server at `origin`. */
export function webAnnotationIds(origin: string) {
  return {
    document: (id: string) => `${origin}/documents/${id}`,
    collection: (id: string) => `${origin}/api/v1/documents/${id}/export.jsonld`,
    note: (id: string) => `${origin}/api/v1/annotations/${id}`,
    reply: (id: string) => `${origin}/api/v1/replies/${id}`,
  };
}
