// The explorer's rankings over time: every nationality (or region group) ranked for the chosen
// visa classes and one year, as the NIV Detail Table counts them; a slider and a play button step
// through the years; the same card (table, share, embed) as every chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, chartSel, waitForChart, readChart, readDataset, query, assertNoErrors } from './helpers.mjs';
import { readTexts, problems } from './layout.mjs';

const RANK = chartSel('niv_explorer', 'explorer-rank');
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const niv = readDataset('niv_explorer');

/** Every nationality's visas of `cls` in `year`, from the file's rows (a nationality or class the
 * year's sheet does not have is not ranked), largest first. */
function expected(cls, year) {
  const y = niv.years.indexOf(year);
  const c = niv.classes.indexOf(cls);
  const listed = niv.class_years[c].includes(y);
  const out = [];
  niv.nationalities.forEach((n, i) => {
    if (!listed || !n.years.includes(y)) return;
    const v = niv.rows.filter((r) => r[0] === i && r[1] === c).reduce((a, r) => a + (r[2][y] ?? 0), 0);
    out.push({ code: n.code, name: n.label.en, v });
  });
  return out.sort((a, b) => b.v - a.v || (a.code < b.code ? -1 : 1));
}

/** The ranking as ECharts draws it: bar names and values, top first. */
async function drawnRanking(page) {
  const c = await readChart(page, RANK);
  const names = await page.evaluate((sel) => window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().yAxis[0].data, RANK);
  return { names: [...names].reverse(), values: [...c.series[0].data].reverse() };
}

test('the ranking equals the NIV data for two random class and year pairs', async () => {
  // Classes with visas in many years, so a random year has a ranking to check.
  const classes = ['H-1B', 'F-1', 'J-1', 'L-1', 'B-1,2', 'O-1', 'E-2', 'H-2A'].filter((c) => niv.classes.includes(c));
  const seed = Date.now();
  let s = seed;
  const rand = (n) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
  for (let k = 0; k < 2; k++) {
    const cls = classes[rand(classes.length)];
    const want = [];
    let year;
    for (let tries = 0; tries < 20 && want.length < 20; tries++) {
      year = niv.years[rand(niv.years.length)];
      want.splice(0, want.length, ...expected(cls, year));
    }
    const page = await newPage(browser, { width: 1280, height: 900 });
    await page.goto(appUrl(`view=explorer&layout=rank&year=${year}&classes=${encodeURIComponent(cls)}&lang=en`));
    await waitForChart(page, RANK, 1);
    const got = await drawnRanking(page);
    const top = want.slice(0, 20);
    assert.deepEqual(got.values, top.map((x) => x.v), `seed ${seed}: ${cls} FY${year}`);
    assert.deepEqual(got.names, top.map((x) => x.name), `seed ${seed}: ${cls} FY${year}`);
    assert.match(await page.locator(`${RANK} h2`).innerText(), new RegExp(cls.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(await page.locator(`${RANK} .chart-subtitle`).first().innerText(), new RegExp(`FY${year}`));
    await assertNoErrors(page);
    await page.context().close();
  }
});

test('the play button steps through the years, and the slider picks one', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  await page.goto(appUrl('view=explorer&layout=rank&year=2020&classes=H-1B&lang=en'));
  await waitForChart(page, RANK, 1);
  const shown = () => page.locator('[data-rank-year]').innerText();
  assert.equal(await shown(), '2020');
  const first = (await drawnRanking(page)).values;
  await page.locator('[data-action="play"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2022', null, { timeout: 5000 });
  assert.equal(await page.locator('[data-action="play"]').getAttribute('aria-pressed'), 'true');
  await page.locator('[data-action="play"]').click();
  const stopped = await shown();
  await page.waitForTimeout(1500);
  assert.equal(await shown(), stopped, 'paused');
  assert.notDeepEqual((await drawnRanking(page)).values, first, 'the chart follows the year');
  // The slider, by keyboard.
  await page.locator('input[name="year"]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === String(y), Number(stopped) - 1);
  const want = expected('H-1B', Number(stopped) - 1).slice(0, 20).map((x) => x.v);
  await page.waitForFunction(([sel, v]) => window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().series[0].data.map((d) => (typeof d === 'object' && d ? d.value : d)).reverse()[0] === v, [RANK, want[0]]);
  await context.close();
  // A reader who prefers reduced motion gets the slider, no animation to play.
  const still = await newPage(browser, { width: 1280, height: 900 });
  await still.goto(appUrl('view=explorer&layout=rank&classes=H-1B&lang=en'));
  await waitForChart(still, RANK, 1);
  assert.equal(await still.locator('[data-action="play"]').count(), 0);
  assert.equal(await still.locator('[data-rank-year]').innerText(), String(niv.years.at(-1)), 'the latest year by default');
  await still.context().close();
});

test('regions ranked, every nationality shown, shares: each from the same controls and URL', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(appUrl('view=explorer&lang=en'));
  await page.getByRole('radio', { name: 'Regions ranked' }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'rank-groups');
  await waitForChart(page, RANK, 1);
  const regions = (await drawnRanking(page)).names;
  assert.ok(regions.includes('Asia') && regions.includes('Europe') && regions.length <= niv.regions.length, `${regions}`);
  // Every nationality, with shares that add up to 100 %.
  await page.getByRole('radio', { name: 'Nationalities ranked' }).check();
  await page.locator('select[name="top"]').selectOption('all');
  await page.getByRole('radio', { name: 'Share (%)' }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('mode') === 'share' && new URLSearchParams(location.search).get('top') === 'all');
  await page.waitForFunction((sel) => window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart'))?.getOption().series[0].data.length > 100, RANK);
  const shares = (await drawnRanking(page)).values;
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 100) < 1e-6, 'shares add up to 100');
  const listed = niv.nationalities.filter((n) => n.years.includes(niv.years.length - 1)).length;
  assert.equal(shares.length, listed, 'every nationality in the latest sheet');
  const q = await query(page);
  assert.equal(q.get('layout'), 'rank');
  // Back to the lines: the nationalities' picker is there again.
  await page.getByRole('radio', { name: 'Over time' }).check();
  await waitForChart(page, chartSel('niv_explorer', 'explorer-totals'));
  assert.ok(await page.locator('[data-action="preset-cn-eu-in"]').isVisible());
  await assertNoErrors(page);
  await page.context().close();
});

