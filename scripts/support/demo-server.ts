import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

// Serves demo/ (the fictional record page) on loopback. Served over http rather than file://
// so the iframe is same-origin, as it would be in a real web record. Under /npm/ it serves the
// prebuilt browser files of the real editors the demo page embeds (CKEditor 5, TinyMCE, Quill),
// straight from node_modules: they are dev dependencies for the demo only and never part of the
// extension, and nothing is fetched from the network.

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The folders of node_modules the demo page may load, and nothing else there. */
const NPM_FOLDERS = ['ckeditor5/dist/browser/', 'tinymce/', 'quill/dist/'];

function npmFile(path: string, nodeModules: string): string | null {
  const inside = path.slice('/npm/'.length);
  if (!NPM_FOLDERS.some((folder) => inside.startsWith(folder))) return null;
  const file = normalize(join(nodeModules, inside));
  return file.startsWith(nodeModules) ? file : null;
}

export type DemoServer = { origin: string; recordUrl: string; close(): Promise<void> };

export async function startDemoServer(root = resolve('demo'), nodeModules = resolve('node_modules')): Promise<DemoServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith('/npm/') ? npmFile(path, nodeModules) : normalize(join(root, path === '/' ? 'record.html' : path));
    if (!file || (!file.startsWith(root) && !file.startsWith(nodeModules))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Demo server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    recordUrl: `${origin}/record.html`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
