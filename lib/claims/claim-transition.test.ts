import { describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS, checkClaimTransition } from './claim-transition';

const ok = {
  note: 'Checked against the archive.',
  evidence: [] as ('SUPPORTS' | 'REFUTES' | 'CONTEXT')[],
};

describe('checkClaimTransition', () => {
  it('moves an open claim to needs source, and to any verdict with what it needs', () => {
    expect(() => checkClaimTransition({ ...ok, from: 'OPEN', to: 'NEEDS_SOURCE' })).not.toThrow();
    expect(() => checkClaimTransition({ ...ok, from: 'OPEN', to: 'UNVERIFIABLE' })).not.toThrow();
    expect(() =>
      checkClaimTransition({ ...ok, from: 'NEEDS_SOURCE', to: 'DISMISSED' }),
    ).not.toThrow();
    expect(() =>
      checkClaimTransition({ ...ok, from: 'OPEN', to: 'SUPPORTED', evidence: ['SUPPORTS'] }),
    ).not.toThrow();
    expect(() =>
      checkClaimTransition({
        ...ok,
        from: 'NEEDS_SOURCE',
        to: 'REFUTED',
        evidence: ['CONTEXT', 'REFUTES'],
      }),
    ).not.toThrow();
  });

  it('refuses an illegal transition and names the allowed ones', () => {
    expect(() => checkClaimTransition({ ...ok, from: 'SUPPORTED', to: 'REFUTED' })).toThrow(
      'A claim that is supported cannot become refuted; it can become open.',
    );
    expect(() => checkClaimTransition({ ...ok, from: 'OPEN', to: 'OPEN' })).toThrow(
      /cannot become open/,
    );
  });

  it('lets every verdict be reopened', () => {
    for (const [from, to] of Object.entries(CLAIM_TRANSITIONS))
      if (from !== 'OPEN' && from !== 'NEEDS_SOURCE') expect(to).toEqual(['OPEN']);
  });

  it('refuses a verdict without evidence of the matching relation', () => {
    expect(() => checkClaimTransition({ ...ok, from: 'OPEN', to: 'SUPPORTED' })).toThrow(
      /needs at least one attached source that supports the claim/,
    );
    expect(() =>
      checkClaimTransition({ ...ok, from: 'OPEN', to: 'PARTLY_SUPPORTED', evidence: ['REFUTES'] }),
    ).toThrow(/supports the claim/);
    expect(() =>
      checkClaimTransition({
        ...ok,
        from: 'OPEN',
        to: 'REFUTED',
        evidence: ['SUPPORTS', 'CONTEXT'],
      }),
    ).toThrow(/refutes the claim/);
  });

  it('refuses a change without a note', () => {
    expect(() =>
      checkClaimTransition({ ...ok, note: '  ', from: 'OPEN', to: 'DISMISSED' }),
    ).toThrow(/Say why in a note/);
  });
});
