import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

const directives = Object.fromEntries(
  CONTENT_SECURITY_POLICY.split('; ').map((d) => {
    const [name = '', ...values] = d.split(' ');
    return [name, values];
  }),
);

describe('content security policy', () => {
  it('allows frames only from blob: URLs (the in-app PDF preview) and nothing remote', () => {
    expect(directives['frame-src']).toEqual(['blob:']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});
