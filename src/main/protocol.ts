import fs from 'node:fs';
import path from 'node:path';
import { contentTypeOf } from './content-types';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Serves the built renderer for app://mesodesk/..., never anything outside its folder. */
export function rendererResponse(rendererDir: string, requestUrl: string): Response {
  const root = path.resolve(rendererDir);
  const { pathname } = new URL(requestUrl);
  const file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return new Response('Not found', { status: 404 });
  }
  return new Response(fs.readFileSync(file), {
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
