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
  return page;
}

export function appUrl(query = '') {
  return BASE + (query ? `?${query.replace(/^\?/, '')}` : '');
}

export function chartSel(resource, chartId) {
  return `[data-chart="${resource}"]` + (chartId ? `[data-chart-id="${chartId}"]` : '');
}

/** Waits until the chart in `sel` has an ECharts instance with `n` series (or any, if n is undefined). */
export async function waitForChart(page, sel, n) {
  await page.waitForFunction(
    ([sel, n]) => {
      const el = document.querySelector(sel + ' .echart');
      const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
      if (!inst) return false;
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

export function readDataset(name) {
  return JSON.parse(fs.readFileSync(new URL(`../dist/data/${name}.json`, import.meta.url)));
}

export function seriesValues(ds, entity, category, from, to) {
  const s = ds.series.find((s) => s.entity === entity && s.category === category);
  assert.ok(s, `no series ${entity}/${category}`);
  return ds.years.map((y, i) => [y, s.values[i]]).filter(([y]) => y >= from && y <= to).map(([, v]) => v);
}

export function query(page) {
  return new URL(page.url()).searchParams;
}

export function assertNoErrors(page) {
  assert.deepEqual(page.errors, [], 'the page logged errors');
}
