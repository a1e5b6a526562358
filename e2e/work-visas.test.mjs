// The Work visas view, as a reader uses it: load from a URL, read the chart, filter, switch to
// the table, reload, go back and forward, switch language, open sources. Values are checked against
// the State Department's numbers (under the report's definition), not just against our own file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, appUrl, chartSel, waitForChart, readChart, readTable, readDataset, seriesValues, query, search, assertNoErrors,
} from './helpers.mjs';

const TOTALS = chartSel('work_visas', 'work-visas-totals');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// NIV Detail Table, H+L+O+J (+E for Europe), FY2014–2023: ../shared/sources/us-visas/SOURCES.md §3.
const STATE_DEPT = {
  China: [80797, 86815, 89569, 90529, 94638, 95818, 31540, 8735, 20198, 48388],
  Europe: [264577, 270087, 275123, 266262, 253929, 260408, 87263, 97278, 227072, 222868],
  India: [249738, 286002, 300229, 309242, 291069, 292539, 180641, 109771, 341655, 442421],
};

test('the issue URL shows exactly the State Department values for 2014–2023', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas&regions=CN~EU~IN&from=2014&to=2023&mode=abs&tab=chart'));
  await waitForChart(page, TOTALS, 3);
  const chart = await readChart(page, TOTALS);
  assert.deepEqual(chart.x, ['FY2014', 'FY2015', 'FY2016', 'FY2017', 'FY2018', 'FY2019', 'FY2020', 'FY2021', 'FY2022', 'FY2023']);
  assert.deepEqual(chart.series.map((s) => s.name), ['China', 'Europe', 'India']);
  for (const s of chart.series) assert.deepEqual(s.data, STATE_DEPT[s.name], s.name);
  // …and the same as the shipped dataset.
  const ds = readDataset('work_visas');
  assert.deepEqual(chart.series[0].data, seriesValues(ds, 'CN', 'total', 2014, 2023));
  assert.equal(await page.locator('[data-notice]').count(), 0, 'a valid URL shows no notice');
  await assertNoErrors(page);
});

test('by-class charts stack the classes that sum to each total', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  const sel = chartSel('work_visas', 'work-visas-by-class-EU');
  await waitForChart(page, sel, 5);
  const chart = await readChart(page, sel);
  assert.deepEqual(chart.series.map((s) => s.type), ['bar', 'bar', 'bar', 'bar', 'bar']);
  const sums = chart.x.map((_, i) => chart.series.reduce((a, s) => a + s.data[i], 0));
  assert.deepEqual(sums, STATE_DEPT.Europe);
  const cn = await readChart(page, chartSel('work_visas', 'work-visas-by-class-CN'));
  assert.equal(cn.series.length, 4, 'China: H, L, O, J (no E under the report definition)');
  await assertNoErrors(page);
});

test('region picker changes chart and URL; reload restores; back and forward step', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, TOTALS, 3);
  await page.getByRole('checkbox', { name: 'Europe' }).uncheck();
  await waitForChart(page, TOTALS, 2);
  assert.equal((await query(page)).get('regions'), 'CN~IN');
  assert.deepEqual((await readChart(page, TOTALS)).series.map((s) => s.name), ['China', 'India']);
  assert.equal(await page.locator(chartSel('work_visas', 'work-visas-by-class-EU')).isHidden(), true);

  await page.reload();
  await waitForChart(page, TOTALS, 2);
  assert.deepEqual((await readChart(page, TOTALS)).series.map((s) => s.name), ['China', 'India']);
  assert.equal(await page.getByRole('checkbox', { name: 'Europe' }).isChecked(), false);

  await page.getByRole('checkbox', { name: 'China' }).uncheck();
  await waitForChart(page, TOTALS, 1);
  // The last region cannot be removed.
  assert.equal(await page.getByRole('checkbox', { name: 'India' }).isDisabled(), true);
  assert.equal((await query(page)).get('regions'), 'IN', 'the change has its own history entry');

  await page.goBack();
  await waitForChart(page, TOTALS, 2);
  assert.equal((await query(page)).get('regions'), 'CN~IN');
  await page.goBack();
  await waitForChart(page, TOTALS, 3);
  assert.equal((await query(page)).get('regions'), null);
  await page.goForward();
  await waitForChart(page, TOTALS, 2);
  await assertNoErrors(page);
});

