import type { Plugin } from 'vite';

const originOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null; // a path on the app's own origin
  }
};

/**
 * The production build's policy: scripts, styles, fonts and data only from the app's own
 * origin, no inline script and no eval. A deployment's own data, boundaries or tile server
 * (VITE_DATA_URL, VITE_BOUNDARIES_URL, VITE_TILE_URL) is allowed by its origin, nothing else.
 */
export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const connect = ['VITE_DATA_URL', 'VITE_BOUNDARIES_URL'].map((k) => originOf(env[k]));
  const tiles = originOf(env.VITE_TILE_URL?.replace(/\{[a-z]\}/g, '0'));
  const list = (...sources: (string | null)[]) => sources.filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Style sheets only from the app's files; React, Leaflet and Recharts position, size and
    // colour elements through style attributes, which a policy can only allow as 'unsafe-inline'.
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "font-src 'self'",
    // Exports draw the chart through a blob: image; the SVG carries its font as a data: URL.
    `img-src ${list("'self'", 'data:', 'blob:', tiles)}`,
    `connect-src ${list("'self'", ...connect)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Puts the policy in the built page as a meta tag. Not in development: Vite's dev server
 * injects inline scripts and msw runs a service worker there.
 */
export function contentSecurityPolicyPlugin(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(env) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
