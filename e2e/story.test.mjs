// The story: the six findings as steps, each its own address, its chart carrying the step's
// readings (catalog.json `story`); next and previous by button, arrow key and swipe; a step
// embeds as itself; no text over another on a phone or a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, chartSel, waitForChart, readDataset, query, assertNoErrors, catalog, waitForApp } from './helpers.mjs';
import { readTexts, problems } from './layout.mjs';

const STEPS = catalog().story;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The step's chart's readings as the option holds them: point labels and named spans. */
function readings(sel) {
    const opt = window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption();
    const labels = opt.series.flatMap((s) => (s.data || []).map((d) => d && d.label && d.label.show && d.label.formatter).filter(Boolean));
    const spans = opt.series.flatMap((s) => ((s.markArea && s.markArea.data) || []).map((d) => d[0] && d[0].name).filter(Boolean));
    return [...labels, ...spans];
}

/** A reading's template as a pattern: `{value}` and `{year}` stand for any text. */
const pattern = (t) => new RegExp('^' + t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(value|year)\}/g, '.+') + '$');

test('each of the six steps loads from its address with its readings drawn and no text over another', async () => {
  assert.equal(STEPS.length, 6);
  const found = [];
  for (const [width, lang] of [[390, 'zh'], [390, 'en'], [1366, 'zh'], [1366, 'en']]) {
    const page = await newPage(browser, { width, height: 900 });
    for (const s of STEPS) {
      await page.goto(appUrl(`view=story&step=${s.step}&lang=${lang}`));
      const sel = chartSel(s.resource, s.chart);
      await waitForChart(page, sel);
      assert.equal(await page.locator('[data-view="story"]').getAttribute('data-step'), String(s.step));
      const drawn = await page.evaluate(readings, sel);
      for (const n of s.notes) assert.ok(drawn.some((d) => pattern(n[lang]).test(d)), `step ${s.step} ${lang}: "${n[lang]}" not in ${JSON.stringify(drawn)}`);
      assert.equal(drawn.length, s.notes.length, `step ${s.step}: only its readings`);
      if (s.step === 1) {
        // India's FY2020–21 break in the line says why, under the chart (the data's `gaps`).
        const gap = await page.locator(`${sel} .chart-panel .chart-key span`).allInnerTexts();
        const india = lang === 'en' ? /^India, FY2020, FY2021: no total — the work visas are known but not the employment green cards/ : /^印度（2020 财年，2021 财年）无合计：有工作签证的数值，没有职业类移民签证的/;
        assert.ok(gap.some((g) => india.test(g)), `step 1 ${lang}: ${JSON.stringify(gap)}`);
      }
      // Every value in a label is the chart's own: the table tab's text of that cell (less an
      // erratum's mark, which the tooltip and table explain).
      const cells = await page.evaluate((sel) => [...document.querySelectorAll(sel + ' td')].map((td) => td.textContent.trim().replace(/[^\d.,%]+$/, '')), sel);
      for (const d of drawn.filter((x) => /\d/.test(x))) assert.ok(cells.some((c) => d.includes(c)), `step ${s.step}: "${d}" quotes a value of the table`);
      await page.waitForTimeout(150);
      for (const c of await page.evaluate(readTexts)) {
        const p = problems(c);
        for (const [a, b] of p.overlaps) found.push(`step ${s.step} ${width} ${lang}: "${a}" over "${b}"`);
        for (const t of p.clipped) found.push(`step ${s.step} ${width} ${lang}: "${t}" cut`);
      }
    }
    await assertNoErrors(page);
    await page.context().close();
  }
  assert.deepEqual(found, []);
});

/** In the page: each reading's label box (its text as drawn), and how far a line of the chart runs
 * through it, in px (ECharts' own coordinates of every point). */
