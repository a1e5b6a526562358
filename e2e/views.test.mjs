// Every view, as a reader meets it: it loads from its URL, each chart's values and its table equal
// the shipped dataset's, and its filters change both the chart and the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, recordDraws, chartSel, waitForChart, readChart, readDataset, query, assertNoErrors, checkCardsAgainstData, viewSlugs, defaultChartCount, datasetValue, seriesValues, waitForApp } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every view with charts, and how many chart cards it shows at its defaults (from the catalog).
const VIEWS = Object.fromEntries(viewSlugs().filter((v) => defaultChartCount(v) > 0).map((v) => [v, defaultChartCount(v)]));

for (const [view, cards] of Object.entries(VIEWS)) {
  test(`${view}: loads from its URL and every chart equals its dataset`, async () => {
    const page = await newPage(browser);
    const fetched = [];
    page.on('request', (r) => { const p = new URL(r.url()).pathname; if (p.includes('/data/')) fetched.push(p); });
    await page.goto(appUrl(`view=${view}`));
    await page.waitForFunction((n) => document.querySelectorAll('section[data-chart]:not([hidden]) .echart').length >= n, cards, { timeout: 20000 });
    assert.equal(await page.locator(`nav a[data-nav="${view}"]`).getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('[data-notice]').count(), 0);
    // The boot prefetch and the app share downloads: every data file is requested once.
    const twice = fetched.filter((p, i) => fetched.indexOf(p) !== i);
    assert.deepEqual(twice, [], `${view}: files requested twice`);
    if (view !== 'explorer') {
      const n = await checkCardsAgainstData(page);
      assert.ok(n > 0, 'values were checked');
    }
    await assertNoErrors(page);
  });
}

// A view of many cards (the global view has ten files) asks for its first card's files beside the
// app, and for the others once the app's wasm is in: asked for together they held the wasm back.
test('global: the first card\'s data comes with the app, the other cards\' after its wasm', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=global'));
  await waitForApp(page);
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/')).length >= 10);
  const t = await page.evaluate(() => {
    const all = performance.getEntriesByType('resource');
    const data = all.filter((e) => e.name.includes('/data/'));
    const first = data.filter((e) => e.name.endsWith('/world_migrants.json'));
    return {
      wasm: all.find((e) => e.name.endsWith('.wasm')).responseEnd,
      first: first.map((e) => e.startTime),
      others: data.filter((e) => !first.includes(e)).map((e) => e.startTime),
    };
  });
  assert.equal(t.first.length, 1);
  assert.ok(t.first[0] < t.wasm, `the first card's file was asked for before the wasm was in: ${JSON.stringify(t)}`);
  assert.ok(t.others.length >= 9 && t.others.every((s) => s >= t.wasm), `the others after it: ${JSON.stringify(t)}`);
  await assertNoErrors(page);
});

