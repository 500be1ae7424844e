// A small static file server on 127.0.0.1 for end-to-end tests and the bench.
// `routes(path, send)` may answer a path first (return send's result); `headersFor` adds headers (e.g. a CSP) per file.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.ics': 'text/calendar; charset=utf-8',
};

export function startServer({ root, routes = () => undefined, rewrite = (path) => path, headersFor = () => ({}), cors = false, log }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    log?.(`${req.headers.host}${url.pathname}`);
    const send = (status, body, type, headers = {}) => {
      res.writeHead(status, { 'content-type': type, ...(cors ? { 'access-control-allow-origin': '*' } : {}), ...headers });
      res.end(body);
      return true;
    };
    const routed = await routes(url.pathname, send);
    if (routed !== undefined) return;
    const path = rewrite(url.pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return send(403, 'forbidden', 'text/plain');
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      return send(200, body, type, headersFor(path, type));
    } catch {
      return send(404, 'not found', 'text/plain');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
