// Accessibility, language, layout and keyboard: axe-core finds no violation on any view in either
// language and theme; at 375 px nothing scrolls sideways; English pages carry no Chinese UI text;
// every filter can be reached and operated from the keyboard alone; Lighthouse scores 100.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launch, newPage, appUrl, BASE, CHROMIUM_ARGS, chartSel, waitForChart, waitForApp, query, assertNoErrors, viewSlugs } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = viewSlugs();
// Every view, and the explorer's ranking (its slider, play button and length as well).
const STATES = [...VIEWS, 'explorer&layout=rank&mode=index&classes=H-1B&top=50'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens a view and waits until its charts (or tables) are drawn. */
async function open(page, q) {
  await page.goto(appUrl(q));
  await waitForApp(page);
  await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 20000 });
  await page.waitForTimeout(200);
}

test('axe-core: no violations on any view, in Chinese and English, light and dark', async () => {
  // axe is injected as a script, which the page's CSP rightly refuses: this context bypasses it.
  const context = await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  for (const view of STATES) {
    for (const lang of ['zh', 'en']) {
      for (const theme of ['light', 'dark']) {
        await open(page, `view=${view}&lang=${lang}&theme=${theme}`);
        await page.evaluate(AXE);
        const result = await page.evaluate(async () => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
          return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        for (const v of result) problems.push(`${view} ${lang} ${theme}: ${v}`);
      }
    }
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test('375 px wide: no view scrolls sideways', async () => {
  const page = await newPage(browser, { width: 375, height: 800 });
  for (const view of STATES) {
    await open(page, `view=${view}`);
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    assert.ok(scroll <= width, `${view}: page is ${scroll} px wide in a ${width} px window`);
  }
  await assertNoErrors(page);
});

test('in English no Chinese UI text remains (quotes of the report are marked lang="zh-CN")', async () => {
  const page = await newPage(browser);
  for (const view of STATES) {
    await open(page, `view=${view}&lang=en`);
    const chinese = await page.evaluate(() => {
      const out = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('[lang="zh-CN"], script, style') || !el.getClientRects().length) continue;
        if (/[\u4e00-\u9fff]/.test(n.textContent)) out.push(n.textContent.trim().slice(0, 60));
      }
      return out;
    });
    assert.deepEqual(chinese, [], `${view} shows Chinese in English`);
  }
  await assertNoErrors(page);
});

test('keyboard only: every filter of the work-visas view is reached and operated', async () => {
  const page = await newPage(browser);
  await open(page, 'view=work-visas');
  await waitForChart(page, chartSel('work_visas', 'work-visas-totals'), 3);
  // Tab through the page once, noting each control reached.
  const reached = new Set();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? `${a.tagName.toLowerCase()}:${a.getAttribute('name') || a.getAttribute('value') || a.getAttribute('role') || a.dataset.action || ''}` : '';
    });
    reached.add(id);
  }
  for (const want of ['input:CN', 'input:EU', 'input:IN', 'input:H', 'input:E', 'select:from', 'select:to', 'input:mode', 'input:scale', 'input:type', 'button:tab']) {
    assert.ok([...reached].some((r) => r.startsWith(want)), `${want} reached by Tab (got ${[...reached].join(', ')})`);
  }
  const focus = (sel) => page.locator(sel).first().focus();
  await focus('input[value="EU"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('regions') === 'CN~IN');
  await focus('select[name="from"]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2015');
  await focus('input[name="mode"][value="abs"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'share');
  // A log scale is off for shares: on again for an index.
  assert.equal(await page.locator('input[name="scale"][value="log"]').isDisabled(), true);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('mode') === 'index');
  await focus('input[name="scale"][value="lin"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('scale') === 'log');
  await focus(`${chartSel('work_visas', 'work-visas-totals')} [role="tab"][data-tab="chart"]`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((sel) => document.querySelector(`${sel} [role="tab"][data-tab="table"]`).getAttribute('aria-selected') === 'true', chartSel('work_visas', 'work-visas-totals'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.tab), 'table', 'focus follows the selected tab');
  // A visible focus ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  assert.equal((await query(page)).get('regions'), 'CN~IN');
  await assertNoErrors(page);
});

test('with patterns on, each legend swatch carries its bars\' pattern, and goes back to plain colour when they are off', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  await page.goto(appUrl('view=work-visas&type=stacked&lang=en'));
  const sel = chartSel('work_visas', 'work-visas-totals');
  await waitForChart(page, sel, 3);
  // The swatches' images, and the patterns ECharts gave each series (by name).
  const read = () =>
    page.evaluate((sel) => {
      const card = document.querySelector(sel);
      const chart = window.echarts.getInstanceByDom(card.querySelector('.echart'));
      const decals = {};
      chart.getModel().eachSeries((s) => {
        const d = s.getData().getVisual('style').decal;
        decals[s.name] = d && d.image ? `${d.image.width}x${d.image.height}@${d.rotation}` : null;
      });
      return [...card.querySelectorAll('.legend-item')].map((b) => ({ name: b.textContent.trim(), image: getComputedStyle(b.querySelector('.swatch')).backgroundImage, decal: decals[b.textContent.trim()] }));
    }, sel);
  const plain = await read();
  assert.equal(plain.length, 3);
  assert.ok(plain.every((x) => x.image === 'none' && x.decal === null), JSON.stringify(plain));
  await page.getByRole('button', { name: 'Patterns' }).click();
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel + ' .legend-item .swatch')].every((s) => getComputedStyle(s).backgroundImage.startsWith('url(')), sel, { timeout: 10000 });
  const patterned = await read();
  // Each bar has a pattern of its own, and its swatch an image of its own.
  assert.equal(new Set(patterned.map((x) => x.decal)).size, 3, JSON.stringify(patterned.map((x) => x.decal)));
  assert.equal(new Set(patterned.map((x) => x.image)).size, 3, 'three different swatches');
  // Fewer origins: the swatches that stay keep their pattern.
  await page.locator(sel + ' .legend-item', { hasText: 'Europe' }).click();
  await page.waitForTimeout(500);
  assert.ok((await read()).every((x) => x.image.startsWith('url(')));
  await page.getByRole('button', { name: 'Patterns' }).click();
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel + ' .legend-item .swatch')].every((s) => getComputedStyle(s).backgroundImage === 'none'), sel, { timeout: 10000 });
  await assertNoErrors(page);
  await page.context().close();
});