// Its data and the events file come in either order: drawn before the events were in, the chart
// was drawn again a moment later with its event line and its plot moved down.
test('a chart that marks the report\'s events is drawn once, with them, even when they come after its data', async () => {
  const page = await newPage(browser);
  await recordDraws(page);
  await page.route('**/data/events.json', async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  await page.goto(appUrl('view=work-visas&chart=work-visas-totals&embed=1'));
  await waitForChart(page, chartSel('work_visas', 'work-visas-totals'), 3);
  await page.waitForTimeout(300);
  const draws = await page.evaluate(() => window.__draws.filter((d) => d.id === 'work-visas-totals'));
  assert.equal(draws.length, 1, `drawn once: ${JSON.stringify(draws)}`);
  assert.ok(draws[0].events.includes('①'), `with its event line: ${draws[0].events}`);
  await assertNoErrors(page);
});

// The page's first chart draws alone: the card below it (on a wide screen, near enough to start)
// starts once the first is on the screen, instead of holding back the frame that shows it.
test('work-visas: the first chart is on the screen before the next card\'s chart starts', async () => {
  const page = await newPage(browser, { width: 1280, height: 1200 });
  await recordDraws(page);
  await page.goto(appUrl('view=work-visas'));
  await page.waitForFunction(() => window.__draws.some((d) => d.id === 'work-visas-by-class-CN'), null, { timeout: 20000 });
  const t = await page.evaluate(() => ({
    shown: performance.getEntriesByName('app-chart')[0]?.startTime,
    draws: window.__draws.map((d) => [d.id, Math.round(d.at)]),
  }));
  assert.equal(t.draws[0][0], 'work-visas-totals', JSON.stringify(t));
  const next = t.draws.find((d) => d[0] !== 'work-visas-totals');
  assert.ok(t.shown !== undefined && next[1] >= t.shown, `the next chart started at ${next[1]} ms, the first was shown at ${t.shown} ms: ${JSON.stringify(t)}`);
  await assertNoErrors(page);
});

test('overview: findings carry numbers from the data and link to the proving chart', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=overview'));
  const first = page.locator('[data-finding="1"]');
  await page.waitForFunction(() => document.querySelector('[data-finding="1"] > p')?.textContent.includes('707,702'));
  const text = await first.innerText();
  for (const n of ['707,702', '789,257', '111.5%', '587,411', '98.9%']) assert.ok(text.includes(n), `finding 1 mentions ${n}: ${text}`);
  assert.match(await page.locator('[data-finding="4"]').innerText(), /442,421/);
  // A language switched on the page carries into the link (it kept the page's first language).
  await waitForApp(page);
  await page.locator('body > header .lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
  assert.match(await page.locator('[data-finding="4"] a.show-me').getAttribute('href'), /lang=zh/);
  await page.locator('[data-finding="4"] a.show-me').click();
  await waitForChart(page, chartSel('work_visas', 'work-visas-totals'), 3);
  assert.equal((await query(page)).get('mode'), 'index');
  assert.equal(await page.locator('section[data-chart]').count(), 1, 'the focused chart alone');
  // Table 2 as published: 2023 as a share of 2019.
  await page.goto(appUrl('view=overview&chart=overview-table-2&tab=table'));
  await page.waitForSelector('[data-chart-id="overview-table-2"] tbody tr');
  const cells = await page.locator('[data-chart-id="overview-table-2"] tbody tr[data-key="CN"] td').allInnerTexts();
  assert.deepEqual(cells, ['112,480', '72,246', '64.2%']);
  await assertNoErrors(page);
});

test('overview: each finding leads with its headline number and a trend line of the series it cites', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(appUrl('view=overview&lang=en'));
  await page.waitForFunction(() => document.querySelectorAll('[data-finding] .headline-number').length === 6 && !document.getElementById('prerender'));
  const shown = await page.evaluate(() => [...document.querySelectorAll('[data-finding]')].map((li) => {
    const svg = li.querySelector('svg.spark');
    return {
      number: li.querySelector('.headline-number').textContent,
      label: li.querySelector('.headline-label').textContent,
      caption: li.querySelector('.trend-caption').textContent,
      said: svg?.getAttribute('aria-label'),
      role: svg?.getAttribute('role'),
      // Lines through consecutive years with values; points for the report's values.
      runs: svg ? (svg.querySelector('path')?.getAttribute('d').match(/M/g) || []).length : null,
      points: svg ? svg.querySelectorAll('circle:not(.spark-mark)').length : null,
      top: svg?.getBoundingClientRect().top,
    };
  }));
  const students = readDataset('students');
  const value = (ds, e, c, y) => datasetValue(ds, e, c, y);
  const n = (v) => v.toLocaleString('en-US');
  const workVisas = readDataset('work_visas');
  const expected = [
    n(value(students, 'ALL', 'total', 2022)),
    n(value(students, 'IN', 'total', 2022)),
    `${value(readDataset('eb1a'), 'CN', 'approval_rate', 2010)}%`,
    `${(value(workVisas, 'CN', 'total', 2023) / value(workVisas, 'CN', 'total', 2019) * 100).toFixed(1)}%`,
    n(value(readDataset('green_cards'), 'CN', 'EB1', 2022)),
    n(value(readDataset('china_migrants'), 'CHN', 'emigrants', 2020)),
  ];
  assert.deepEqual(shown.map((f) => f.number), expected);
  for (const f of shown) assert.equal(f.role, 'img');
  assert.match(shown[0].label, /2022\/23/);
  assert.equal(shown[0].caption, '2000/01–2022/23');
  assert.match(shown[0].said, /^2000\/01–2022\/23\. students from .*: 2000\/01 [\d,]+ → 2022\/23 587,411$/);
  // India and China named under their lines; the EB-1A rates (the report's, some years) as points.
  assert.match(shown[1].caption, /India.*China/);
  assert.equal(shown[2].runs, 0);
  const eb1aValues = ['CN', 'IN', 'E3'].flatMap((e) => seriesValues(readDataset('eb1a'), e, 'approval_rate', 2010, 2021)).filter((v) => v !== null);
  assert.equal(shown[2].points, eb1aValues.length);
  // Migrant stocks every five years, one unbroken line.
  assert.equal(shown[5].runs, 1);
  // On a phone, the first trend line is on the first screen.
  assert.ok(shown[0].top < 844 - 60, `the first trend line starts at ${shown[0].top} px`);
  await assertNoErrors(page);
});

test('overview: the findings read their numbers from the page, or from the data without it', async () => {
  // Each finding's text, and its headline and trend line as drawn (the same from either source).
  const findingsText = (page) => page.evaluate(() => [...document.querySelectorAll('[data-finding] > p, [data-finding] .finding-figure')].map((p) => p.innerHTML.replace(/<!--.*?-->/g, '')));
  const waitFilled = (page) => page.waitForFunction(() => { const ps = [...document.querySelectorAll('[data-finding] > p')]; return ps.length === 6 && ps.every((p) => !p.textContent.includes('—')); });
  // As built: the numbers come with index.html, so only the two charts' files are downloaded.
  const page = await newPage(browser);
  const fetched = [];
  page.on('request', (r) => { const p = new URL(r.url()).pathname; if (p.includes('/data/')) fetched.push(p.split('/').pop()); });
  await page.goto(appUrl('view=overview'));
  await waitFilled(page);
  await waitForChart(page, '[data-chart-id="overview-table-2"]');
  assert.deepEqual(fetched.sort(), ['students.json', 'work_and_green_cards.json']);
  const built = await findingsText(page);
  // Served without them (a host that rewrote the page, or no build step): the same texts, from the data files.
  const bare = await newPage(browser);
  const fetchedBare = [];
  bare.on('request', (r) => { const p = new URL(r.url()).pathname; if (p.includes('/data/')) fetchedBare.push(p.split('/').pop()); });
  await bare.route((u) => u.pathname.endsWith('/') || u.pathname.endsWith('/index.html'), async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/<script type="application\/json" id="finding-values">[^<]*<\/script>/, '');
    await route.fulfill({ response: res, body: html });
  });
  await bare.goto(appUrl('view=overview'));
  await waitFilled(bare);
  assert.equal(await bare.locator('#finding-values').count(), 0);
  assert.deepEqual(await findingsText(bare), built);
  for (const f of ['eb1a.json', 'remittances.json', 'china_migrants.json']) assert.ok(fetchedBare.includes(f), `${f} fetched without the page's numbers`);
  // A garbled list is refused the same way.
  const garbled = await newPage(browser);
  await garbled.route((u) => u.pathname.endsWith('/') || u.pathname.endsWith('/index.html'), async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/(<script type="application\/json" id="finding-values">)[^<]*/, '$1[["eb1a",');
    await route.fulfill({ response: res, body: html });
  });
  await garbled.goto(appUrl('view=overview'));
  await waitFilled(garbled);
  assert.deepEqual(await findingsText(garbled), built);
  await assertNoErrors(page);
  await assertNoErrors(bare);
  await assertNoErrors(garbled);
});

