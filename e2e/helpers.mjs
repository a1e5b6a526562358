// Shared browser-test helpers: launch Debian Chromium headless, open the app, read charts.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import assert from 'node:assert/strict';

export const BASE = process.env.BASE_URL || 'http://127.0.0.1:8080/';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  // playwright-core gives every launch a fresh, empty user-data-dir.
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A page that records console errors and uncaught exceptions, with motion reduced (no animation). */
export async function newPage(browser, { locale = 'en-US', width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  // No request may leave the page's origin (no CDN, no tracker, nothing at run time).
  page.foreign = [];
  const allowed = new Set([new URL(BASE).origin]);
  page.on('request', (r) => {
    const u = new URL(r.url());
    // The page's own origin is wherever the test navigated it (another port for host pages).
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) allowed.add(u.origin);
    if (!['data:', 'blob:'].includes(u.protocol) && !allowed.has(u.origin)) page.foreign.push(r.url());
  });
  // Every Content-Security-Policy violation is recorded in the page.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

export function appUrl(query = '') {
  return BASE + (query ? `?${query.replace(/^\?/, '')}` : '');
}

/**
 * Waits until the app has its view on the page and the build's pictures are gone (boot.js shows a
 * picture of the first screen before the app runs: its header, buttons and links would otherwise
 * match a locator too, or alone while the app is still hidden under it).
 */
export async function waitForApp(page, timeout = 20000) {
  await page.waitForFunction(
    () =>
      document.querySelector('#main [data-view]') &&
      !document.getElementById('prerender') &&
      !document.documentElement.classList.contains('static-chart') &&
      !document.querySelector('#static-chart > *'),
    null,
    { timeout },
  );
}

export function chartSel(resource, chartId) {
  return `[data-chart="${resource}"]` + (chartId ? `[data-chart-id="${chartId}"]` : '');
}

/**
 * Waits until the chart in `sel` has an ECharts instance with `n` series (or any, if n is
 * undefined). Charts start only when the reader scrolls near them, so this scrolls to it as a
 * reader would.
 */
export async function waitForChart(page, sel, n) {
  await page.waitForFunction(
    ([sel, n]) => {
      const el = document.querySelector(sel + ' .echart');
      const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
      if (!inst) {
        if (el) el.scrollIntoView({ block: 'center' });
        return false;
      }
      const s = inst.getOption().series || [];
      return n === undefined ? s.length > 0 : s.length === n;
    },
    [sel, n],
    { timeout: 15000 },
  );
}

/** The series of a chart as ECharts holds them: [{name, data}], plus the x-axis labels. */
export async function readChart(page, sel) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel + ' .echart');
    const opt = window.echarts.getInstanceByDom(el).getOption();
    return {
      x: opt.xAxis[0].data,
      yName: opt.yAxis[0].name,
      // Data items are numbers or {value, itemStyle} objects (report values are styled apart).
      series: opt.series.map((s) => ({ name: s.name, type: s.type, data: s.data.map((d) => (d !== null && typeof d === 'object' ? d.value : d)) })),
    };
  }, sel);
}

