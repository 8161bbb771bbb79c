/**
 * The Content-Security-Policy of the app's pages. Scripts run only with this
 * response's nonce (Next puts it on its own scripts, read from the request's
 * policy header); 'strict-dynamic' lets those load the page's chunks. No
 * 'unsafe-inline' for scripts, so injected markup cannot run code. Styles keep
 * 'unsafe-inline': React style attributes (bar widths) need it, and styles
 * cannot run code. Development adds 'unsafe-eval' for Next's hot reload.
 * The public pages under /s set their own, stricter policy (no script at all).
 */
export function appPageCsp(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