test('green cards: report values are drawn hollow; the class filter changes charts and URL', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=green-cards&regions=CN'));
  const totals = chartSel('green_cards', 'green-cards-totals');
  await waitForChart(page, totals, 1);
  // China FY2020 (12,947) is the report's number, FY2018 the State Department's.
  const style = await page.evaluate((sel) => {
    const o = echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption();
    const x = o.xAxis[0].data;
    const s = o.series.find((x) => x.id === 'CN|total');
    const at = (label) => s.data[x.indexOf(label)];
    return { v2020: at('FY2020').value, fill2020: at('FY2020').itemStyle?.color ?? null, fill2018: at('FY2018').itemStyle?.color ?? null };
  }, totals);
  assert.deepEqual(style, { v2020: 12947, fill2020: '#ffffff', fill2018: null });
  const byCat = chartSel('green_cards', 'green-cards-by-category-CN');
  await waitForChart(page, byCat, 4);
  const instanceOf = (sel) => page.evaluate((sel) => echarts.getInstanceByDom(document.querySelector(sel + ' .echart'))?.id, sel);
  const before = await instanceOf(totals);
  await page.getByRole('checkbox', { name: /EB-5/ }).uncheck();
  await waitForChart(page, byCat, 3);
  assert.equal((await query(page)).get('classes'), 'EB1~EB2~EB3');
  // The same chart, redrawn: a filter that changes which series (and sources) are drawn does not
  // make the card's chart again.
  assert.equal(await instanceOf(totals), before, 'the totals chart keeps its ECharts instance');
  const sum = await readChart(page, totals);
  assert.equal((await page.evaluate((sel) => echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().series[0].id, totals)), 'CN|EB1+EB2+EB3');
  assert.equal(sum.series[0].data[sum.x.indexOf('FY2022')], 11425 + 8523 + 6452);
  await assertNoErrors(page);
});

test('students: levels filter and share mode', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=students&regions=IN'));
  const lvl = chartSel('students_by_level', 'students-by-level-IN');
  await waitForChart(page, lvl);
  await page.getByRole('radio', { name: /Share/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'share');
  const chart = await readChart(page, lvl);
  const last = chart.x.length - 1;
  const sum = chart.series.reduce((a, s) => a + (s.data[last] ?? 0), 0);
  assert.ok(Math.abs(sum - 100) < 1e-6, `shares add to 100: ${sum}`);
  await page.getByRole('checkbox', { name: 'OPT' }).uncheck();
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('levels').includes('opt'));
  assert.ok(!(await readChart(page, lvl)).series.some((s) => s.name === 'OPT'));
  await assertNoErrors(page);
});

test('EB-1A: points only, the region filter, and the missing-series note', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=eb1a'));
  const rates = chartSel('eb1a', 'eb1a-approval-rates');
  await waitForChart(page, rates, 3);
  const chart = await readChart(page, rates);
  assert.ok(chart.series.every((s) => s.type === 'scatter'), 'sparse report values are points');
  const cn = chart.series.find((s) => s.name === 'China');
  assert.equal(cn.data[chart.x.indexOf('FY2010')], 67.72);
  assert.match(await page.locator(`${rates} .chart-note`).innerText(), /not published/);
  await page.getByRole('checkbox', { name: 'India' }).uncheck();
  await waitForChart(page, rates, 2);
  assert.equal((await query(page)).get('regions'), 'CN~E3');
  await assertNoErrors(page);
});

test('global and China: the year range filters the time series', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=china'));
  const sel = chartSel('china_outbound_students', 'china-outbound');
  await waitForChart(page, sel);
  await page.locator('select[name="from"]').selectOption('2010');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2010');
  assert.equal((await readChart(page, sel)).x[0], '2010');
  await assertNoErrors(page);
});

test('policy: tables 1, 4, 5 render and the search filters rows and the URL', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=policy'));
  await page.waitForSelector('[data-chart-id="policy-table-1"] tbody tr');
  const before = await page.locator('[data-chart-id="policy-table-1"] tbody tr').count();
  assert.ok(before >= 20, `table 1 rows: ${before}`);
  assert.ok((await page.locator('[data-chart-id="policy-table-4"] tbody tr').count()) >= 22);
  // Read as text: on a desktop every column fits the card (cells wrap), every column has its
  // header, and text reads from the left.
  const shape = await page.evaluate(() => [...document.querySelectorAll('.policy-table')].map((t) => {
    const wrap = t.closest('.table-wrap');
    const texts = [...t.querySelectorAll('tbody td:not(.num)')];
    return {
      fits: wrap.scrollWidth <= wrap.clientWidth + 1,
      headers: [...t.querySelectorAll('thead th')].every((th) => th.textContent.trim() && th.getBoundingClientRect().right <= wrap.getBoundingClientRect().right + 1),
      left: texts.every((td) => getComputedStyle(td).textAlign === 'left' && getComputedStyle(td).whiteSpace === 'normal'),
    };
  }));
  assert.deepEqual(shape, shape.map(() => ({ fits: true, headers: true, left: true })));
  assert.equal(shape.length, 3);
  await page.getByRole('searchbox').fill('H-1B');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'H-1B');
  const after = await page.locator('[data-chart-id="policy-table-1"] tbody tr').count();
  assert.ok(after >= 1 && after < before, `${after} rows match H-1B`);
  await page.reload();
  assert.equal(await page.getByRole('searchbox').inputValue(), 'H-1B');
  await assertNoErrors(page);
});