function readingsOverLines(sel) {
  const chart = window.echarts.getInstanceByDom(document.querySelector(sel + ' .echart'));
  const opt = chart.getOption();
  const texts = chart.getZr().storage.getDisplayList(true).filter((d) => d.type === 'tspan' && !d.ignore);
  const box = (d) => { const r = d.getBoundingRect().clone(); const m = d.getComputedTransform(); if (m) r.applyTransform(m); return r; };
  const segments = [];
  const points = [];
  opt.series.forEach((s, si) => {
    if (s.type !== 'line' && s.type !== 'scatter') return;
    const pts = s.data.map((d, i) => { const v = d !== null && typeof d === 'object' ? d.value : d; return v === null || v === undefined ? null : chart.convertToPixel({ seriesIndex: si }, [i, v]); });
    if (s.type === 'line') {
      for (let i = 1; i < pts.length; i++) if (pts[i - 1] && pts[i]) segments.push([pts[i - 1], pts[i]]);
    } else {
      pts.forEach((p, i) => p && points.push([...p, ((s.data[i] && s.data[i].symbolSize) || s.symbolSize || 10) / 2]));
    }
  });
  // The length of a–b inside r (sampled every px: plain enough to trust).
  const inside = (r, a, b) => {
    const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]));
    let k = 0;
    for (let i = 0; i <= n; i++) { const x = a[0] + ((b[0] - a[0]) * i) / n; const y = a[1] + ((b[1] - a[1]) * i) / n; if (x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height) k++; }
    return k;
  };
  const out = [];
  for (const s of opt.series) for (const d of s.data || []) {
    if (!(d && d.label && d.label.show && d.symbolSize === 12)) continue;
    const t = texts.find((x) => x.style && x.style.text === d.label.formatter);
    if (!t) { out.push({ text: d.label.formatter, drawn: false }); continue; }
    const r = box(t);
    // A point of a chart of points a quarter or more under the label's box (its text, padding and
    // border over the point's square).
    const [py, px] = d.label.padding || [0, 0];
    const b = { x: r.x - px - 1, y: r.y - py - 1, width: r.width + 2 * px + 2, height: r.height + 2 * py + 2 };
    const under = ([x, y, k]) => Math.max(0, Math.min(x + k, b.x + b.width) - Math.max(x - k, b.x)) * Math.max(0, Math.min(y + k, b.y + b.height) - Math.max(y - k, b.y));
    const hidden = points.filter((p) => under(p) >= (p[2] * p[2] * 4) / 4).length;
    out.push({ text: d.label.formatter, drawn: true, over: segments.reduce((a, [p, q]) => a + inside(r, p, q), 0), hidden });
  }
  return out;
}

test('on a phone and a desktop each reading sits clear of the lines and points, moved off its side where it has to be', async () => {
  const found = [];
  let checked = 0;
  for (const [width, lang] of [[390, 'en'], [390, 'zh'], [1366, 'en']]) {
    const page = await newPage(browser, { width, height: 900 });
    for (const s of STEPS) {
      await page.goto(appUrl(`view=story&step=${s.step}&lang=${lang}`));
      const sel = chartSel(s.resource, s.chart);
      await waitForChart(page, sel);
      await page.waitForTimeout(150);
      for (const r of await page.evaluate(readingsOverLines, sel)) {
        checked++;
        if (!r.drawn) found.push(`step ${s.step} ${width} ${lang}: "${r.text}" not drawn`);
        else if (r.over > 2) found.push(`step ${s.step} ${width} ${lang}: "${r.text}" over ${r.over} px of a line`);
        else if (r.hidden > 0) found.push(`step ${s.step} ${width} ${lang}: "${r.text}" over ${r.hidden} point(s)`);
      }
    }
    await assertNoErrors(page);
    await page.context().close();
  }
  assert.ok(checked >= 20, `${checked} readings checked`);
  assert.deepEqual(found, []);
});

test('the report\'s "India 1.5 times 2019" is read off the State Department\'s numbers', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=story&step=4&lang=en'));
  const s = STEPS[3];
  await waitForChart(page, chartSel(s.resource, s.chart));
  const wv = readDataset('work_visas');
  const at = (y) => wv.series.find((x) => x.entity === 'IN' && x.category === 'total').values[wv.years.indexOf(y)];
  const pct = ((at(2023) / at(2019)) * 100).toFixed(1);
  assert.ok((await page.evaluate(readings, chartSel(s.resource, s.chart))).includes(`India: ${pct}% of 2019`), pct);
  await page.context().close();
});

