// Serves the release build (dist/) on a free localhost port and runs every browser test in e2e/
// with Node's test runner. The tests drive Debian's /usr/bin/chromium through playwright-core.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from './serve.mjs';

if (!fs.existsSync('dist/index.html')) {
  console.error('run-e2e: dist/ is missing; run `make build` first');
  process.exit(2);
}
const server = createServer({ dir: 'dist' });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const only = process.argv.slice(2);
const files = fs
  .readdirSync('e2e')
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => path.join('e2e', f));
console.log(`run-e2e: ${files.length} files against ${base}`);
// E2E_ONLY=<pattern> runs only the tests whose names match it.
const pattern = process.env.E2E_ONLY ? [`--test-name-pattern=${process.env.E2E_ONLY}`] : [];
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...pattern, ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: base },
});
const code = await new Promise((r) => child.on('exit', r));
server.close();
process.exit(code ?? 1);