test('a fall is written with the minus sign, as in print, at the end of its bar (never a hyphen)', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  // FY2020 against FY2019: every origin's F-1 visas fell.
  await page.goto(appUrl('view=explorer&chart=explorer-rank&embed=1&classes=F-1&mode=yoy&year=2020&lang=en'));
  await waitForChart(page, RANK, 1);
  const drawn = await page.evaluate((sel) => {
    const chart = window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart'));
    return chart.getZr().storage.getDisplayList(true).filter((d) => d.type === 'tspan' && !d.ignore).map((d) => d.style.text);
  }, RANK);
  assert.ok(drawn.some((t) => /^\u2212\d/.test(t)), `a fall at a bar's end: ${drawn.join(' | ')}`);
  assert.deepEqual(drawn.filter((t) => /^-\d/.test(t)), [], 'no hyphen for a minus');
  await assertNoErrors(page);
  await page.context().close();
});

test('an embedded ranking, and no text over another on a phone or a desktop, in both languages', async () => {
  const found = [];
  for (const [width, lang] of [[390, 'zh'], [390, 'en'], [1366, 'zh'], [1366, 'en']]) {
    const page = await newPage(browser, { width, height: 900 });
    await page.goto(appUrl(`view=explorer&chart=explorer-rank&embed=1&classes=F-1&mode=yoy&year=2022&lang=${lang}`));
    await waitForChart(page, RANK, 1);
    assert.equal(await page.locator('section[data-chart-id]').count(), 1, 'the ranking alone');
    if (lang === 'en') assert.match(await page.locator(`${RANK} .chart-note`).first().innerText(), /at least 100 visas in FY2021/);
    await page.waitForTimeout(200);
    for (const c of await page.evaluate(readTexts)) {
      const p = problems(c);
      for (const [a, b] of p.overlaps) found.push(`${width} ${lang}: "${a}" over "${b}"`);
      for (const t of p.clipped) found.push(`${width} ${lang}: "${t}" cut`);
      for (const t of p.missing) found.push(`${width} ${lang}: bar "${t}" unnamed`);
    }
    await assertNoErrors(page);
    await page.context().close();
  }
  assert.deepEqual(found, []);
});
