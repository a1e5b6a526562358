// Charts that read at a glance on any screen: on every view, in both languages, at phone, tablet
// and desktop widths, no chart text is drawn over another and none runs past the chart's edge
// (read from each ECharts instance's own text elements), and every bar of a ranking is named; and
// on a phone the first chart of a view
// starts on the first screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, catalog, assertNoErrors, waitForApp } from './helpers.mjs';
import { readTexts, problems } from './layout.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WIDTHS = [360, 390, 768, 1366];
const VIEWS = catalog().views.filter((v) => v.figures.some((f) => f.chart)).map((v) => v.slug);

/** Every chart of the page drawn (a printout draws them all), then their texts. */
async function allCharts(page) {
  await page.waitForSelector('section[data-chart-id] .echart');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => [...document.querySelectorAll('section[data-chart-id]:not([hidden]) .echart')].every((el) => window.echarts && echarts.getInstanceByDom(el)), null, { timeout: 20000 });
  await page.waitForTimeout(150);
  return page.evaluate(readTexts);
}

for (const width of WIDTHS) {
  test(`${width} px: no chart text on another, none cut, on every view in Chinese and English`, async () => {
    const found = [];
    let charts = 0;
    for (const lang of ['zh', 'en']) {
      for (const view of VIEWS) {
        const page = await newPage(browser, { width, height: 900 });
        await page.goto(appUrl(`view=${view}&lang=${lang}`));
        for (const c of await allCharts(page)) {
          charts++;
          const p = problems(c);
          for (const [a, b] of p.overlaps) found.push(`${lang} ${c.id}: "${a}" over "${b}"`);
          for (const t of p.clipped) found.push(`${lang} ${c.id}: "${t}" cut at the edge`);
          for (const t of p.missing) found.push(`${lang} ${c.id}: bar "${t}" has no label`);
        }
        await assertNoErrors(page);
        await page.context().close();
      }
    }
    assert.ok(charts > 40, `${charts} charts read`);
    assert.deepEqual(found, []);
  });
}

test('on a 390 × 844 phone the first chart of every view starts on the first screen, the filters folded into one line', async () => {
  for (const view of VIEWS.filter((v) => v !== 'overview')) {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl(`view=${view}&lang=zh`));
    await page.waitForSelector('section[data-chart-id] .echart');
    const { top, drawer, summary } = await page.evaluate(() => {
      const el = document.querySelector('section[data-chart-id]:not([hidden]) .echart');
      const d = document.querySelector('details[data-control="drawer"]');
      return { top: el.getBoundingClientRect().top, drawer: d ? d.open : null, summary: d?.querySelector('summary').textContent };
    });
    assert.ok(top < 844 - 100, `${view}: the first chart starts at ${top} px`);
    assert.equal(drawer, false, `${view}: the filters are folded`);
    assert.match(summary, /^筛选 · /, `${view}: ${summary}`);
    await page.context().close();
  }
  // Opened, the drawer holds the filters; on a desktop it is open from the start.
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(appUrl('view=work-visas&lang=en'));
  const summary = page.locator('details[data-control="drawer"] > summary');
  // The years join the line once the data say which there are.
  await page.waitForFunction(() => document.querySelector('details[data-control="drawer"] > summary')?.textContent.includes('2014'));
  // The app's own bar, once it has taken over from the page's picture of it.
  await summary.waitFor({ state: 'visible' });
  assert.equal(await summary.innerText(), 'Filters · 3 regions · 5 classes · 2014–2023');
  await summary.click();
  await page.getByRole('checkbox', { name: 'India' }).uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('regions') === 'CN~EU');
  assert.match(await summary.innerText(), /^Filters · 2 regions/);
  const wide = await newPage(browser, { width: 1280, height: 900 });
  await wide.goto(appUrl('view=work-visas'));
  assert.equal(await wide.locator('details[data-control="drawer"]').evaluate((d) => d.open), true);
  await assertNoErrors(page);
  await assertNoErrors(wide);
});

