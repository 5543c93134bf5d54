/**
 * The Content Security Policy, in one place: Base.astro puts it in a <meta> on every page, and
 * deploy/nginx.conf sends the same policy as a header (a test keeps the two equal). No inline
 * script or style anywhere; 'wasm-unsafe-eval' only because Pagefind's search runs WebAssembly.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as a <meta http-equiv> carries it. */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** The header adds what only a header can carry: browsers ignore frame-ancestors in a <meta>. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
