/**
 * The renderer's Content-Security-Policy, sent by both hosts (Electron's app:// protocol
 * and browser mode's HTTP server): only the app's own scripts, no inline script, no
 * plugins, no framing, no form posts, data: only for images (QR codes, photos).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