test('on a phone a tooltip stays inside its chart and wraps: every value can be read, the stack has its total', async () => {
  for (const lang of ['zh', 'en']) {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl(`view=green-cards&lang=${lang}`));
    const sel = '[data-chart-id="green-cards-by-category-CN"] .echart';
    await page.waitForFunction((sel) => { const el = document.querySelector(sel); if (el) el.scrollIntoView({ block: 'center' }); return el && window.echarts && echarts.getInstanceByDom(el); }, sel, { timeout: 15000 });
    await page.waitForTimeout(300);
    await page.evaluate((sel) => {
      const chart = echarts.getInstanceByDom(document.querySelector(sel));
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: chart.getOption().xAxis[0].data.length - 1 });
    }, sel);
    await page.waitForTimeout(400);
    const tip = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const box = [...el.querySelectorAll('div')].find((d) => d.style.zIndex === '9999999' && d.innerText.trim());
      if (!box) return null;
      const r = box.getBoundingClientRect(), c = el.getBoundingClientRect();
      return { text: box.innerText, inside: r.left >= c.left - 1 && r.right <= c.right + 1, overflow: box.scrollWidth - box.clientWidth, lines: box.innerText.split('\n').length };
    }, sel);
    assert.ok(tip, `${lang}: the tooltip shows`);
    assert.ok(tip.inside, `${lang}: inside the chart`);
    assert.ok(tip.overflow <= 1, `${lang}: nothing runs past its edge (${tip.overflow} px): ${tip.text}`);
    assert.match(tip.text, lang === 'en' ? /\nTotal: [\d,]+\n/ : /\n合计: [\d,]+\n/, `${lang}: the stack's total: ${tip.text}`);
    await page.context().close();
  }
});

test('states a reader makes: more origins, a line near zero — no chart text on another, none cut', async () => {
  const found = [];
  const states = ['view=explorer&regions=china-mainland~india~mexico~germany~japan', 'view=students&regions=CN~IN~E3~GB'];
  for (const width of [390, 1366]) {
    for (const q of states) {
      const page = await newPage(browser, { width, height: 900 });
      await page.goto(appUrl(`${q}&lang=en`));
      for (const c of await allCharts(page)) {
        const p = problems(c);
        for (const [a, b] of p.overlaps) found.push(`${width} ${q} ${c.id}: "${a}" over "${b}"`);
        for (const t of p.clipped) found.push(`${width} ${q} ${c.id}: "${t}" cut at the edge`);
      }
      await assertNoErrors(page);
      await page.context().close();
    }
  }
  assert.deepEqual(found, []);
});

test('every bar of a ranking has its number at its end, as the data give it; on a phone the numbers replace the axis', async () => {
  const figs = catalog().views.flatMap((v) => v.figures.filter((f) => ['ranked', 'compare'].includes(f.family) && f.atDefault).map((f) => ({ view: v.slug, id: f.id })));
  const views = [...new Set(figs.map((f) => f.view))];
  const number = (label) => Number(label.replace(/[≈,%]/g, '').replace('\u2212', '-'));
  let labelled = 0;
  for (const width of [390, 1366]) {
    for (const view of views) {
      const page = await newPage(browser, { width, height: 900 });
      await page.goto(appUrl(`view=${view}&lang=en`));
      const texts = await allCharts(page);
      for (const f of figs.filter((x) => x.view === view)) {
        const c = texts.find((t) => t.id === f.id);
        if (!c) continue;
        const o = await page.evaluate((id) => {
          const opt = echarts.getInstanceByDom(document.querySelector(`section[data-chart-id="${id}"] .echart`)).getOption();
          const part = (d) => ({ v: d !== null && typeof d === 'object' ? d.value : d, label: d?.label?.show ? d.label.formatter : null });
          return {
            axis: opt.xAxis[0].axisLabel.show,
            stacked: opt.series.some((s) => s.stack),
            bars: opt.yAxis[0].data.map((name, i) => ({ name, parts: opt.series.map((s) => part(s.data[i])) })),
          };
        }, f.id);
        const where = `${width} ${f.id}`;
        assert.equal(o.axis, width >= 1366, `${where}: the value axis ${width >= 1366 ? 'stays' : 'gives way to the numbers'}`);
        for (const b of o.bars) {
          const labels = b.parts.map((p) => p.label).filter(Boolean);
          for (const l of labels) assert.ok(c.boxes.some((x) => x.text === l), `${where} ${b.name}: "${l}" is drawn`);
          labelled += labels.length;
          if (width < 1366) continue; // compact there (1.26M); the numbers are checked at full length
          if (o.stacked) {
            assert.ok(labels.length <= 1, `${where} ${b.name}: one total per stacked bar: ${labels}`);
            const sum = b.parts.reduce((a, p) => a + (p.v ?? 0), 0);
            if (labels.length) assert.ok(Math.abs(number(labels[0]) - sum) <= Math.max(1, sum * 0.01), `${where} ${b.name}: ${labels[0]} vs the parts' ${sum}`);
          } else {
            for (const p of b.parts) {
              if (p.v === null) assert.equal(p.label, null, `${where} ${b.name}: a gap has no number`);
              else assert.equal(number(p.label), Math.round(p.v * 100) / 100, `${where} ${b.name}`);
            }
          }
        }
      }
      await assertNoErrors(page);
      await page.context().close();
    }
  }
  assert.ok(labelled > 100, `${labelled} numbers at bars' ends`);
});