test('explorer: loads only when opened, adds a nationality by name, sums classes', async () => {
  const page = await newPage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(appUrl('view=work-visas'));
  await waitForChart(page, chartSel('work_visas', 'work-visas-totals'), 3);
  assert.ok(!requested.some((p) => p.endsWith('niv_explorer.json')), 'not fetched by other views');
  await page.locator('nav a[data-nav="explorer"]').click();
  const sel = chartSel('niv_explorer', 'explorer-totals');
  await waitForChart(page, sel, 3);
  assert.ok(requested.some((p) => p.endsWith('niv_explorer.json')));
  const input = page.locator('#regions-input');
  await input.fill('Korea, South');
  await input.press('Enter');
  await waitForChart(page, sel, 4);
  assert.equal((await query(page)).get('regions'), 'china-mainland~group-europe~india~korea-south');
  // A name in any case, or the one name containing what was typed; else the page says why.
  const status = page.locator('[data-control="regions"] .picker-status');
  await input.fill('korea');
  await input.press('Enter');
  await status.waitFor();
  assert.match(await status.innerText(), /“korea”: Democratic People's Republic of Korea, Republic of Korea\? Type the whole name/);
  await input.fill('zzz');
  await input.press('Enter');
  assert.match(await status.innerText(), /No “zzz” in the list/);
  await input.fill('germ');
  await input.press('Enter');
  await waitForChart(page, sel, 5);
  assert.equal((await query(page)).get('regions'), 'china-mainland~group-europe~india~korea-south~germany');
  // The note gives way to what was done, for a screen reader too (the status is a live region).
  assert.equal(await status.innerText(), 'Added: Germany', 'the note says the name was added');
  // Every line its own colour (the clash of two fallback colours is tested natively), and each chip's swatch its line's.
  const colours = await page.evaluate((sel) => echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().series.filter((s) => s.type === 'line').map((s) => s.itemStyle.color), sel);
  assert.equal(new Set(colours).size, 5, `${colours}`);
  const swatches = await page.evaluate(() => [...document.querySelectorAll('[data-control="regions"] .chip .swatch')].map((e) => getComputedStyle(e).backgroundColor));
  const rgb = (h) => `rgb(${[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ')})`;
  assert.deepEqual(swatches, colours.map(rgb));
  // China, H-1B only, FY2019 = the State Department's 2019 H-1B count for China.
  await page.goto(appUrl('view=explorer&regions=china-mainland&classes=H-1B&from=2019&to=2019'));
  await waitForChart(page, sel, 1);
  const h1b = (await readChart(page, sel)).series[0].data[0];
  const wv = JSON.parse(await (await page.request.get(appUrl('').replace(/\?$/, '') + 'data/niv_explorer.json')).text());
  const n = wv.nationalities.findIndex((x) => x.code === 'china-mainland');
  const c = wv.classes.indexOf('H-1B');
  const row = wv.rows.find((r) => r[0] === n && r[1] === c);
  assert.equal(h1b, row[2][wv.years.indexOf(2019)]);
  // No class chosen = every class = the table's own Grand Total (China FY2019: 1,255,992), not the
  // threefold sum of the classes and the table's two total columns.
  await page.goto(appUrl('view=explorer&regions=china-mainland&from=2019&to=2019'));
  await waitForChart(page, sel, 1);
  assert.equal((await readChart(page, sel)).series[0].data[0], 1255992);
  const classes = await page.evaluate(() => [...document.querySelectorAll('#classes-options option')].map((o) => o.value));
  assert.ok(classes.length > 80 && classes.includes('H-1B'), `${classes.length} classes offered`);
  assert.deepEqual(classes.filter((c) => /total/i.test(c)), [], 'a total column offered as a class');
  await assertNoErrors(page);
});

test('charts start when the reader nears them: a phone reads the overview before ECharts loads', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const scripts = [];
  page.on('request', (r) => { if (r.url().endsWith('/echarts.js')) scripts.push(r.url()); });
  await page.goto(appUrl('view=overview'));
  // The findings (text) are there with their numbers; the charts are screens below.
  await page.waitForFunction(() => document.querySelector('[data-finding="1"] > p')?.textContent.includes('707,702'));
  await page.waitForSelector('[data-chart-id="overview-table-2"] .echart');
  await page.waitForTimeout(500);
  assert.deepEqual(scripts, [], 'ECharts was loaded before any chart was near');
  assert.equal(await page.evaluate(() => typeof window.echarts), 'undefined');
  // Scrolling to the first chart loads ECharts once and draws it; the one after stays unstarted
  // until the reader gets near it too.
  await waitForChart(page, '[data-chart-id="overview-table-2"]');
  assert.equal(scripts.length, 1, 'echarts.js requested once');
  // A printout shows every chart, not only those the reader scrolled to.
  const far = await newPage(browser, { width: 1280, height: 700 });
  await far.goto(appUrl('view=global'));
  await waitForChart(far, '[data-chart-id]');
  // Every card has its data (the lower cards' files come after the app's wasm) and its chart's box.
  await far.waitForFunction(() => [...document.querySelectorAll('section[data-chart]:not([hidden])')].every((s) => s.querySelector('.echart')));
  const unstarted = () => far.evaluate(() => [...document.querySelectorAll('section[data-chart]:not([hidden]) .echart')].filter((el) => !echarts.getInstanceByDom(el)).length);
  assert.ok((await unstarted()) >= 5, 'charts far down the global view have not started');
  await far.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await far.waitForFunction(() => [...document.querySelectorAll('section[data-chart]:not([hidden]) .echart')].every((el) => echarts.getInstanceByDom(el)), null, { timeout: 15000 });
  await assertNoErrors(page);
  await assertNoErrors(far);
});

