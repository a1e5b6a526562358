// Counts overlapping and clipped chart texts on every view, in both languages, at several widths.
//   node tools/layout-audit.mjs [--verbose]
import { createServer } from './serve.mjs';
import { launch, newPage, catalog } from '../e2e/helpers.mjs';
import { readTexts, problems } from '../e2e/layout.mjs';

const verbose = process.argv.includes('--verbose');
const server = createServer({ dir: 'dist' });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
let total = { overlaps: 0, clipped: 0, missing: 0 };
for (const width of [360, 390, 768, 1366]) {
  for (const lang of ['zh', 'en']) {
    for (const v of catalog().views) {
      if (!v.figures.some((f) => f.chart)) continue;
      const page = await newPage(browser, { width, height: 900 });
      await page.goto(`${base}?view=${v.slug}&lang=${lang}`);
      await page.waitForSelector('section[data-chart-id] .echart');
      // Every chart drawn: scroll through the page, then wait for the last to render.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForFunction(() => [...document.querySelectorAll('section[data-chart-id]:not([hidden]) .echart')].every((el) => window.echarts && echarts.getInstanceByDom(el)), null, { timeout: 20000 }).catch(() => {});
      await page.waitForTimeout(300);
      const charts = await page.evaluate(readTexts);
      for (const c of charts) {
        const p = problems(c);
        total.overlaps += p.overlaps.length;
        total.clipped += p.clipped.length;
        total.missing += p.missing.length;
        if (verbose && (p.overlaps.length || p.clipped.length || p.missing.length)) console.log(`${width} ${lang} ${c.id}: ${p.overlaps.map((o) => o.join(' ⟂ ')).join(' | ')}${p.clipped.length ? ` CLIPPED ${p.clipped.join(' | ')}` : ''}${p.missing.length ? ` UNLABELLED ${p.missing.join(' | ')}` : ''}`);
      }
      await page.context().close();
    }
  }
}
console.log(`layout audit: ${total.overlaps} overlapping pairs, ${total.clipped} clipped texts, ${total.missing} unlabelled bars`);
await browser.close();
server.close();
