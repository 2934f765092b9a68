import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce or from the app, and no framing or plugins', () => {
    const policy = contentSecurityPolicy('abc123');
    expect(policy).toContain(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain(`frame-ancestors 'none'`);
    expect(policy).toContain(`object-src 'none'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
  it('lets development builds eval, for fast refresh', () => {
    expect(contentSecurityPolicy('n', true)).toContain(`'unsafe-eval'`);
  });
});
