// A tiny static host for the bench: a built app, any data folder at /data/, gzip like a CDN, index.html for app routes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/;

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** The file a URL path names under `root`, or null (also for anything that would escape `root`). */
function fileUnder(root: string, urlPath: string): string | null {
  const file = path.resolve(root, `.${urlPath}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export async function serveApp(distDir: string, dataDir: string): Promise<StaticServer> {
  const dist = path.resolve(distDir);
  const data = path.resolve(dataDir);
  const gzipped = new Map<string, Buffer>();

  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const isData = urlPath.startsWith('/data/');
    const found = isData ? fileUnder(data, urlPath.slice('/data'.length)) : fileUnder(dist, urlPath);
    // Like the contract's static host: unknown app routes get index.html, unknown files a 404.
    const file = found ?? (isData || path.extname(urlPath) ? null : path.join(dist, 'index.html'));
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const cached = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