test('printing: every chart drawn at once with its title, legend and sources; filters as their summary; no controls; a policy table wraps to the page', async () => {
  // A4 portrait at 96 dpi, less Chromium's default margins: what a printout's page is wide.
  const page = await newPage(browser, { width: 718, height: 1000 });
  await page.goto(appUrl('view=students&lang=en'));
  await waitForChart(page, '[data-chart-id]');
  // The reader had switched the first card to its table: the printout still shows its chart.
  await page.locator('section[data-chart-id]').first().locator('[role="tab"][data-tab="table"]').click();
  const cards = 'section[data-chart]:not([hidden])';
  const startedEarlier = await page.evaluate((cards) => [...document.querySelectorAll(cards)]
    .filter((card) => echarts.getInstanceByDom(card.querySelector('.echart'))).map((card) => card.dataset.chartId), cards);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((cards) => [...document.querySelectorAll(`${cards} .echart`)].every((el) => echarts.getInstanceByDom(el)), cards, { timeout: 15000 });
  const seen = await page.evaluate((cards) => {
    const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    return [...document.querySelectorAll(cards)].map((card) => {
      const el = card.querySelector('.echart');
      const opt = echarts.getInstanceByDom(el).getOption();
      return {
        id: card.dataset.chartId,
        title: shown(card.querySelector('h2')),
        chart: shown(el) && el.getBoundingClientRect().right <= card.getBoundingClientRect().right + 1,
        source: shown(card.querySelector('.source-line')),
        table: shown(card.querySelector('.table-panel')),
        tools: shown(card.querySelector('.card-tools')) || shown(card.querySelector('.tabs')),
        // Started for the printout: drawn at once, not growing in from zero.
        animated: opt.animation !== false,
        data: opt.series.some((s) => (s.data || []).some((d) => d != null && (d.value ?? d) != null)),
      };
    });
  }, cards);
  assert.ok(seen.length >= 5, `${seen.length} cards`);
  assert.ok(seen.length - startedEarlier.length >= 2, `only ${startedEarlier.length} of ${seen.length} charts started before printing`);
  for (const c of seen) {
    assert.deepEqual({ ...c, animated: startedEarlier.includes(c.id) ? false : c.animated },
      { id: c.id, title: true, chart: true, source: true, table: false, tools: false, animated: false, data: true }, c.id);
  }
  const filters = await page.evaluate(() => ({
    summary: getComputedStyle(document.querySelector('.filters > summary')).display !== 'none',
    controls: [...document.querySelectorAll('.filters .controls')].some((el) => getComputedStyle(el).display !== 'none'),
  }));
  assert.deepEqual(filters, { summary: true, controls: false });

  // The policy tables: every column on the page, none cut at its right edge.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(appUrl('view=policy&lang=zh'));
  await page.waitForSelector('.policy-table tbody tr');
  await page.emulateMedia({ media: 'print' });
  const wide = await page.evaluate(() => [...document.querySelectorAll('.policy-table')]
    .map((t) => ({ w: t.closest('.table-wrap').scrollWidth, c: t.closest('.table-wrap').clientWidth }))
    .filter(({ w, c }) => w > c + 1));
  assert.deepEqual(wide, []);
  await assertNoErrors(page);
});