test('index mode sets 2019 = 100, follows the base year, and round-trips', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, TOTALS, 3);
  await page.getByRole('radio', { name: /Index/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'index');
  await page.waitForFunction((sel) => {
    const o = echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption();
    return o.yAxis[0].name.startsWith('Index');
  }, TOTALS);
  let chart = await readChart(page, TOTALS);
  const i2019 = chart.x.indexOf('FY2019');
  for (const s of chart.series) assert.equal(s.data[i2019], 100, s.name);
  const india = chart.series.find((s) => s.name === 'India');
  assert.ok(Math.abs(india.data[chart.x.indexOf('FY2023')] - (442421 / 292539) * 100) < 1e-9);

  await page.locator('select[name="base"]').selectOption('2016');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('base') === '2016');
  await page.reload();
  await waitForChart(page, TOTALS, 3);
  chart = await readChart(page, TOTALS);
  assert.equal(chart.yName, 'Index (2016 = 100)');
  for (const s of chart.series) assert.equal(s.data[chart.x.indexOf('FY2016')], 100, s.name);
  await assertNoErrors(page);
});

test('year range filters the chart and the URL; FY2024 is available beyond the report', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, TOTALS, 3);
  await page.locator(`.year-range select[name="from"]`).selectOption('2016');
  await page.locator(`.year-range select[name="to"]`).selectOption('2024');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2024');
  assert.equal((await query(page)).get('from'), '2016');
  const chart = await readChart(page, TOTALS);
  assert.equal(chart.x[0], 'FY2016');
  assert.equal(chart.x.at(-1), 'FY2024');
  assert.equal(chart.series[0].data.length, 9);
  await assertNoErrors(page);
});

test('the table tab shows the chart numbers in a real table', async () => {
  const page = await newPage(browser);
  // In a view of several charts a card's tab is its own: the others keep theirs.
  await page.goto(appUrl('view=work-visas&regions=CN~IN'));
  await waitForChart(page, TOTALS, 2);
  await page.locator(`${TOTALS} [role="tab"][data-tab="table"]`).click();
  await page.locator(`${TOTALS} table`).waitFor();
  assert.equal(await page.locator('[data-chart-id="work-visas-by-class-CN"] .echart').isVisible(), true, 'the next card still shows its chart');
  assert.equal(new URL(page.url()).searchParams.get('tab'), null);
  // A chart shown alone writes its tab into the address, so a link (and a reload) keeps it.
  await page.goto(appUrl('view=work-visas&chart=work-visas-totals&regions=CN~IN&from=2019&to=2023'));
  await waitForChart(page, TOTALS, 2);
  const chart = await readChart(page, TOTALS);
  await page.locator(`${TOTALS} [role="tab"][data-tab="table"]`).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('tab') === 'table');
  assert.equal(await page.locator(`${TOTALS} table`).isVisible(), true);
  assert.equal(await page.locator(`${TOTALS} .echart`).isVisible(), false);
  const table = await readTable(page, TOTALS);
  assert.deepEqual(table.head, ['Year', 'China', 'India']);
  assert.deepEqual(table.rows.map((r) => r.year), [2019, 2020, 2021, 2022, 2023]);
  chart.series.forEach((s, col) => assert.deepEqual(table.rows.map((r) => r.values[col]), s.data, s.name));
  assert.equal(table.rows[4].texts[0], '48,388†', 'the erratum is marked in the table');
  // …and said under it, where a finger can read it (the mark's title shows only on hover).
  const note = page.locator(`${TOTALS} [data-note="errata"]`);
  assert.equal(await note.isVisible(), true);
  assert.equal(await note.innerText(), "Values marked † differ from the report's text; see Errata");
  assert.equal(await note.locator('a').getAttribute('href'), 'errata.en.html');
  await page.reload();
  await page.locator(`${TOTALS} table`).waitFor({ timeout: 15000 });
  assert.equal(await page.locator(`${TOTALS} table`).isVisible(), true, 'tab survives reload');
  await assertNoErrors(page);
});

test('sources panel names the publisher and shows the 48,338 vs 48,388 erratum', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, TOTALS, 3);
  const panel = page.locator(`${TOTALS} details.sources-panel`);
  await panel.locator('summary').click();
  const text = await panel.innerText();
  assert.match(text, /U\.S\. Department of State/);
  assert.match(text, /NIV Detail Table/);
  assert.match(text, /H \+ L \+ O \+ J/);
  const erratum = panel.locator('[data-erratum="CN-total-2023"]');
  assert.equal(await erratum.locator('.report-value').innerText(), '48,338');
  assert.equal(await erratum.locator('.primary-value').innerText(), '48,388');
  assert.match(await page.locator(`${TOTALS} .source-line`).innerText(), /^Source: U\.S\. Department of State/);
  await assertNoErrors(page);
});

