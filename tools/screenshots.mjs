// Screenshots of every view for review (issue 15): zh and en, light and dark, a 390 × 844 phone
// and a 1366 × 900 desktop, each the whole page with every chart drawn. Written to screenshots/
// (not committed) with an index.html contact sheet that lays them side by side.
//   node tools/screenshots.mjs [view …]      (make screenshots)
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from './serve.mjs';
import { launch } from '../e2e/helpers.mjs';

const OUT = 'screenshots';
const catalog = JSON.parse(fs.readFileSync('dist/catalog.json', 'utf8'));
const only = process.argv.slice(2);
const views = catalog.views.map((v) => v.slug).filter((v) => only.length === 0 || only.includes(v));
const SIZES = [['phone', 390, 844], ['desktop', 1366, 900]];
const LANGS = [['zh', 'zh-CN'], ['en', 'en-US']];
const THEMES = ['light', 'dark'];

fs.mkdirSync(OUT, { recursive: true });
const server = createServer({ dir: 'dist' });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const shots = [];
for (const view of views) {
  for (const [size, width, height] of SIZES) {
    for (const [lang, locale] of LANGS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport: { width, height }, locale, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${base}?view=${view}&lang=${lang}${theme === 'dark' ? '&theme=dark' : ''}`);
        await page.waitForSelector('[data-view]');
        // Every chart, not only those near the screen (as for a printout), each drawn.
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.waitForFunction(() => {
          const boxes = [...document.querySelectorAll('section[data-chart]:not([hidden]) .echart')];
          return window.echarts ? boxes.every((el) => echarts.getInstanceByDom(el)) : boxes.length === 0;
        }, null, { timeout: 30000 }).catch(() => console.warn(`screenshots: ${view} ${size} ${lang} ${theme}: not every chart was drawn`));
        await page.waitForTimeout(300);
        const file = `${view}-${size}-${lang}-${theme}.png`;
        await page.screenshot({ path: path.join(OUT, file), fullPage: true });
        shots.push({ view, size, lang, theme, file });
        await context.close();
      }
    }
  }
  console.log(`screenshots: ${view}`);
}
await browser.close();
server.close();

const rows = views.map((v) => `<h2>${v}</h2><div class="row">${shots.filter((s) => s.view === v).map((s) => `<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt=""></a><figcaption>${s.size} · ${s.lang} · ${s.theme}</figcaption></figure>`).join('')}</div>`).join('\n');
fs.writeFileSync(path.join(OUT, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Talent Flows screenshots</title>
<style>body{font:14px system-ui;margin:16px}.row{display:flex;gap:12px;overflow-x:auto;align-items:flex-start}figure{margin:0;flex:none}img{width:180px;border:1px solid #ccc}figcaption{font-size:12px}</style>
<h1>Talent Flows: every view, zh/en, light/dark, phone/desktop</h1>${rows}\n`);
console.log(`screenshots: ${shots.length} pages in ${OUT}/ (open ${OUT}/index.html)`);