test("on a phone the current view's tab is in sight in the tab row, also after a switch, and the page stays put", async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  const tab = () =>
    page.evaluate(() => {
      const row = document.querySelector('.site-header nav ul');
      const a = row.querySelector('a[aria-current="page"]');
      const [r, t] = [row.getBoundingClientRect(), a.getBoundingClientRect()];
      return { slug: a.dataset.nav, left: t.left - r.left, right: r.right - t.right, scrolled: row.scrollLeft, y: window.scrollY };
    });
  for (const view of ['explorer', 'global', 'green-cards']) {
    await page.goto(appUrl(`view=${view}&lang=zh`));
    await waitForApp(page);
    await page.waitForFunction((v) => document.querySelector(`.site-header nav a[aria-current="page"][data-nav="${v}"]`), view);
    await page.waitForTimeout(100);
    const t = await tab();
    // The row fades its last 40 px: the tab sits clear of the fade.
    assert.ok(t.left >= 0 && t.right >= 40, `${view}: the tab is ${t.left} px from the row's left, ${t.right} px from its right`);
    assert.equal(t.y, 0, `${view}: the page did not scroll`);
  }
  // A switch from far down the page: the row follows, the page does not jump to it.
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.locator('.site-header nav a[data-nav="work-visas"]').evaluate((a) => a.click());
  await page.waitForFunction(() => document.querySelector('.site-header nav a[aria-current="page"][data-nav="work-visas"]'));
  await page.waitForTimeout(150);
  const t = await tab();
  assert.ok(t.left >= 0 && t.right >= 40, `work-visas: ${JSON.stringify(t)}`);
  await assertNoErrors(page);
  await page.context().close();
});

