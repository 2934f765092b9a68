import { CLAIM_STATUS_STYLE } from '@/lib/claims/claim-labels';

/** A claim's status as a coloured badge, read out as "Claim: supported". */
export function ClaimBadge({ status }: { status: string }) {
  const style = CLAIM_STATUS_STYLE[status] ?? CLAIM_STATUS_STYLE.open!;
  return (
    <span data-testid="claim-badge" className={`rounded px-1 font-medium ${style.className}`}>
      <span className="sr-only">Claim: </span>
      {style.label}
    </span>
  );
}
