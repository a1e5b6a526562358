// Takes the README screenshot (docs/screenshot.png) of the built dashboard.
//   node tools/screenshot.mjs [query] [out.png] [width] [lang]
import { createServer } from './serve.mjs';
import { launch } from '../e2e/helpers.mjs';

const [query = 'view=work-visas', out = 'docs/screenshot.png', width = '1200', locale = 'en-US'] = process.argv.slice(2);
const server = createServer({ dir: 'dist' });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale, reducedMotion: 'reduce' });
await page.goto(`http://127.0.0.1:${server.address().port}/?${query}`);
await page.waitForSelector('[data-chart] canvas');
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
server.close();
console.log(`screenshot: ${out}`);