test('on a phone a wide table scrolls sideways with its first column in view', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(appUrl('view=explorer&regions=china-mainland~india~mexico~germany~japan&lang=en'));
  const card = page.locator('section[data-chart-id]').first();
  await card.locator('[role="tab"][data-tab="table"]').click();
  const wrap = card.locator('.table-wrap');
  await wrap.locator('tbody tr').first().waitFor();
  const scrolled = await wrap.evaluate((w) => {
    const first = () => w.querySelector('tbody tr > :first-child').getBoundingClientRect().left;
    const before = first();
    w.scrollLeft = w.scrollWidth;
    return { wide: w.scrollWidth > w.clientWidth + 50, moved: w.scrollLeft, left: first(), before, wrap: w.getBoundingClientRect().left };
  });
  assert.ok(scrolled.wide && scrolled.moved > 50, `the table is wider than the phone: ${JSON.stringify(scrolled)}`);
  assert.ok(Math.abs(scrolled.left - scrolled.wrap) <= 1, `the row names stay at the left: ${JSON.stringify(scrolled)}`);
  // The caption (the card's title, just above) is not drawn half cut off by the scroll: hidden on
  // screen, kept for screen readers.
  const caption = await wrap.locator('caption').evaluate((c) => ({ w: c.getBoundingClientRect().width, text: c.textContent }));
  assert.ok(caption.w <= 1 && caption.text.length > 5, `the caption: ${JSON.stringify(caption)}`);
  // A shadow at the right edge says there is more to the right, and leaves once the end is reached.
  const edge = async () => {
    const box = await wrap.evaluate((w) => {
      const r = w.getBoundingClientRect();
      const row = w.querySelector('tbody tr').getBoundingClientRect();
      return { x: r.right - 5, y: row.top + 1, width: 4, height: 3 };
    });
    const png = (await page.screenshot({ clip: box })).toString('base64');
    return page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
      return sum / (d.length / 4);
    }, png);
  };
  await wrap.evaluate((w) => (w.scrollLeft = 0));
  const more = await edge();
  await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
  const end = await edge();
  assert.ok(end - more > 12 && end > 240, `the right edge darker with more to see (${more.toFixed(0)}) than at the end (${end.toFixed(0)})`);
  await page.context().close();
});

test('on a phone the download menu opens inside the screen', async () => {
  for (const lang of ['en', 'zh']) {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl(`view=work-visas&lang=${lang}`));
    const menu = page.locator('section[data-chart-id="work-visas-totals"] .download-menu');
    await menu.locator('summary').click();
    const ul = menu.locator('ul');
    await ul.waitFor();
    const r = await ul.boundingBox();
    assert.ok(r.x >= 0 && r.x + r.width <= 390, `${lang}: the menu at ${r.x}–${r.x + r.width}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), `${lang}: the page does not scroll sideways`);
    // Opened at the screen's bottom edge, it is brought into sight.
    await menu.locator('summary').click();
    await page.evaluate(() => {
      const s = document.querySelector('section[data-chart-id="work-visas-totals"] .download-menu summary');
      window.scrollBy(0, s.getBoundingClientRect().bottom - innerHeight + 4);
    });
    await menu.locator('summary').click();
    await ul.waitFor();
    await page.waitForFunction(() => document.querySelector('section[data-chart-id="work-visas-totals"] .download-menu ul').getBoundingClientRect().bottom <= innerHeight);
    const shown = await ul.boundingBox();
    assert.ok(shown.y >= 0 && shown.y + shown.height <= 844, `${lang}: the menu at ${shown.y}–${shown.y + shown.height}`);
    await page.context().close();
  }
});

test('in the filters every checkbox and colour key keeps its size beside a label that wraps', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  for (const q of ['view=green-cards&lang=en', 'view=work-visas&lang=en', 'view=students&lang=zh']) {
    await page.goto(appUrl(q));
    await waitForApp(page);
    await page.waitForSelector('details[data-control="drawer"][open] .control label .swatch');
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('details[data-control="drawer"] .control label')].flatMap((l) =>
        [...l.querySelectorAll('input[type="checkbox"], .swatch')].map((e) => {
          const r = e.getBoundingClientRect();
          return { label: l.textContent.trim(), what: e.tagName, width: Math.round(r.width), height: Math.round(r.height) };
        })));
    assert.ok(sizes.length > 4, `${q}: ${sizes.length}`);
    for (const s of sizes) assert.equal(s.width, s.height, `${q}: ${s.label}: ${s.what} ${s.width}×${s.height}`);
  }
  await assertNoErrors(page);
});

test('on a phone the policy tables fit the screen: each row a block, each text under its column\'s name', async () => {
  for (const lang of ['en', 'zh']) {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto(appUrl(`view=policy&lang=${lang}`));
    await page.waitForSelector('[data-chart-id="policy-table-5"] tbody tr');
    const tables = await page.evaluate(() => [...document.querySelectorAll('.policy-table')].map((t) => {
      const wrap = t.closest('.table-wrap');
      const heads = [...t.querySelectorAll('thead th')].map((h) => h.textContent.trim());
      const rows = [...t.querySelectorAll('tbody tr')];
      const labelled = rows.every((r) => [...r.cells].every((c, i) => getComputedStyle(c, '::before').content === JSON.stringify(heads[i])));
      const narrowest = Math.min(...rows.flatMap((r) => [...r.cells].map((c) => c.getBoundingClientRect().width)));
      return { id: t.closest('[data-chart-id]').dataset.chartId, wide: t.scrollWidth, room: wrap.clientWidth, narrowest, labelled, tall: Math.max(...rows.map((r) => r.getBoundingClientRect().height)) };
    }));
    assert.equal(tables.length, 3);
    for (const t of tables) {
      assert.ok(t.wide <= t.room, `${lang} ${t.id}: ${t.wide} px wide in ${t.room}`);
      assert.ok(t.labelled, `${lang} ${t.id}: every cell under its column's name`);
      assert.ok(t.tall < 1200, `${lang} ${t.id}: its tallest row ${t.tall} px`);
      assert.ok(t.narrowest > 0.9 * t.room, `${lang} ${t.id}: a cell ${t.narrowest} px wide of ${t.room}`);
    }
    await assertNoErrors(page);
    await page.context().close();
  }
});

