import type { getDocument } from './get-document';

/** The JSON shape of one document in the API: its current text and its versions. */
export function documentJson(doc: Awaited<ReturnType<typeof getDocument>>) {
  return {
    id: doc.id,
    title: doc.title,
    author: doc.author,
    sourceUrl: doc.sourceUrl,
    course: doc.course,
    versionId: doc.version.id,
    versionNumber: doc.version.number,
    text: doc.version.text,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    versions: doc.versions.map((v) => ({
      id: v.id,
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      author: v.author,
    })),
  };
}