test('static first screen: the overview is readable before (and without) the app, says what the app says, and gives way to it', async () => {
  // Without JavaScript (or before the wasm arrives): the findings with their numbers, in Chinese
  // (the page's default language); the English block is there for boot.js to choose, hidden.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const plain = await noJs.newPage();
  await plain.goto(appUrl());
  const zh = plain.locator('#prerender .pre-zh');
  assert.ok(await zh.isVisible(), 'the Chinese first screen shows');
  assert.equal(await plain.locator('#prerender .pre-en').isVisible(), false);
  assert.equal(await zh.locator('.finding').count(), 6);
  assert.match(await zh.locator('.finding > p').first().innerText(), /707,702/);
  await noJs.close();

  // The app blocked (its wasm never arrives): the overview is still there, in the URL's language,
  // and another view's address does not show the overview's text.
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.route(/\.wasm$/, (r) => r.abort());
  await page.goto(appUrl('lang=en'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const en = page.locator('#prerender .pre-en');
  assert.ok(await en.isVisible());
  const staticText = (await en.locator('.finding p').allInnerTexts()).join('\n');
  const figures = (els) => els.map((e) => e.innerHTML.replace(/<!--.*?-->/g, ''));
  const staticFigures = await en.locator('.finding-figure').evaluateAll(figures);
  assert.match(staticText, /707,702 in 2019/);
  // …and the page says the app could not load, above the findings.
  await page.waitForSelector('.app-failed[role="alert"]');
  assert.match(await page.locator('.app-failed').innerText(), /could not load/);
  await page.goto(appUrl('view=work-visas'));
  assert.equal(await page.locator('#prerender').isVisible(), false, 'another view: the first screen is hidden before the app runs');
  // Not a blank page: the notice, in both languages.
  await page.waitForSelector('.app-failed[role="alert"]');
  assert.match(await page.locator('.app-failed').innerText(), /交互式看板未能加载.*The interactive dashboard could not load/s);

  // With the app: it takes over with the same findings, and the first screen is gone.
  const app = await newPage(browser, { width: 390, height: 844 });
  await app.goto(appUrl('lang=en'));
  await app.waitForFunction(() => !document.getElementById('prerender') && document.querySelectorAll('[data-finding]').length === 6);
  const appText = (await app.locator('[data-finding] p').allInnerTexts()).join('\n');
  assert.equal(appText, staticText, 'the static first screen says exactly what the app says');
  // …and draws the same headlines and trend lines.
  assert.deepEqual(await app.locator('[data-finding] .finding-figure').evaluateAll(figures), staticFigures);
  assert.equal(await app.locator('.finding').count(), 6, 'one set of findings, not two');
  // The hand-over happens in one frame with the same markup: nothing on the screen moves.
  const shift = await app.evaluate(() => new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(sum), 200);
  }));
  assert.ok(shift < 0.01, `layout shift ${shift}`);
  await assertNoErrors(app);
});

test('static first screen: the first chart shows as its picture before the app runs, with the app\'s numbers and labels, and the app\'s chart takes its place', async () => {
  const ds = readDataset('work_and_green_cards');
  const total = (e, y) => ds.series.find((s) => s.entity === e && s.category === 'total').values[ds.years.indexOf(y)];
  const page = await newPage(browser, { width: 1280, height: 900 });
  // The app's wasm is held back until the picture has been looked at.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (r) => { await held; await r.continue(); });
  const pictures = [];
  page.on('request', (r) => { if (r.url().includes('/pre/')) pictures.push(new URL(r.url()).pathname); });
  await page.goto(appUrl('lang=zh'));
  const pre = '#prerender .pre-zh .pre-chart';
  await page.waitForSelector(`${pre} .pic svg`, { state: 'attached', timeout: 15000 });
  // Marked once the frame that shows it is drawn (the app is held: only the picture can mark).
  await page.waitForFunction(() => performance.getEntriesByName('first-chart').length === 1, null, { timeout: 5000 });
  const drawn = await page.evaluate((sel) => {
    const box = document.querySelector(sel);
    const shown = [...box.querySelectorAll('.pic')].filter((p) => getComputedStyle(p).display !== 'none');
    return {
      shown: shown.length,
      // Drawn for this box's width (across the page: its own drawing, not the 860 px one centred).
      widths: [Math.round(box.getBoundingClientRect().width), Number(shown[0].querySelector('svg').getAttribute('width'))],
      texts: shown.flatMap((p) => [...p.querySelectorAll('svg text')].map((t) => t.textContent)),
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      app: !!document.querySelector('[data-chart-id]'),
      box: JSON.stringify(box.getBoundingClientRect()),
      legend: [...document.querySelectorAll('#prerender .pre-zh .legend-item')].map((b) => b.textContent),
    };
  }, pre);
  assert.deepEqual(pictures, ['/pre/overview-table-2.zh.light.html'], 'the picture for this language and theme');
  assert.equal(drawn.shown, 1, 'one drawing, for the box\'s width');
  assert.ok(Math.abs(drawn.widths[0] - drawn.widths[1]) <= 1, `box and drawing widths ${drawn.widths}`);
  assert.deepEqual(drawn.marks, ['first-chart'], 'the first chart is marked shown before the app has run');
  assert.equal(drawn.app, false, 'the app has not run');
  assert.deepEqual(drawn.legend, ['2019 财年', '2023 财年']);
  for (const name of ['合计', '印度', '欧洲', '中国']) assert.ok(drawn.texts.includes(name), `${name} in ${drawn.texts}`);
  // The app's axis numbers (charts::axis_number: 万 for Chinese readers).
  const ticks = drawn.texts.filter((t) => /^\d+(\.\d+)?万$/.test(t));
  assert.ok(ticks.length >= 3, `ticks ${drawn.texts}`);

  // The app runs: its own chart, in the same place on the page (nothing above it moved), with the
  // dataset's values and the same tick labels.
  release();
  await page.waitForFunction(() => !document.getElementById('prerender') && performance.getEntriesByName('app-chart').length > 0, null, { timeout: 15000 });
  const after = await page.evaluate(() => {
    const el = document.querySelector('[data-chart-id="overview-table-2"] .echart');
    const chart = echarts.getInstanceByDom(el);
    const o = chart.getOption();
    const labels = chart.getZr().storage.getDisplayList(true).filter((e) => e.style && typeof e.style.text === 'string').map((e) => e.style.text);
    return { box: JSON.stringify(el.getBoundingClientRect()), data: o.series.map((s) => s.data.map((d) => (d !== null && typeof d === 'object' ? d.value : d))), regions: o.yAxis[0].data, labels, imgs: document.querySelectorAll('[data-chart-id="overview-table-2"] [role="img"]').length, first: performance.getEntriesByName('first-chart').length };
  });
  assert.equal(after.box, drawn.box, 'the chart box stays put');
  assert.deepEqual(after.regions, ['合计', '印度', '欧洲', '中国']);
  assert.deepEqual(after.data, [2019, 2023].map((y) => ['ALL', 'IN', 'EU', 'CN'].map((e) => total(e, y))));
  for (const t of ticks) assert.ok(after.labels.includes(t), `tick ${t} as the app draws it: ${after.labels}`);
  assert.equal(after.imgs, 1);
  assert.equal(after.first, 1);
  // The wasm was asked for once, by the loader (not preloaded beside the first screen).
  const order = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.initiatorType));
  assert.deepEqual(order, ['fetch']);
  await checkCardsAgainstData(page);
  // …and it is the app's chart from then on: the theme switch redraws it dark.
  await page.locator('header button.theme-switch').nth(1).click();
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-chart-id="overview-table-2"] .echart')).getOption().yAxis[0].axisLabel.color === '#e6e6e6');
  await assertNoErrors(page);

  // In English and dark from the address: that picture. With patterns on (`decal`) none: the
  // picture has no patterns, the app draws the chart.
  for (const [q, want] of [['lang=en&theme=dark', ['/pre/overview-table-2.en.dark.html']], ['decal=1', []]]) {
    const p = await newPage(browser, { width: 1280, height: 900 });
    const asked = [];
    p.on('request', (r) => { if (r.url().includes('/pre/')) asked.push(new URL(r.url()).pathname); });
    await p.route(/\.wasm$/, () => {});
    await p.goto(appUrl(q));
    await p.waitForTimeout(800);
    assert.deepEqual(asked, want, q);
    await p.context().close();
  }
  // Where the app is what the reader waits for (a view without a picture), boot.js preloads the
  // wasm; where a picture comes first, the wasm, ECharts and the data files start after it (on a
  // slow network they held it back), fetched by the app's loader.
  const wasmBy = (p) => p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.initiatorType));
  const other = await newPage(browser, { width: 1280, height: 900 });
  await other.goto(appUrl('view=policy'));
  await other.waitForSelector('[data-view="policy"]');
  assert.deepEqual(await wasmBy(other), ['link']);
  await assertNoErrors(other);
  const pictured = await newPage(browser, { width: 1280, height: 900 });
  await pictured.goto(appUrl('view=work-visas'));
  await waitForChart(pictured, '[data-chart-id="work-visas-totals"]');
  assert.deepEqual(await wasmBy(pictured), ['fetch']);
  const order2 = await pictured.evaluate(() => {
    const fc = performance.getEntriesByName('first-chart')[0].startTime;
    const started = (end) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(end)).map((e) => e.startTime);
    return { fc, heavy: [...started('.wasm'), ...started('echarts.js'), ...started('work_visas.json')] };
  });
  assert.equal(order2.heavy.length, 3);
  for (const t of order2.heavy) assert.ok(t >= order2.fc - 1, `started at ${t} ms, after the picture (${order2.fc} ms)`);
  await assertNoErrors(pictured);
});

