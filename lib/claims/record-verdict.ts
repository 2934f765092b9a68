import type { z } from 'zod';
import { publishChange } from '../collab/publish-change';
import type { ClaimStatus } from '../db/generated/enums';
import { getDb } from '../db/prisma';
import { ConflictError, NotFoundError, ValidationError } from '../errors/app-error';
import { loadAnnotationFor } from '../annotations/load-annotation-for';
import { checkClaimTransition } from './claim-transition';
import type { verdictInput } from './claim-input';

/**
 * A moderator or instructor moves a claim to a new status with a note, citing sources
 * attached to it as evidence. The change, who made it and why go into the claim's
 * history and the course's audit log, and open readers see the new badge.
 */
export async function recordVerdict(options: {
  actor: { id: string };
  claimId: string;
  input: z.infer<typeof verdictInput>;
}) {
  const claim = await loadAnnotationFor(options.actor, options.claimId, 'moderate');
  if (claim.kind !== 'CLAIM' || !claim.claimStatus)
    throw new NotFoundError('That claim does not exist, or you do not have access to it.');
  const from = claim.claimStatus;
  const to = options.input.status.toUpperCase() as ClaimStatus;
  const sourceIds = [...new Set(options.input.sourceIds)];
  const db = getDb();
  const cited = await db.annotationSource.findMany({
    where: { annotationId: claim.id, sourceId: { in: sourceIds } },
    select: { sourceId: true, relation: true },
  });
  if (cited.length !== sourceIds.length)
    throw new ValidationError('Cite only sources attached to this claim; attach a source first.');
  checkClaimTransition({
    from,
    to,
    note: options.input.note,
    evidence: cited.map((c) => c.relation),
  });
  await db.$transaction(async (tx) => {
    // Only from the status this verdict was made against: two moderators cannot both win.
    const moved = await tx.annotation.updateMany({
      where: { id: claim.id, claimStatus: from },
      data: { claimStatus: to },
    });
    if (moved.count === 0)
      throw new ConflictError(
        'Someone else changed this claim’s status just now; reload and look again.',
      );
    await tx.claimReview.create({
      data: {
        annotationId: claim.id,
        reviewerId: options.actor.id,
        fromStatus: from,
        toStatus: to,
        note: options.input.note,
        sourceIds,
      },
    });
    await tx.moderationEvent.create({
      data: {
        courseId: claim.document.courseId,
        actorId: options.actor.id,
        action: to === 'DISMISSED' ? 'DISMISS' : 'VERDICT',
        annotationId: claim.id,
        reason: `${from} → ${to}: ${options.input.note}`,
      },
    });
    await publishChange(tx, { type: 'note', documentId: claim.documentId, noteId: claim.id });
  });
  return { id: claim.id, status: to.toLowerCase() };
}