/** The table tab of a chart: header cells and rows of raw values (data-value). */
export async function readTable(page, sel) {
  return page.evaluate((sel) => {
    const t = document.querySelector(sel + ' table');
    const head = [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const rows = [...t.querySelectorAll('tbody tr')].map((tr) => ({
      year: Number(tr.dataset.year),
      values: [...tr.querySelectorAll('td')].map((td) => (td.dataset.value === '' ? null : Number(td.dataset.value))),
      texts: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
    }));
    return { head, rows };
  }, sel);
}

/** The figure catalog as the build wrote it (src/page.rs, `catalog_json`): every view's slug, its
 * default regions and its figures (id, resource, family, chart, region, year). */
export function catalog() {
  return JSON.parse(fs.readFileSync(new URL('../dist/catalog.json', import.meta.url)));
}

/** Every view's slug, in navigation order. */
export function viewSlugs() {
  return catalog().views.map((v) => v.slug);
}

/** How many chart cards a view shows at its defaults: its charts, less the cards of regions that
 * are off by default. */
export function defaultChartCount(view) {
  const v = catalog().views.find((x) => x.slug === view);
  return v.figures.filter((f) => f.chart && f.atDefault && (f.region === null || v.regions.includes(f.region))).length;
}

export function readDataset(name) {
  return JSON.parse(fs.readFileSync(new URL(`../dist/data/${name}.json`, import.meta.url)));
}

export function seriesValues(ds, entity, category, from, to) {
  const s = ds.series.find((s) => s.entity === entity && s.category === category);
  assert.ok(s, `no series ${entity}/${category}`);
  return ds.years.map((y, i) => [y, s.values[i]]).filter(([y]) => y >= from && y <= to).map(([, v]) => v);
}

/** The page's query, once the app has written it: a change shows at once and reaches the URL a
 * task later (src/app.rs, `go`), so this waits for the page's next task first. */
export async function query(page) {
  return new URLSearchParams(await search(page));
}

/** `location.search` as the app wrote it (see `query`). */
export async function search(page) {
  return page.evaluate(() => new Promise((r) => setTimeout(() => r(location.search), 0)));
}

export async function assertNoErrors(page) {
  assert.deepEqual(page.errors, [], 'the page logged errors');
  assert.deepEqual(page.foreign, [], 'requests left the origin');
  const csp = await page.evaluate(() => window.__csp || []).catch(() => []);
  assert.deepEqual(csp, [], 'Content-Security-Policy violations');
}

/** The dataset's value, or the sum over `categories` joined by "+" (null where none has one). */
export function datasetValue(ds, entity, categories, year) {
  const i = ds.years.indexOf(year);
  if (i < 0) return null;
  let sum = null;
  for (const c of categories.split('+')) {
    const s = ds.series.find((x) => x.entity === entity && x.category === c);
    const v = s ? s.values[i] : null;
    if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
  }
  return sum;
}

const close = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

/**
 * For every chart card on the page: the values drawn by ECharts and the numbers in its table tab
 * both equal the shipped dataset's (absolute mode). Series ids are "entity|category"; ranked charts
 * carry data-year and their series ids are categories; the overview's comparisons use years as ids.
 * Returns how many values were checked.
 */
export async function checkCardsAgainstData(page) {
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll('section[data-chart]')]
      .filter((s) => s.querySelector('.echart') && !s.hidden)
      .map((s) => ({ resource: s.dataset.chart, id: s.dataset.chartId, year: s.dataset.year ? Number(s.dataset.year) : null })),
  );
  let checked = 0;
  for (const card of cards) {
    const sel = `section[data-chart-id="${card.id}"]`;
    await waitForChart(page, sel);
    const ds = readDataset(card.resource);
    const { chart, table } = await page.evaluate((sel) => {
      const s = document.querySelector(sel);
      const opt = echarts.getInstanceByDom(s.querySelector('.echart')).getOption();
      const rows = [...s.querySelectorAll('tbody tr')].map((tr) => ({
        key: tr.dataset.key,
        values: [...tr.querySelectorAll('td')].map((td) => (td.dataset.value === '' ? null : Number(td.dataset.value))),
      }));
      return {
        chart: opt.series.map((x) => ({ id: x.id, data: x.data.map((d) => (d !== null && typeof d === 'object' ? d.value : d)) })),
        table: rows,
      };
    }, sel);
    assert.ok(chart.length > 0, `${card.id}: no series`);
    chart.forEach((series, col) => {
      let expected;
      if (card.year !== null) {
        // Ranked: rows are entities (top to bottom), drawn bottom to top. `whole:<category>`: the
        // category's value for the rows no other series has a value for (src/charts/ranked.rs).
        const whole = series.id.startsWith('whole:') ? series.id.slice('whole:'.length) : null;
        const parts = chart.filter((s) => !s.id.startsWith('whole:')).map((s) => s.id);
        expected = whole
          ? table.map((r) => (parts.every((p) => datasetValue(ds, r.key, p, card.year) === null) ? datasetValue(ds, r.key, whole, card.year) : null))
          : table.map((r) => datasetValue(ds, r.key, series.id, card.year));
        const drawn = [...series.data].reverse();
        drawn.forEach((v, i) => assert.ok(close(v, expected[i]), `${card.id} ${series.id} ${table[i].key}: drawn ${v}, data ${expected[i]}`));
      } else if (/^\d{4}$/.test(series.id)) {
        expected = table.map((r) => datasetValue(ds, r.key, 'total', Number(series.id)));
        [...series.data].reverse().forEach((v, i) => assert.ok(close(v, expected[i]), `${card.id} ${series.id} ${table[i].key}: drawn ${v}, data ${expected[i]}`));
      } else {
        const [entity, cats] = series.id.split('|');
        expected = table.map((r) => datasetValue(ds, entity, cats, Number(r.key)));
        series.data.forEach((v, i) => assert.ok(close(v, expected[i]), `${card.id} ${series.id} ${table[i].key}: drawn ${v}, data ${expected[i]}`));
      }
      table.forEach((r, i) => assert.ok(close(r.values[col], expected[i]), `${card.id} table ${r.key} col ${col}: ${r.values[col]} vs ${expected[i]}`));
      checked += expected.length;
    });
  }
  return checked;
}

/**
 * Records every option the app gives a chart: `window.__draws`, each with its card's `id`, when
 * it was given (`at`, ms) and its series' event lines (`events`, JSON). ECharts is wrapped once its
 * script has run (its namespace is frozen: a proxy stands in for it), never before: the app asks
 * whether `echarts` is there.
 */
export async function recordDraws(page) {
  await page.addInitScript(() => {
    window.__draws = [];
    const wrap = () => {
      const ec = window.echarts;
      if (!ec || ec.__recorded) return;
      window.echarts = new Proxy(ec, {
        get: (o, k) => {
          if (k === '__recorded') return true;
          if (k !== 'init') return o[k];
          return (el, ...rest) => {
            const chart = o.init(el, ...rest);
            const setOption = chart.setOption.bind(chart);
            chart.setOption = (option, ...more) => {
              const events = JSON.stringify((option.series || []).map((s) => s.markLine?.data || []));
              window.__draws.push({ id: el.closest('[data-chart-id]')?.dataset.chartId, at: performance.now(), events });
              return setOption(option, ...more);
            };
            return chart;
          };
        },
      });
    };
    // boot.js's loader (window.__loadECharts): every caller waits for it, the app included.
    let load;
    Object.defineProperty(window, '__loadECharts', {
      configurable: true,
      get: () => load && (() => load().then((r) => (wrap(), r))),
      set: (f) => {
        load = f;
      },
    });
  });
}