test('explorer: codes the data do not know are left out of the chart, its title, the chips and the address, and said so', async () => {
  const page = await newPage(browser);
  const sel = chartSel('niv_explorer', 'explorer-totals');
  await page.goto(appUrl('view=explorer&regions=atlantis~india&classes=QQ&lang=en'));
  await page.waitForFunction(() => new URL(location.href).searchParams.get('regions') === 'india');
  await waitForChart(page, sel, 1);
  assert.equal((await query(page)).get('classes'), null, 'every class: the unknown one is gone');
  assert.equal(await page.locator(`${sel} h2`).innerText(), 'US nonimmigrant visas issued: all visa classes');
  const chips = await page.locator('[data-control="regions"] .chip').allInnerTexts();
  assert.equal(chips.length, 1, `${chips}`);
  assert.match(chips[0], /India/);
  assert.equal(await page.locator('[data-control="categories"] .chip, [data-control="classes"] .chip').count(), 0);
  const text = await page.locator('[data-notice="url"]').innerText();
  for (const k of ['regions=atlantis — not in the data, left out', 'classes=QQ — not in the data, left out']) assert.ok(text.includes(k), text);
  await assertNoErrors(page);
});

test('bar charts: the COVID band covers its two years\' bars, edge to edge, whatever labels the axis has room for', async () => {
  for (const [q, resource, id, width] of [
    ['view=students&lang=zh', 'students_by_level', 'students-by-level-CN', 390],
    ['view=students&lang=en', 'students_by_level', 'students-by-level-CN', 390],
    ['view=students&chart=students-by-level-CN&embed=1&lang=zh', 'students_by_level', 'students-by-level-CN', 600],
    ['view=global&lang=zh', 'international_students', 'global-students', 1366],
  ]) {
    const page = await newPage(browser, { width, height: 844 });
    const sel = chartSel(resource, id);
    await page.goto(appUrl(q));
    await waitForChart(page, sel);
    const got = await page.evaluate((sel) => {
      const c = echarts.getInstanceByDom(document.querySelector(sel + ' .echart'));
      const o = c.getOption();
      const area = o.series[0].markArea.data[0];
      const at = (i) => c.convertToPixel({ xAxisIndex: 0 }, o.xAxis[0].data[i]);
      const band = at(1) - at(0);
      const [a, b] = area.map((e) => o.xAxis[0].data.indexOf(e.xAxis));
      const drawn = c.getZr().storage.getDisplayList(true).filter((d) => d.type === 'polygon').map((d) => d.getBoundingRect());
      return { a, b, from: at(a) - band / 2, to: at(b) + band / 2, drawn: drawn.map((r) => [r.x, r.x + r.width]) };
    }, sel);
    assert.equal(got.b - got.a, 1, `${q}: two years`);
    assert.equal(got.drawn.length, 1, `${q}: one band`);
    const [x0, x1] = got.drawn[0];
    assert.ok(Math.abs(x0 - got.from) < 1.5 && Math.abs(x1 - got.to) < 1.5, `${q}: band ${x0}–${x1}, its bars ${got.from}–${got.to}`);
    await page.close();
  }
});

