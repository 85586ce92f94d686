import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Whether a directory holds a client build (its index.html). */
export function isClientBuild(dir: string): boolean {
  return existsSync(path.join(dir, 'index.html'));
}

/**
 * Serves the web client's production build: `index.html` at `/` and the hashed files under
 * `/assets/`. Takes the landing page's place; the API's own paths are never shadowed.
 */
export function useClientAssets({ dir }: { dir: string }): Plugin {
  const root = path.resolve(dir);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const isIndex = url.pathname === '/' || url.pathname === '/index.html';
      if (!isIndex && !url.pathname.startsWith('/assets/')) return;
      const file = path.resolve(root, `.${isIndex ? '/index.html' : decodeURIComponent(url.pathname)}`);
      // A path that climbs out of the build (`/assets/../../x`) is not ours to serve.
      if (!file.startsWith(root + path.sep)) return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return endResponse(new fetchAPI.Response('Not found', { status: 404 }));
      }
      const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // Assets carry a content hash in their names; index.html must be revalidated to pick up new ones.
        'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
      };
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers }));
    },
  };
}
