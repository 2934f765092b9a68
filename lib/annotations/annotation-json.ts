import type { ResolvedAnchor } from '../anchoring/resolved-anchor';
import type { Source } from '../db/generated/client';
import { sourceJson } from '../sources/source-json';

interface Person {
  id: string;
  name: string;
}

interface ReplyRow {
  id: string;
  body: unknown;
  bodyText: string;
  hiddenAt: Date | null;
  deletedAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  author: Person;
}

interface AnnotationRow extends Omit<ReplyRow, 'author'> {
  documentId: string;
  versionId: string;
  authorId: string;
  kind: string;
  color: string | null;
  tags: string[];
  visibility: string;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
  updatedAt: Date;
  author: Person;
  replies: ReplyRow[];
  claimReason: string | null;
  claimStatus: string | null;
  sources: {
    relation: string;
    quotedPassage: string | null;
    note: string | null;
    createdAt: Date;
    addedBy: Person | null;
    source: Source;
  }[];
  claimReviews: {
    id: string;
    fromStatus: string | null;
    toStatus: string;
    note: string;
    sourceIds: string[];
    createdAt: Date;
    reviewer: Person;
  }[];
}

function claimJson(row: AnnotationRow) {
  if (!row.claimStatus || !row.claimReason) return null;
  return {
    status: row.claimStatus.toLowerCase(),
    reason: row.claimReason.toLowerCase(),
    history: row.claimReviews.map((r) => ({
      id: r.id,
      by: r.reviewer,
      from: r.fromStatus?.toLowerCase() ?? null,
      to: r.toStatus.toLowerCase(),
      note: r.note,
      sourceIds: r.sourceIds,
      at: r.createdAt.toISOString(),
    })),
  };
}

function hiddenFor(row: { hiddenAt: Date | null }, isAuthor: boolean) {
  return row.hiddenAt !== null && isAuthor
    ? { hidden: true, hiddenNotice: 'Hidden by a moderator.' }
    : { hidden: row.hiddenAt !== null };
}

/** The API's shape of a note: W3C-style target, resolved anchor, comment as editor JSON, replies. */
export function annotationJson(row: AnnotationRow, anchor: ResolvedAnchor, actorId: string | null) {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    documentId: row.documentId,
    kind: row.kind.toLowerCase(),
    author: deleted ? null : row.author,
    deleted,
    body: deleted ? null : row.body,
    bodyText: deleted ? '' : row.bodyText,
    color: row.color,
    tags: row.tags,
    visibility: row.visibility.toLowerCase(),
    ...hiddenFor(row, row.authorId === actorId),
    edited: row.editedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    target: {
      source: row.documentId,
      versionId: row.versionId,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: row.quoteExact,
          prefix: row.quotePrefix,
          suffix: row.quoteSuffix,
        },
        { type: 'TextPositionSelector', start: row.positionStart, end: row.positionEnd },
      ],
    },
    anchor: {
      status: anchor.status,
      method: anchor.method,
      start: anchor.start,
      end: anchor.end,
      confidence: anchor.confidence,
    },
    claim: claimJson(row),
    sources: deleted
      ? []
      : row.sources.map((s) => ({
          ...sourceJson(s.source),
          relation: s.relation.toLowerCase(),
          quotedPassage: s.quotedPassage,
          note: s.note,
          addedBy: s.addedBy,
          attachedAt: s.createdAt.toISOString(),
        })),
    replies: row.replies.map((r) => ({
      id: r.id,
      author: r.author,
      body: r.body,
      bodyText: r.bodyText,
      edited: r.editedAt !== null,
      ...hiddenFor(r, r.author.id === actorId),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