test('students: the title names the origins drawn', async () => {
  const page = await newPage(browser);
  const sel = chartSel('students', 'students-totals');
  await page.goto(appUrl('view=students&regions=IN&lang=en'));
  await waitForChart(page, sel, 1);
  assert.equal(await page.locator(`${sel} h2`).innerText(), 'Students from India in US higher education');
  await page.goto(appUrl('view=students&lang=zh'));
  await waitForChart(page, sel, 3);
  assert.equal(await page.locator(`${sel} h2`).innerText(), '在美国高校就读的中国、印度、英法德三国学生');
  await assertNoErrors(page);
});

test('explorer: names in the page language, typed in either; the State Department regions as groups; China · Europe · India in one click', async () => {
  const niv = readDataset('niv_explorer');
  const page = await newPage(browser, { locale: 'zh-CN' });
  await page.goto(appUrl('view=explorer&lang=zh'));
  const sel = chartSel('niv_explorer', 'explorer-totals');
  await waitForChart(page, sel, 3);
  assert.deepEqual(await page.locator('[data-control="regions"] .chip').allInnerTexts().then((t) => t.map((x) => x.replace('×', '').trim())), ['中国大陆', '欧洲', '印度']);
  assert.deepEqual((await readChart(page, sel)).series.map((s) => s.name), ['中国大陆', '欧洲', '印度']);
  // Either language finds a country.
  const input = page.locator('#regions-input');
  await input.fill('Republic of Korea');
  await input.press('Enter');
  await waitForChart(page, sel, 4);
  await input.fill('日本');
  await input.press('Enter');
  await waitForChart(page, sel, 5);
  assert.equal((await query(page)).get('regions'), 'china-mainland~group-europe~india~korea-south~japan');
  const offered = await page.evaluate(() => [...document.querySelectorAll('#regions-options option')].map((o) => o.value));
  assert.ok(offered.includes('欧洲') && offered.includes('中国台湾') && offered.includes('中国香港'), 'groups and Chinese names offered');
  // The comparison the dashboard makes everywhere, in one click; Europe = the State Department's block.
  await page.locator('[data-action="preset-cn-eu-in"]').click();
  await waitForChart(page, sel, 3);
  // It is the explorer's default: the address drops the key.
  assert.equal((await query(page)).get('regions'), null);
  assert.deepEqual(await page.locator('[data-control="regions"] .chip').allInnerTexts().then((t) => t.map((x) => x.replace('×', '').trim())), ['中国大陆', '欧洲', '印度']);
  const chart = await readChart(page, sel);
  const europe = niv.regions.indexOf('Europe');
  const members = new Set(niv.nationalities.map((n, i) => [n, i]).filter(([n]) => n.region === europe).map(([, i]) => i));
  const y = niv.years.indexOf(2019);
  const sum = niv.rows.filter((r) => members.has(r[0])).reduce((a, r) => a + (r[2][y] ?? 0), 0);
  assert.equal(chart.series[1].name, '欧洲');
  assert.equal(chart.series[1].data[chart.x.indexOf('2019 财年')], sum);
  await assertNoErrors(page);
});

// The errata page links these two rankings' values; their tables once showed them unmarked.
test('a ranking marks the values the report states otherwise (†), in its table and its tooltip', async () => {
  const page = await newPage(browser);
  for (const [id, resource, key, label, shown] of [['global-corridors', 'migration_corridors', 'UKR>RUS', 'Ukraine → Russia', '3,268,263†'], ['global-student-origins', 'student_origins', 'CHN', 'China', '1,038,886†']]) {
    await page.goto(appUrl(`view=global&chart=${id}&embed=1&lang=en`));
    const sel = chartSel(resource, id);
    await waitForChart(page, sel);
    const tip = await page.evaluate(async ([sel, label]) => {
      const el = document.querySelector(sel + ' .echart');
      const chart = echarts.getInstanceByDom(el);
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: chart.getOption().yAxis[0].data.indexOf(label) });
      await new Promise((r) => setTimeout(r, 400));
      const box = [...el.querySelectorAll('div')].find((d) => d.style.zIndex === '9999999' && d.innerText.trim());
      return box ? box.innerText : '';
    }, [sel, label]);
    assert.ok(tip.includes(label) && tip.includes(`${shown.replace('†', '')}`) && tip.includes('† This value differs'), `${id}: the tooltip marks it: ${tip}`);
    await page.locator(`${sel} [role="tab"][data-tab="table"]`).click();
    const row = await page.evaluate(([sel, key]) => [...document.querySelectorAll(sel + ' tbody tr')].filter((tr) => tr.dataset.key === key).map((tr) => tr.querySelector('td').textContent.trim()), [sel, key]);
    assert.deepEqual(row, [shown], id);
    assert.equal(await page.locator(`${sel} sup.erratum-mark`).count(), 1, `${id}: one value marked`);
    assert.ok(await page.locator(`${sel} [data-note="errata"]`).isVisible(), `${id}: the mark explained under the table`);
  }
  await assertNoErrors(page);
});