test('Lighthouse: accessibility, best practices and SEO score 100', { timeout: 240000 }, async () => {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const scores = {};
    for (const q of ['view=overview', 'view=work-visas&lang=en']) {
      const r = await lighthouse(`${BASE}?${q}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'best-practices', 'seo'] });
      for (const [k, c] of Object.entries(r.lhr.categories)) {
        scores[`${q} ${k}`] = Math.round(c.score * 100);
        if (c.score < 1) {
          const failing = c.auditRefs.map((a) => r.lhr.audits[a.id]).filter((a) => a.score !== null && a.score < 1).map((a) => a.id);
          scores[`${q} ${k} failing`] = failing.join(', ');
        }
      }
    }
    for (const [k, v] of Object.entries(scores)) if (!k.endsWith('failing')) assert.equal(v, 100, `${k}: ${v} (${scores[`${k} failing`] || ''})`);
  } finally {
    await chrome.kill();
  }
});

// Found by a keyboard and screen-reader review: each of these left a keyboard reader stranded.
test('keyboard: the skip link stays on the page, the story\'s arrows leave a focused table alone, focus follows the story\'s step, the cite dialog and the download menu', async () => {
  // "Skip to content" moves focus to <main> on this view, in this language (the page's <base
  // href> once sent it to the root: the overview, in English).
  const page = await newPage(browser);
  await page.goto(appUrl('view=green-cards&lang=zh'));
  await waitForApp(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  const q = await query(page);
  assert.deepEqual([q.get('view'), q.get('lang')], ['green-cards', 'zh'], page.url());
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');

  // The Chart/Table tab's focus ring can be seen: the focused tab looks different from itself unfocused.
  const tab = page.locator('section[data-chart-id] [role="tab"][aria-selected="true"]').first();
  await tab.scrollIntoViewIfNeeded();
  const plain = await tab.screenshot();
  // Focus from the keyboard (a ring shows for :focus-visible): from the control before it.
  await tab.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'tab');
  assert.ok(!plain.equals(await tab.screenshot()), 'the focused tab shows its ring');

  // The download menu: Escape closes it and gives focus back to its button; leaving it closes it.
  const card = page.locator('section[data-chart-id]').first();
  await card.locator('[data-action="download"]').focus();
  await page.keyboard.press('Enter');
  assert.equal(await card.locator('details.download-menu').evaluate((d) => d.open), true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  assert.equal(await card.locator('details.download-menu').evaluate((d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'download');
  await page.keyboard.press('Enter');
  assert.equal(await card.locator('details.download-menu').evaluate((d) => d.open), true);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  assert.equal(await card.locator('details.download-menu').evaluate((d) => d.open), false, 'focus left it: closed');

  // The cite dialog opens with focus on its heading, on the screen.
  await card.locator('[data-action="cite"]').focus();
  await page.keyboard.press('Enter');
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, inDialog: !!el.closest('dialog'), top: r.top, bottom: r.bottom, h: innerHeight };
  });
  assert.ok(focus.tag === 'H3' && focus.inDialog && focus.top >= 0 && focus.bottom <= focus.h, JSON.stringify(focus));
  await page.keyboard.press('Escape');
  await assertNoErrors(page);
  await page.context().close();

  // The story on a phone: with its table focused, the arrow keys scroll the table, not the story.
  const phone = await newPage(browser, { width: 390, height: 844 });
  await phone.goto(appUrl('view=story&step=2&lang=en&tab=table'));
  await waitForApp(phone);
  const region = phone.locator('.story [role="region"]').first();
  await region.waitFor();
  await region.focus();
  await phone.keyboard.press('ArrowRight');
  await phone.waitForTimeout(300);
  assert.equal((await query(phone)).get('step'), '2', phone.url());
  assert.equal(await phone.evaluate(() => document.activeElement.getAttribute('role')), 'region');
  // "Next →": the page goes to its top, and focus to the new step's heading.
  await phone.locator('[data-action="story-next"]').focus();
  await phone.keyboard.press('Enter');
  await phone.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('story-title'));
  assert.match(await phone.evaluate(() => document.activeElement.textContent), /^3\. /);
  assert.equal((await query(phone)).get('step'), '3');
  await assertNoErrors(phone);
  await phone.context().close();
});

test('print, contrast themes and screen readers: a dark page prints light, keys and selections survive forced colours, headings nest, the explorer keeps focus and says what changed, the language switch speaks each language', async () => {
  // Printed from the dark theme, the page and its charts take the light one (pale grey chart text
  // on white paper before), and go back after.
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas&lang=en&theme=dark'));
  const sel = chartSel('work_visas', 'work-visas-totals');
  await waitForChart(page, sel, 3);
  const axisColour = () => page.evaluate((sel) => echarts.getInstanceByDom(document.querySelector(sel + ' .echart')).getOption().yAxis[0].axisLabel.color, sel);
  const darkColour = await axisColour();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  const printed = await axisColour();
  assert.notEqual(printed, darkColour);
  assert.ok(await page.locator('.print-address').isVisible(), 'the printout carries the address');
  assert.match(await page.locator('.print-address').innerText(), /view=work-visas/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await axisColour(), darkColour);

  // Forced colours: the chosen tab is marked, and the legend keys keep the chart's colours.
  await page.emulateMedia({ forcedColors: 'active' });
  const looks = await page.evaluate((sel) => {
    const card = document.querySelector(sel);
    const bg = (el) => getComputedStyle(el).backgroundColor;
    return { on: bg(card.querySelector('[role="tab"][aria-selected="true"]')), off: bg(card.querySelector('[role="tab"][aria-selected="false"]')), keys: [...card.querySelectorAll('.legend .swatch')].map(bg) };
  }, sel);
  assert.notEqual(looks.on, looks.off, JSON.stringify(looks));
  assert.equal(new Set(looks.keys).size, looks.keys.length, `three different key colours: ${looks.keys}`);
  await page.emulateMedia({ forcedColors: 'none' });

  // The language switch: "English" in English, the rest in the page's language.
  await page.goto(appUrl('view=work-visas&lang=zh'));
  await waitForApp(page);
  const sw = page.getByRole('button', { name: 'English — 切换到英文' });
  assert.equal(await sw.count(), 1);
  assert.equal(await sw.locator('span[lang="en"]').innerText(), 'English');
  await assertNoErrors(page);

  // A story step's chart heading is under the step's (level 3), a profile's under the region's.
  for (const q of ['view=story&step=4&lang=en', 'view=profile&region=CN&lang=en']) {
    await page.goto(appUrl(q));
    await waitForChart(page, '[data-chart-id]');
    const levels = await page.evaluate(() => [...document.querySelectorAll('section[data-chart-id] .card-head h2')].map((h) => h.getAttribute('aria-level')));
    assert.ok(levels.length > 0 && levels.every((l) => l === '3'), `${q}: ${levels}`);
    // What the browser gives a screen reader: the heading's level in its accessibility tree.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const title = await page.locator('section[data-chart-id] .card-head h2').first().innerText();
    const node = nodes.find((n) => n.role?.value === 'heading' && n.name?.value === title);
    assert.equal(node?.properties?.find((p) => p.name === 'level')?.value?.value, 3, `${q}: ${title}`);
  }

  // The explorer: removing a name leaves focus on the chips, not the page's top, and says so.
  await page.goto(appUrl('view=explorer&regions=china-mainland~india~japan&lang=en'));
  await waitForChart(page, '[data-chart-id]');
  const picker = page.locator('[data-control="regions"]');
  await picker.locator('.chip-remove').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.closest('[data-control="regions"]'));
  assert.equal(await picker.locator('.chip').count(), 2);
  assert.match(await picker.locator('.picker-status').innerText(), /^Removed: /);
  await assertNoErrors(page);
});

test('a filter change is said to a screen reader: the new summary in a live region, silent on arrival', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(appUrl('view=work-visas&lang=en'));
  await waitForChart(page, chartSel('work_visas', 'work-visas-totals'), 3);
  const status = page.locator('[role="status"][data-status="filters"]');
  assert.equal(await status.innerText(), '', 'nothing said on arrival');
  // On a phone the drawer is closed: the live region is outside it, so it is read.
  assert.equal(await page.locator('details.filters').evaluate((d) => d.open), false);
  await page.locator('details.filters > summary').click();
  await page.getByRole('checkbox', { name: 'China' }).uncheck();
  await page.waitForFunction(() => document.querySelector('[data-status="filters"]').textContent.includes('2 regions'));
  assert.equal(await status.innerText(), await page.locator('details.filters > summary').innerText());
  await assertNoErrors(page);
});