test("each of the overview's findings leads to its step of the story, in the reader's language", async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  await page.goto(appUrl('view=overview&lang=zh'));
  // The build's first screen has the links too (before the app runs).
  assert.equal(await page.locator('.finding .story-step-link').first().getAttribute('href'), '?view=story&lang=zh');
  await page.waitForSelector('[data-finding="4"] .story-step-link');
  const link = page.locator('[data-finding="4"] .story-step-link');
  assert.equal(await link.innerText(), '“六项发现”第 4 步 →');
  await link.click();
  await page.waitForSelector('[data-view="story"][data-step="4"]');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'zh');
  await assertNoErrors(page);
  await page.context().close();
});

test('next and previous by button, arrow key and swipe; the overview leads here; a step opens its full chart', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(appUrl('view=overview&lang=en'));
  await page.locator('[data-action="open-story"]').click();
  await page.waitForSelector('[data-view="story"][data-step="1"]');
  const step = async () => Number(await page.locator('[data-view="story"]').getAttribute('data-step'));
  const at = async (n) => {
    await page.waitForFunction((n) => document.querySelector('[data-view="story"]')?.dataset.step === String(n), n);
    await page.waitForFunction((n) => new URLSearchParams(location.search).get('step') === (n === 1 ? null : String(n)), n);
  };
  assert.equal(await page.locator('.story-prev').isVisible(), false, 'no previous on the first step');
  await page.locator('[data-action="story-next"]').click();
  await at(2);
  await page.keyboard.press('ArrowRight');
  await at(3);
  await page.keyboard.press('ArrowLeft');
  await at(2);
  // A swipe to the left is the next step; to the right, the previous.
  const swipe = (dx) =>
    page.evaluate((dx) => {
      const el = document.querySelector('.story-step');
      const t = (x) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
      el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [t(200)], changedTouches: [t(200)] }));
      el.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [t(200 + dx)] }));
    }, dx);
  await swipe(-120);
  await at(3);
  await swipe(120);
  await at(2);
  await swipe(-20);
  await page.waitForTimeout(100);
  assert.equal(await step(), 2, 'a short move is not a swipe');
  // Back in history is the step before.
  await page.goBack();
  await at(3);
  // The last step has no next; its link opens the full chart in its view.
  await page.goto(appUrl('view=story&step=6&lang=en'));
  // The build's picture of the step (with its own pager) stays until the app's chart has drawn.
  await page.waitForSelector('[data-view="story"][data-step="6"]');
  await waitForApp(page);
  assert.equal(await page.locator('.story-next').isVisible(), false);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.equal(await step(), 6);
  // The link follows the reader's language switched on the step.
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  await page.waitForFunction(() => new URL(document.querySelector('[data-action="story-explore"]').href).searchParams.get('lang') === 'zh');
  await page.locator('[data-action="story-explore"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('view') === 'china');
  assert.equal((await query(page)).get('chart'), null, 'the finding\'s "show me": the whole China view');
  await assertNoErrors(page);
  await page.context().close();
});

test('a step embeds as itself, and a bad step falls back to the first with a notice', async () => {
  const page = await newPage(browser, { width: 600, height: 800 });
  await page.goto(appUrl('view=story&step=4&embed=1&lang=en'));
  const s = STEPS[3];
  const sel = chartSel(s.resource, s.chart);
  await waitForChart(page, sel);
  await waitForApp(page);
  assert.equal(await page.locator('.site-header').count(), 0, 'no site header in an embed');
  assert.equal((await page.evaluate(readings, sel)).length, s.notes.length);
  // The card's own link and embed code keep the step.
  await page.goto(appUrl('view=story&step=4&lang=en'));
  await waitForChart(page, sel);
  await page.locator(`${sel} [data-action="embed"]`).click();
  await page.waitForFunction((sel) => document.querySelector(sel + ' dialog textarea')?.value.includes('iframe'), sel);
  const src = new URL((await page.locator(`${sel} dialog textarea`).inputValue()).match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.deepEqual(['view', 'step', 'embed', 'chart'].map((k) => src.searchParams.get(k)), ['story', '4', '1', null], src.href);
  await page.goto(appUrl('view=story&step=9&lang=en'));
  await page.waitForSelector('[data-view="story"][data-step="1"]');
  assert.match(await page.locator('.notice').first().innerText(), /step/);
  await assertNoErrors(page);
  await page.context().close();
});
