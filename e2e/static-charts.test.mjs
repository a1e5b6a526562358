// An embedded chart is on screen before the app has run: its picture, drawn at build time by
// ECharts from the app's own option (src/prerender/charts.rs), shown by boot.js; the app takes its
// place, in the same spot, when its own chart has drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, chartSel, catalog, assertNoErrors } from './helpers.mjs';

const TOTALS = chartSel('work_visas', 'work-visas-totals');
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A page whose app (its wasm) waits until `release()`; the requests for pictures are listed. */
async function heldPage(width, locale = 'en-US') {
  const page = await newPage(browser, { width, height: 900, locale });
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  page.pictures = [];
  page.stylesheets = [];
  page.on('request', (r) => {
    if (/\/pre\/.*\.html$/.test(new URL(r.url()).pathname)) page.pictures.push(new URL(r.url()).pathname);
    if (r.resourceType() === 'stylesheet') page.stylesheets.push(r.url());
  });
  return { page, release };
}

const staticBox = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('#static-chart .pre-chart');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const shown = [...el.querySelectorAll('.pic')].filter((p) => getComputedStyle(p).display !== 'none');
    const svg = shown[0] && shown[0].querySelector('svg').getBoundingClientRect();
    return { rect: [r.x, r.y, r.width, r.height], svg: svg && [svg.x, svg.y, svg.width, svg.height], shown: shown.map((p) => p.className), texts: shown.flatMap((p) => [...p.querySelectorAll('svg text')].map((t) => t.textContent)), label: el.getAttribute('aria-label') };
  });

// [what, view, its file, chart id, described as, widths]: embeds, and views opened on their own.
const CASES = [
  ['an embed', 'work-visas', 'work_visas', 'work-visas-totals', /India/, [360, 390, 700, 1200]],
  ['an embed', 'global', 'migrant_destinations', 'global-destinations', /United States/, [390, 1200]],
  ['a view', 'work-visas', 'work_visas', 'work-visas-totals', /India/, [390, 768, 1366]],
  ['a view', 'global', 'world_migrants', null, /./, [390, 1366]],
  ['a view', 'students', 'students', 'students-totals', /India/, [1366]],
  ['a view', 'explorer', 'niv_explorer', 'explorer-totals', /./, [390, 1366]],
];
for (const [what, slug, resource, chartId, described, widths] of CASES) {
  for (const width of widths) {
    const embed = what === 'an embed';
    const id = chartId || catalog().views.find((v) => v.slug === slug).figures.find((f) => f.chart).id;
    test(`${width} px, ${what}, ${id}: its first chart shows before the app runs, and the app takes its place without a jump`, async () => {
      const { page, release } = await heldPage(width);
      await page.goto(appUrl(embed ? `view=${slug}&chart=${id}&embed=1&lang=en` : `view=${slug}&lang=en`));
      await page.waitForSelector('#static-chart .pre-chart svg', { state: 'attached', timeout: 10000 });
      assert.deepEqual(page.pictures, [embed ? `/pre/${id}.en.light.html` : `/pre/view-${slug}.en.light.html`], 'one fragment');
      // Its styles are in the page (index.html): the picture waits for no stylesheet of its own.
      assert.deepEqual(page.stylesheets, [], 'no stylesheet requested');
      const title = catalog().views.find((v) => v.slug === slug).figures.find((f) => f.id === id).title.en;
      const preTitle = await page.locator('#static-chart h2').first().innerText();
      assert.equal(preTitle, title, 'the catalog names the chart as the picture does');
      const pre = await staticBox(page);
      assert.match(pre.label, described, 'the picture is described in words');
      assert.equal(pre.shown.length, 1, `one drawing shows, for the box's width: ${pre.shown}`);
      const [bx, by, bw, bh] = pre.rect;
      const [sx, sy, sw, sh] = pre.svg;
      assert.ok(sx >= bx - 1 && sy >= by - 1 && sx + sw <= bx + bw + 1 && sy + sh <= by + bh + 1, `the drawing ${pre.svg} stays in its box ${pre.rect}`);
      assert.equal(await page.locator('[data-chart-id]').count(), 0, 'the app has not run yet');
      // Marked once the frame that shows it is drawn; the app is held, so only the picture can.
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length === 1, null, { timeout: 5000 });
      // The whole card, to its tools row (and an embed's link to the dashboard), so what follows stays put.
      const preCard = await page.evaluate(() => { const r = document.querySelector('#static-chart .chart-card').getBoundingClientRect(); return [r.y, r.height].map(Math.round); });
      // ECharts, what the reader waits for next, loads beside the picture: not when the app asks.
      await page.waitForFunction(() => typeof window.echarts === 'object', null, { timeout: 10000 });

      release();
      await page.waitForFunction(() => performance.getEntriesByName('app-chart').length > 0 && !document.getElementById('static-chart'), null, { timeout: 15000 });
      const app = await page.evaluate((sel) => {
        const el = document.querySelector(sel + ' .echart');
        const r = el.getBoundingClientRect();
        const inst = window.echarts.getInstanceByDom(el);
        // The value axis' labels as the live chart draws them.
        const labels = inst
          .getZr()
          .storage.getDisplayList(true)
          .filter((e) => e.style && typeof e.style.text === 'string')
          .map((e) => e.style.text);
        return { rect: [r.x, r.y, r.width, r.height], labels, visible: getComputedStyle(el).visibility, cls: document.documentElement.className };
      }, chartSel(resource, id));
      // The drawing shown is the one for the app chart's layout class (charts::layout_width).
      const classes = [280, 440, 520, 760];
      const layout = classes.filter((c) => app.rect[2] >= c).pop() || 280;
      assert.equal(pre.shown[0], `pic pic-${layout}`, `box ${app.rect[2]} px`);
      for (let i = 0; i < 4; i++) assert.ok(Math.abs(app.rect[i] - pre.rect[i]) <= 1, `the chart box stays put: picture ${pre.rect}, app ${app.rect}`);
      assert.equal(app.visible, 'visible');
      const appCard = await page.evaluate((sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return [r.y, r.height].map(Math.round); }, chartSel(resource, id));
      assert.deepEqual(appCard, preCard, 'the whole card stays put: what follows it does not move');
      assert.equal(await page.locator(`${chartSel(resource, id)} h2`).innerText(), preTitle, 'the same title');
      assert.doesNotMatch(app.cls, /static-chart/);
      // The picture's axis reads as the app's: every tick label of the live value axis is in it.
      const ticks = app.labels.filter((t) => /^[\d,.]+[KM万亿]?$/.test(t));
      assert.ok(ticks.length >= 3, `ticks: ${app.labels}`);
      for (const t of ticks) assert.ok(pre.texts.includes(t), `tick ${t} in the picture: ${pre.texts}`);
      await assertNoErrors(page);
      await page.context().close();
    });
  }
}

