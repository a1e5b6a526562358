// Writes .br and .gz copies next to every text asset in dist/, so static hosts (nginx
// brotli_static/gzip_static, S3 with Content-Encoding) can serve them without compressing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] || 'dist';
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.csv', '.webmanifest']);
let n = 0;
function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (TEXT.has(path.extname(p))) {
      const raw = fs.readFileSync(p);
      fs.writeFileSync(p + '.br', zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      fs.writeFileSync(p + '.gz', zlib.gzipSync(raw, { level: 9 }));
      n++;
    }
  }
}
walk(dir);
console.log(`precompress: ${n} files in ${dir}/ now have .br and .gz copies`);