test('on a desktop a policy table\'s number column is narrow and its numbers and heading stay on one line', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  await page.goto(appUrl('view=policy&lang=en'));
  await page.waitForSelector('[data-chart-id="policy-table-4"] tbody tr');
  const got = await page.evaluate(() => {
    const t = document.querySelector('[data-chart-id="policy-table-4"] table');
    // The line boxes of a cell's text.
    const lines = (el) => {
      const tops = new Set();
      for (const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); w.nextNode();) {
        const r = document.createRange();
        r.selectNodeContents(w.currentNode);
        for (const x of r.getClientRects()) tops.add(Math.round(x.top));
      }
      return tops.size;
    };
    const cells = [t.querySelector('thead th'), ...t.querySelectorAll('td.num')];
    return { broken: cells.filter((c) => lines(c) > 1).map((c) => c.textContent), width: cells[0].getBoundingClientRect().width, of: t.getBoundingClientRect().width };
  });
  assert.deepEqual(got.broken, []);
  assert.ok(got.width < 0.1 * got.of, `the number column ${got.width} px of ${got.of}`);
  await assertNoErrors(page);
});

test('on a phone every time chart names its latest year under the axis, in both languages', async () => {
  const missing = [];
  let checked = 0;
  for (const lang of ['zh', 'en']) {
    const page = await newPage(browser, { width: 390, height: 844 });
    for (const view of ['students', 'work-visas', 'global']) {
      await page.goto(appUrl(`view=${view}&lang=${lang}`));
      await page.waitForSelector('section[data-chart-id] .echart');
      // Printing draws every chart at once.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.waitForFunction(() => [...document.querySelectorAll('section[data-chart-id]:not([hidden]) .echart')].every((el) => window.echarts && echarts.getInstanceByDom(el)), null, { timeout: 20000 });
      await page.waitForTimeout(150);
      const found = await page.evaluate(() => [...document.querySelectorAll('section[data-chart-id]:not([hidden]) .echart')].flatMap((el) => {
        const c = echarts.getInstanceByDom(el);
        const x = [].concat(c.getOption().xAxis || [])[0];
        if (!x || x.type !== 'category' || !x.data?.length) return [];
        const last = String(x.data.at(-1));
        const drawn = c.getZr().storage.getDisplayList(true).some((d) => d.type === 'tspan' && !d.ignore && d.style?.text === last);
        return [{ id: el.closest('[data-chart-id]').dataset.chartId, last, drawn }];
      }));
      for (const f of found) {
        checked++;
        if (!f.drawn) missing.push(`${lang} ${view} ${f.id}: ${f.last}`);
      }
    }
    await assertNoErrors(page);
    await page.context().close();
  }
  assert.ok(checked >= 20, `${checked} charts`);
  assert.deepEqual(missing, []);
});