test('the picture follows the language and theme; any other state, or no picture, leaves the page to the app', async () => {
  // Chinese, dark: its own picture.
  {
    const { page, release } = await heldPage(390, 'zh-CN');
    await page.goto(appUrl('view=work-visas&chart=work-visas-totals&embed=1&theme=dark'));
    await page.waitForSelector('#static-chart .pre-chart svg', { state: 'attached' });
    assert.deepEqual(page.pictures, ['/pre/work-visas-totals.zh.dark.html']);
    assert.match(await page.locator('#static-chart h2').innerText(), /中国/);
    release();
    await page.context().close();
  }
  // A filter in the address: the picture would show another state, so there is none.
  for (const q of ['view=work-visas&chart=work-visas-totals&embed=1&regions=CN', 'view=students&chart=work-visas-totals&embed=1', 'view=work-visas&chart=work-visas-totals', 'view=work-visas&regions=CN', 'view=work-visas&lang=xx', 'view=policy', 'view=explorer&regions=india']) {
    const { page, release } = await heldPage(390);
    await page.goto(appUrl(q));
    await page.waitForTimeout(300);
    assert.deepEqual(page.pictures, [], q);
    assert.doesNotMatch(await page.evaluate(() => document.documentElement.className), /static-chart/, q);
    release();
    await page.context().close();
  }
  // The picture does not come: the app draws the chart, nothing stays hidden.
  {
    const page = await newPage(browser, { width: 390 });
    await page.route('**/pre/**', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto(appUrl('view=work-visas&chart=work-visas-totals&embed=1&lang=en'));
    await page.waitForFunction(() => performance.getEntriesByName('app-chart').length > 0, null, { timeout: 15000 });
    assert.doesNotMatch(await page.evaluate(() => document.documentElement.className), /static-chart/);
    assert.ok(await page.locator(`${TOTALS} .echart`).isVisible());
    await page.context().close();
  }
});

test('every embeddable chart has its picture, in both languages', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas'));
  const config = await page.evaluate(() => JSON.parse(document.getElementById('boot-config').textContent));
  const ids = Object.keys(config.pre.charts);
  assert.ok(ids.length > 30, `${ids.length} charts`);
  const missing = await page.evaluate(async (ids) => {
    const out = [];
    for (const id of ids)
      for (const l of ['zh', 'en']) {
        const r = await fetch(`pre/${id}.${l}.light.html`);
        const t = r.ok ? await r.text() : '';
        if (!t.includes('<svg') || !t.includes('<h2>')) out.push(`${id}.${l}`);
      }
    return out;
  }, ids);
  assert.deepEqual(missing, []);
  await page.context().close();
});

