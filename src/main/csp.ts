/** The Content Security Policy for the app's page: nothing from outside the app's own origin. */
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
  // The in-app PDF preview: an <iframe> of a blob: URL the page made from the PDF bytes main returned.
  'frame-src blob:',
  "worker-src 'none'",
].join('; ');