test('garbled URL parameters fall back to defaults with a visible notice and never become HTML', async () => {
  const page = await newPage(browser);
  const evil = encodeURIComponent('<img src=x onerror="window.__xss=1">');
  await page.goto(appUrl(`view=work-visas&regions=XX&from=abc&to=1900&tab=${evil}&bogus=${evil}&mode=abs&mode=index`));
  await waitForChart(page, TOTALS, 3);
  const notice = page.locator('[data-notice="url"]');
  assert.equal(await notice.isVisible(), true);
  const text = await notice.innerText();
  for (const k of ['regions=XX', 'from=abc', 'to=1900', 'bogus=', 'mode=index']) assert.ok(text.includes(k), `notice mentions ${k}`);
  assert.ok(text.includes('<img src=x'), 'the payload is shown as text');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was injected');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const chart = await readChart(page, TOTALS);
  assert.equal(chart.x[0], 'FY2014');
  assert.equal(chart.series.length, 3);
  // Any change writes a clean URL and the notice goes away.
  await page.getByRole('checkbox', { name: 'India' }).uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('regions') === 'CN~EU');
  assert.equal(await search(page), '?view=work-visas&regions=CN~EU');
  assert.equal(await notice.count(), 0);
  await assertNoErrors(page);
});

test('years the data do not have: left out with a notice, never an empty chart; the boxes, the summary and the chart agree', async () => {
  const page = await newPage(browser);
  const years = async () => page.evaluate(() => ['from', 'to'].map((n) => document.querySelector(`[data-control="years"] select[name="${n}"]`).value));
  const summary = () => page.locator('details[data-control="drawer"] > summary').innerText();
  const notice = page.locator('[data-notice="url"]');
  // Wholly outside the data (FY2014–2024): the report's range, as with no years at all.
  await page.goto(appUrl('view=work-visas&regions=XX&from=2010&to=2012&lang=en'));
  await waitForChart(page, TOTALS, 3);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  let chart = await readChart(page, TOTALS);
  assert.deepEqual([chart.x[0], chart.x.at(-1)], ['FY2014', 'FY2023']);
  assert.ok(chart.series.every((s) => s.data.every((v) => v > 0)), 'a drawn chart, not an empty one');
  assert.deepEqual(await years(), ['2014', '2023']);
  assert.match(await summary(), /2014–2023$/);
  let text = await notice.innerText();
  for (const k of ['from=2010 — not in the data, left out', 'to=2012 — not in the data, left out', 'regions=XX']) assert.ok(text.includes(k), `the notice keeps the link's own and says ${k}: ${text}`);
  assert.equal(await search(page), '?view=work-visas&lang=en', 'the address is what is shown');
  // Half outside: the end the data have is kept.
  await page.goto(appUrl('view=work-visas&from=1990&to=2016&lang=zh'));
  await waitForChart(page, TOTALS, 3);
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
  chart = await readChart(page, TOTALS);
  assert.deepEqual([chart.x[0], chart.x.at(-1)], ['2014 财年', '2016 财年']);
  assert.deepEqual(await years(), ['2014', '2016']);
  assert.ok((await notice.innerText()).includes('from=1990 — 数据中没有，已忽略'));
  // The reader's next change is an ordinary one: its address, no notice.
  await page.getByRole('checkbox', { name: '印度' }).uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('regions') === 'CN~EU');
  assert.equal(await notice.count(), 0);
  await assertNoErrors(page);
});

test('filter changes keep the scroll position', async () => {
  const page = await newPage(browser, { height: 600 });
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, chartSel('work_visas', 'work-visas-by-class-IN'), 4);
  await page.evaluate(() => window.scrollTo(0, 700));
  await page.waitForFunction(() => window.scrollY === 700);
  // Toggle a filter without scrolling to it (as a keyboard user with the control in view would).
  await page.evaluate(() => document.querySelector('input[name="mode"][value="index"]').click());
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'index');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.scrollY), 700);
  await assertNoErrors(page);
});

test('language switch: URL, <html lang>, labels and chart all follow', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, TOTALS, 3);
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'an English browser gets English');
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'zh');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.waitForFunction((sel) => {
    const o = echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption();
    return o.series[0].name === '中国';
  }, TOTALS);
  const chart = await readChart(page, TOTALS);
  assert.deepEqual(chart.series.map((s) => s.name), ['中国', '欧洲', '印度']);
  assert.equal(chart.x[0], '2014 财年');
  assert.match(await page.locator('.site-title').innerText(), /国际人才流动/);
  assert.equal(await page.locator('h1').innerText(), '工作签证');
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await assertNoErrors(page);
});

test('a log scale is offered only where it draws: counts and indexes, not changes or stacks', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas&scale=log&mode=yoy&lang=en'));
  await waitForChart(page, TOTALS, 3);
  const log = page.locator('[data-control="scale"] input[value="log"]');
  assert.equal(await log.isDisabled(), true, 'off in year-on-year change');
  assert.match(await page.locator('.scale-switch .control-hint').innerText(), /counts and indexes only/);
  await page.locator('[data-control="mode"] input[value="index"]').check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('mode') === 'index');
  assert.equal(await log.isDisabled(), false, 'on for an index');
  assert.equal(await page.locator('.scale-switch .control-hint').isVisible(), false);
  await page.waitForFunction((sel) => echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().yAxis[0].type === 'log', TOTALS, { timeout: 5000 });
  await assertNoErrors(page);
  await page.context().close();
});