// The story's steps and the profiles: the step's or origin's whole first screen, text and chart.
const SCREENS = [
  // [address, its fragment, width, height, text blocks that must not move, a text of the drawing]
  ['view=story&step=4&lang=en', 'view-story-4.en.light', 1366, 900, ['.story-steps', '.story-title', '.story-numbers', '.story-says', '.chart-card h2', '.chart-card .card-tools'], 'India: 151.2% of 2019'],
  ['view=story&lang=zh', 'view-story-1.zh.light', 390, 800, ['.story-steps', '.story-title', '.story-numbers', '.story-says', '.chart-card h2', '.chart-card .card-tools'], null],
  ['view=story&step=2&embed=1&lang=zh', 'view-story-2.zh.light', 390, 800, ['.story-steps', '.story-title', '.story-numbers', '.chart-card h2', '.chart-card .card-tools', '.chart-card .open-full'], '中国峰值：372,532'],
  ['view=profile&region=IN&lang=en', 'view-profile-IN.en.light', 1366, 1300, ['.profile-pick', '.profile-name', '.profile-headlines', '.profile-definition', '.chart-card h2', '.chart-card .card-tools'], null],
  ['view=profile&lang=en', 'view-profile-CN.en.light', 390, 800, ['.profile-pick', '.profile-headlines', '.profile-definition'], null],
];
for (const [q, fragment, width, height, blocks, reading] of SCREENS) {
  test(`${width} px, ${q}: the step's or origin's first screen shows before the app runs, and the app takes its place without a jump`, async () => {
    const { page, release } = await heldPage(width);
    await page.setViewportSize({ width, height });
    await page.goto(appUrl(q));
    await page.waitForSelector('#static-chart .pre-chart svg', { state: 'attached', timeout: 10000 });
    assert.deepEqual(page.pictures, [`/pre/${fragment}.html`], 'one fragment');
    assert.equal(await page.locator('[data-chart-id]').count(), 0, 'the app has not run yet');
    // Marked once the frame that shows it is drawn; the app is held, so only the picture can.
    await page.waitForFunction(() => performance.getEntriesByName('first-chart').length === 1, null, { timeout: 5000 });
    const boxes = (scope) =>
      page.evaluate(
        ([scope, sels]) =>
          sels.map((s) => {
            const el = document.querySelector(`${scope} ${s}`);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return { sel: s, rect: [r.x, r.y, r.width, r.height].map(Math.round), text: el.innerText.replace(/\s+/g, ' ').trim() };
          }),
        [scope, blocks],
      );
    const pre = await boxes('#static-chart');
    assert.ok(pre.every(Boolean), `every block is in the picture: ${JSON.stringify(pre)}`);
    const embedded = q.includes('embed=1');
    assert.equal(await page.locator('#static-chart .site-header').isVisible(), !embedded, 'the header as the app shows it');
    // An embed links out under its card, as the app's does; the page itself does not.
    assert.equal(await page.locator('#static-chart .chart-card .open-full').first().isVisible(), embedded, 'the link to the dashboard as the app shows it');
    const texts = await page.evaluate(() => [...document.querySelectorAll('#static-chart .pic')].filter((p) => getComputedStyle(p).display !== 'none').flatMap((p) => [...p.querySelectorAll('svg text')].map((t) => t.textContent)));
    if (reading) assert.ok(texts.includes(reading), `the report's reading drawn on the picture: ${texts}`);
    if (q.includes('story') && width >= 1200) {
      // A step's card spans the page: its drawing is made for that width, not centred in it.
      const w = await page.evaluate(() => {
        const box = document.querySelector('#static-chart .pre-chart');
        const svg = [...box.querySelectorAll('.pic')].find((p) => getComputedStyle(p).display !== 'none').querySelector('svg');
        return [Math.round(box.getBoundingClientRect().width), Number(svg.getAttribute('width'))];
      });
      assert.ok(Math.abs(w[0] - w[1]) <= 1, `box and drawing widths ${w}`);
    }

    release();
    await page.waitForFunction(() => !document.getElementById('static-chart'), null, { timeout: 15000 });
    const app = await boxes('main');
    for (let i = 0; i < blocks.length; i++) {
      assert.equal(app[i].text, pre[i].text, `${blocks[i]}: the same text`);
      assert.deepEqual(app[i].rect, pre[i].rect, `${blocks[i]} stays put`);
    }
    await assertNoErrors(page);
    await page.context().close();
  });
}

test('a step or origin the build did not draw, or another key, leaves the page to the app; every one drawn is there', async () => {
  for (const q of ['view=story&step=7', 'view=story&step=04', 'view=story&step=4&regions=CN', 'view=profile&region=cn', 'view=profile&region=XX', 'view=story&step=4&chart=work-visas-totals']) {
    const { page, release } = await heldPage(390);
    await page.goto(appUrl(q));
    await page.waitForTimeout(300);
    assert.deepEqual(page.pictures, [], q);
    release();
    await page.context().close();
  }
  const page = await newPage(browser);
  await page.goto(appUrl('view=story'));
  const config = await page.evaluate(() => JSON.parse(document.getElementById('boot-config').textContent));
  const files = Object.entries(config.pre.variants).flatMap(([view, v]) => v.values.map((x) => `${view}-${x}`));
  assert.equal(files.length, 9, files.join());
  const missing = await page.evaluate(async (files) => {
    const out = [];
    for (const f of files)
      for (const l of ['zh', 'en'])
        for (const t of ['light', 'dark']) {
          const r = await fetch(`pre/view-${f}.${l}.${t}.html`);
          const x = r.ok ? await r.text() : '';
          if (!x.includes('<svg') || !x.includes('class="view-title"')) out.push(`${f}.${l}.${t}`);
        }
    return out;
  }, files);
  assert.deepEqual(missing, []);
  await page.context().close();
});
