// Adds the Content-Security-Policy <meta> to every page at the top of dist/ (index.html, 404.html,
// the errata pages). Trunk's loader is an inline module script, so it is allowed by its sha256
// hash — never by 'unsafe-inline'.
import crypto from 'node:crypto';
import fs from 'node:fs';

const dir = process.argv[2] || 'dist';
export function policy(hashes) {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ');
  return `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'`;
}

for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.html'))) {
  const file = `${dir}/${name}`;
  let html = fs.readFileSync(file, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
  const hashes = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    crypto.createHash('sha256').update(m[1], 'utf8').digest('base64'),
  );
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n    ${meta}`);
  fs.writeFileSync(file, html);
  console.log(`csp: ${file}: ${hashes.length} inline script(s) allowed by hash`);
}
