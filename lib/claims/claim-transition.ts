import type { ClaimStatus, SourceRelation } from '../db/generated/enums';
import { ValidationError } from '../errors/app-error';
import { CLAIM_STATUS_STYLE } from './claim-labels';

// How a status reads in a sentence: "supported", "needs source".
const said = (status: ClaimStatus) => CLAIM_STATUS_STYLE[status.toLowerCase()]!.label.toLowerCase();

const VERDICTS: ClaimStatus[] = [
  'SUPPORTED',
  'PARTLY_SUPPORTED',
  'REFUTED',
  'UNVERIFIABLE',
  'DISMISSED',
];

/** Where a claim may go from each status: open work moves forward, a verdict can only be reopened. */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, ClaimStatus[]> = {
  OPEN: ['NEEDS_SOURCE', ...VERDICTS],
  NEEDS_SOURCE: ['OPEN', ...VERDICTS],
  SUPPORTED: ['OPEN'],
  PARTLY_SUPPORTED: ['OPEN'],
  REFUTED: ['OPEN'],
  UNVERIFIABLE: ['OPEN'],
  DISMISSED: ['OPEN'],
};

/** The relation a verdict's evidence must have, for the verdicts that need evidence. */
export const EVIDENCE_NEEDED: Partial<Record<ClaimStatus, SourceRelation>> = {
  SUPPORTED: 'SUPPORTS',
  PARTLY_SUPPORTED: 'SUPPORTS',
  REFUTED: 'REFUTES',
};

/**
 * Checks one status change: it must be allowed from `from`, carry a note, and for
 * supported, partly supported and refuted cite at least one source with the matching
 * relation among `evidence` (the cited sources' relations). Throws a ValidationError
 * that says what is missing.
 */
export function checkClaimTransition(options: {
  from: ClaimStatus;
  to: ClaimStatus;
  note: string;
  evidence: SourceRelation[];
}): void {
  const { from, to } = options;
  if (!CLAIM_TRANSITIONS[from].includes(to)) {
    throw new ValidationError(
      `A claim that is ${said(from)} cannot become ${said(to)}; it can become ${CLAIM_TRANSITIONS[from].map(said).join(', ')}.`,
    );
  }
  if (!options.note.trim())
    throw new ValidationError('Say why in a note: every status change is explained.');
  const needed = EVIDENCE_NEEDED[to];
  if (needed && !options.evidence.includes(needed)) {
    throw new ValidationError(
      `A “${said(to)}” verdict needs at least one attached source that ${needed === 'SUPPORTS' ? 'supports' : 'refutes'} the claim; attach one and cite it.`,
    );
  }
}
