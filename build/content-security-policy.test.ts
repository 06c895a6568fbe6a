import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the production content security policy', () => {
  it('allows scripts only from the app itself: no inline script, no eval, no other origin', () => {
    const policy = contentSecurityPolicy({});
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it("adds a deployment's own data, boundaries and tile servers by origin only", () => {
    const policy = contentSecurityPolicy({
      VITE_DATA_URL: 'https://intranet.example/qpdp/dataset.json',
      VITE_BOUNDARIES_URL: '/geo/districts.json',
      VITE_TILE_URL: 'https://tiles.intranet:8443/{z}/{x}/{y}.png',
    });
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://intranet.example']);
    expect(directive(policy, 'img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://tiles.intranet:8443',
    ]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  });
});
