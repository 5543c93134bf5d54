/**
 * The Content Security Policy, in one place: Base.astro puts it in a <meta> on every page, and
 * deploy/nginx.conf sends the same policy as a header (a test keeps the two equal). No inline
 * script or style anywhere but GOV.UK Frontend's one-line body class snippet, allowed by its hash;
 * 'wasm-unsafe-eval' only because Pagefind's search runs WebAssembly.
 */
import { createHash } from 'node:crypto';

/**
 * GOV.UK Frontend's page template (template.njk) runs this first thing in <body>, so that the
 * components' styles apply before first paint and its JavaScript agrees to start. Verbatim from the
 * installed template (a test checks), because the CSP allows it by the hash of these exact bytes.
 */
export const SUPPORT_CLASS_SCRIPT =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

/** A CSP hash source for an inline script's text. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(SUPPORT_CLASS_SCRIPT)}`,
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

/**
 * The policy on the dev server only (`npm run dev`), derived from the built one: Vite's dev client
 * puts the site's styles in <style> elements (and swaps them on every save) rather than linking the
 * built stylesheet, so style-src also allows inline style there. Built pages never carry it:
 * Base.astro picks it only under `astro dev`, and tests/browser/csp.test.ts pins CSP_META on every
 * built page.
 */
export const DEV_CSP_META = CSP_DIRECTIVES.map((directive) =>
  directive.startsWith('style-src ') ? `${directive} 'unsafe-inline'` : directive,
).join('; ');

/** The policy for a page: the built one, or on the dev server its relaxed copy. */
export const cspMeta = (devServer: boolean) => (devServer ? DEV_CSP_META : CSP_META);
