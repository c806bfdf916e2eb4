import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.csv': 'text/csv',
};

/** Serves a built site under its base path on 127.0.0.1, as GitHub Pages would. */
export async function serve(root: string, base: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = base === '' || path.startsWith(base) ? normalize(join(root, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': types['.html']! });
      response.end(readFileSync(join(root, '404.html')));
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    // Compressed as GitHub Pages does, so that the browser tests and the bench see the bytes a reader downloads.
    if (type !== 'application/octet-stream' && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      response.end(gzipSync(readFileSync(file)));
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
