// Broken data: for each data file, the server answers 404, truncated JSON, a wrong schema, or
// empty series. Only the charts of that file show a clear bilingual error with a retry; the rest
// of the page works, and a retry after the fault is gone draws the chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, newPage, appUrl, waitForChart, catalog, waitForApp } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Which view shows each file (from the catalog): the first view with a figure of it, past the
// overview (whose tables repeat two views' files).
const FILES = {};
for (const v of catalog().views.filter((x) => x.slug !== 'overview')) {
  for (const f of v.figures) if (!(f.resource in FILES)) FILES[f.resource] = v.slug;
}

const real = (name) => fs.readFileSync(new URL(`../dist/data/${name}.json`, import.meta.url), 'utf8');
const FAULTS = {
  404: () => ({ status: 404, body: 'not found' }),
  truncated: (name) => ({ status: 200, body: real(name).slice(0, 200) }),
  'wrong schema': () => ({ status: 200, body: JSON.stringify({ name: 'x', years: 'soon', series: {} }) }),
  'empty series': (name) => {
    const d = JSON.parse(real(name));
    for (const k of ['series', 'rows', 'table']) if (Array.isArray(d[k])) d[k] = [];
    return { status: 200, body: JSON.stringify(d) };
  },
};
// An empty explorer or policy file is valid (nothing to show); series datasets are not.
const emptyIsValid = new Set(['niv_explorer', 'policies']);

test('every data file × every fault: that chart alone shows an error with a retry', async () => {
  const page = await newPage(browser);
  const ignore = (e) => /Failed to load resource/.test(e);
  let cases = 0;
  for (const [name, view] of Object.entries(FILES)) {
    for (const [fault, make] of Object.entries(FAULTS)) {
      const ctx = page.context();
      await ctx.route(`**/data/${name}.json`, (route) => route.fulfill({ ...make(name), contentType: 'application/json' }));
      await page.goto(appUrl(`view=${view}&lang=en`));
      const broken = page.locator(`[data-error="${name}"]`);
      if (fault === 'empty series' && emptyIsValid.has(name)) {
        // The app has read the file: its view is there, nothing is loading.
        await waitForApp(page);
        await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 15000 });
        assert.equal(await broken.count(), 0, `${name} ${fault}: valid, no error`);
      } else {
        await broken.first().waitFor({ timeout: 15000 });
        const text = await broken.first().innerText();
        assert.match(text, /could not be loaded/, `${name} ${fault}: English message`);
        assert.equal(await broken.first().locator('button').innerText(), 'Retry');
        // Every other file of the view still draws.
        const others = await page.evaluate((name) => [...document.querySelectorAll('section[data-chart]:not([hidden])')].filter((s) => s.dataset.chart !== name).map((s) => s.dataset.chartId), name);
        for (const id of others) await waitForChart(page, `section[data-chart-id="${id}"]`);
        // The fault goes away; Retry draws the chart.
        await ctx.unroute(`**/data/${name}.json`);
        await broken.first().locator('button').click();
        if (name === 'policies') await page.waitForSelector('[data-chart="policies"] tbody tr');
        else {
          try {
            await waitForChart(page, `section[data-chart="${name}"]:not([hidden])`);
          } catch (e) {
            throw new Error(`${name} ${fault}: no chart after Retry: ${await page.locator(`section[data-chart="${name}"]`).first().innerText()}`);
          }
        }
      }
      await ctx.unroute(`**/data/${name}.json`).catch(() => {});
      assert.equal(await page.locator('.panic-card').count(), 0);
      cases++;
    }
  }
  assert.equal(cases, Object.keys(FILES).length * 4);
  assert.deepEqual(page.errors.filter((e) => !ignore(e)), []);
});

test('the error reads in Chinese too, and a broken events file leaves the charts whole', async () => {
  const page = await newPage(browser);
  await page.context().route('**/data/work_visas.json', (r) => r.fulfill({ status: 500, body: 'oops' }));
  await page.goto(appUrl('view=work-visas&lang=zh'));
  await page.locator('[data-error="work_visas"]').first().waitFor();
  assert.match(await page.locator('[data-error="work_visas"]').first().innerText(), /此图表的数据无法加载/);
  assert.equal(await page.locator('[data-error="work_visas"] button').first().innerText(), '重试');
  await page.context().unroute('**/data/work_visas.json');
  await page.context().route('**/data/events.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(appUrl('view=green-cards'));
  await waitForChart(page, 'section[data-chart-id="green-cards-totals"]', 3);
});
