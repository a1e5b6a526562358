// A small static file server for dist/ (no dependencies): used by `make serve`, the browser tests
// and the benchmark. Serves precompressed .br/.gz files when present and accepted (as nginx's
// gzip_static / brotli_static would), can mount the site under a sub-path, and falls back to
// 404.html like a static host.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--prefix /sub/dir/] [--quiet]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function createServer({ dir = 'dist', prefix = '/', quiet = true, onRequest } = {}) {
  const root = path.resolve(dir);
  if (!prefix.endsWith('/')) prefix += '/';
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    if (onRequest) onRequest(req, pathname);
    if (pathname + '/' === prefix) {
      res.writeHead(301, { location: prefix + url.search }).end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    let file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let status = 200;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      // Unknown paths get the SPA's 404.html (a copy of index.html), as GitHub Pages does.
      const fallback = path.join(root, '404.html');
      if (path.extname(rel) === '' && fs.existsSync(fallback)) {
        file = fallback;
        status = 404;
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] || '');
    const headers = { 'content-type': type, vary: 'Accept-Encoding', 'cache-control': 'no-cache' };
    let body = file;
    if (/\bbr\b/.test(accept) && fs.existsSync(file + '.br')) {
      body = file + '.br';
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept) && fs.existsSync(file + '.gz')) {
      body = file + '.gz';
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = fs.statSync(body).size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(body).pipe(res);
    if (!quiet) console.log(status, req.method, pathname);
  });
}

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = arg('dir', 'dist');
  const port = Number(arg('port', '8080'));
  const host = arg('host', '127.0.0.1');
  const prefix = arg('prefix', '/');
  const server = createServer({ dir, prefix, quiet: process.argv.includes('--quiet') });
  server.listen(port, host, () => {
    console.log(`Talent Flows: serving ${dir}/ at http://${host}:${port}${prefix}  (Ctrl-C to stop)`);
  });
}
