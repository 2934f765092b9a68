import { z } from 'zod';
import { createAnnotationInput } from '../annotations/annotation-input';

/** Why a passage was flagged, as the API spells it. */
export const claimReason = z.enum(
  ['needs_citation', 'factually_disputed', 'misleading', 'opinion_as_fact', 'other'],
  {
    message:
      'Choose a reason: needs_citation, factually_disputed, misleading, opinion_as_fact or other.',
  },
);

/** A claim status, as the API spells it. */
export const claimStatus = z.enum(
  ['open', 'needs_source', 'supported', 'partly_supported', 'refuted', 'unverifiable', 'dismissed'],
  {
    message:
      'Choose a status: open, needs_source, supported, partly_supported, refuted, unverifiable or dismissed.',
  },
);

/** What `POST /api/v1/documents/:id/claims` accepts: an annotation's target plus `reason`; `body` explains. */
export const createClaimInput = createAnnotationInput.extend({ reason: claimReason });

/** What `POST /api/v1/claims/:id/verdict` accepts. */
export const verdictInput = z.object({
  status: claimStatus,
  note: z.string().trim().max(5_000, 'Keep the note under 5,000 characters.').default(''),
  sourceIds: z.array(z.string().min(1)).max(50).default([]),
});
