// Profiles: one origin's headline numbers, each equal to its dataset's latest value for it; its
// charts as small multiples; two A4 pages at most when printed, in either language, nothing cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, chartSel, waitForChart, readDataset, query, assertNoErrors, catalog } from './helpers.mjs';

const PROFILES = catalog().profiles;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const value = (ds, e, c, y) => {
  const s = ds.series.find((x) => x.entity === e && x.category === c);
  return s ? s.values[ds.years.indexOf(y)] ?? null : null;
};

const readHeadlines = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.profile-headlines > li[data-headline]')].map((li) => ({
      ...li.dataset,
      number: li.querySelector('.headline-number').textContent,
      facts: [...li.querySelectorAll('.headline-facts li')].map((x) => x.textContent),
    })),
  );

test('each profile: headline numbers equal the datasets, and its charts are drawn', async () => {
  assert.deepEqual(PROFILES.map((p) => p.region), ['CN', 'IN', 'EU']);
  for (const [p, lang] of PROFILES.map((p, i) => [p, i % 2 ? 'zh' : 'en'])) {
    const page = await newPage(browser, { width: 1366, height: 900 });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(appUrl(`view=profile&region=${p.region}&lang=${lang}`));
    // The rank and share come with the build's standing table.
    await page.waitForFunction(() => document.querySelectorAll('.profile-headlines > li[data-headline]').length === 5 && document.querySelector('[data-headline="work-visas"] .headline-facts')?.children.length >= 3, null, { timeout: 20000 });
    const heads = await readHeadlines(page);
    let checked = 0;
    let errata = 0;
    for (const h of heads) {
      if (!h.dataset) {
        assert.equal(h.number, '—', `${p.region} ${h.headline}: a gap shows as a gap`);
        continue;
      }
      const ds = readDataset(h.dataset);
      const y = Number(h.year);
      const v = value(ds, h.entity, h.category, y);
      assert.equal(Number(h.value), v, `${p.region} ${h.headline}`);
      assert.ok(ds.years.filter((x) => x > y).every((x) => value(ds, h.entity, h.category, x) === null), `${p.region} ${h.headline}: the latest value`);
      assert.equal(h.number.replace(/[,%]/g, ''), String(v), `${p.region} ${h.headline}: shown as ${h.number}`);
      const before = value(ds, h.entity, h.category, 2019);
      if (h.category !== 'approval_rate' && before !== null && y !== 2019) {
        const pct = ((v / before) * 100).toFixed(1);
        assert.ok(h.facts.some((f) => f.includes(`${Number(pct).toLocaleString('en-US', { minimumFractionDigits: 1 })}%`)), `${p.region} ${h.headline}: ${pct}% of 2019 in ${h.facts}`);
      }
      // Where the report states the number, or its share of 2019, otherwise: its number beside.
      const stated = (ds.errata || []).filter((e) => e.entity === h.entity && e.category === h.category && e.year === y && (!e.measure || (e.measure === 'percent_of' && e.base.year === 2019)));
      for (const e of stated) {
        const said = e.measure === 'percent_of' ? `${e.report}%` : e.report.toLocaleString('en-US');
        assert.ok(h.facts.some((f) => f.includes(said) && f.includes(lang === 'en' ? 'the report says' : '报告写为')), `${p.region} ${h.headline}: the report's ${said} beside ours: ${h.facts}`);
        errata++;
      }
      checked++;
    }
    assert.ok(checked >= 4, `${p.region}: ${checked} headline numbers`);
    if (p.region === 'EU') assert.equal(errata, 1, "Europe's green cards: 102.9% of FY2019, the report's 97%");
    const students = heads.find((h) => h.headline === 'students');
    const world = value(readDataset(students.dataset), 'WORLD', 'total', Number(students.year));
    assert.ok(students.facts.some((f) => f.includes(`${((Number(students.value) / world) * 100).toFixed(1)}%`)), `${p.region}: share of all students`);
    for (const c of p.charts) await waitForChart(page, chartSel(c.resource, c.id));
    assert.equal(await page.locator('.profile-charts section[data-chart-id]:not([hidden])').count(), p.charts.length);
    // A chart that names its origins names this one only (the F-1 chart is China's and India's elsewhere).
    if (p.charts.some((c) => c.id === 'students-f1')) {
      const f1 = await page.locator(`${chartSel('f1_visas', 'students-f1')} h2`).innerText();
      assert.match(f1, lang === 'en' ? /, (China|India) \(calendar years\)$/ : /^(中国|印度)学生/, `${p.region}: ${f1}`);
    }
    // Each chart cites the origin's own figure of the report, not those of the three together:
    // China's F-1 visas are figure 16 and its EB-1A figure 14 (not "16, 35" and "14, 22, 32").
    const own = { CN: { f1: 16, eb1a: 14 }, IN: { f1: 35, eb1a: 32 }, EU: { eb1a: 22 } }[p.region];
    const cites = async (resource, id) => (await page.locator(`${chartSel(resource, id)} .chart-subtitle`).first().innerText()).split('·').pop().trim();
    const figure = (n) => (lang === 'en' ? `Report figure ${n}` : `对应报告图 ${n}`);
    if (own.f1) assert.equal(await cites('f1_visas', 'students-f1'), figure(own.f1), `${p.region}: F-1`);
    assert.equal(await cites('eb1a', 'eb1a-petitions'), figure(own.eb1a), `${p.region}: EB-1A petitions`);
    // The rank and share come from the build's few-KB table, not the 1.5 MB NIV table.
    const work = heads.find((h) => h.headline === 'work-visas');
    assert.match(work.facts.join(' '), lang === 'en' ? /No\. \d+ of / : /排第 \d+/, `${p.region}: the rank`);
    assert.ok(requested.some((r) => r.endsWith('/pre/standing.json')), `${p.region}: the standing table`);
    assert.ok(!requested.some((r) => r.endsWith('niv_explorer.json')), `${p.region}: not the NIV table (${requested.filter((r) => r.includes('data/'))})`);
    await assertNoErrors(page);
    await page.context().close();
  }
});

test('a broken standing table leaves out the rank, and only the rank', async () => {
  for (const body of ['{"garbled', '[{"code":"CN","year":2024,"rank":0,"of":200,"share":4.9}]']) {
    const page = await newPage(browser, { width: 1366, height: 900 });
    await page.route('**/pre/standing.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(appUrl('view=profile&region=CN&lang=en&decal=1'));
    await page.waitForFunction(() => document.querySelectorAll('.profile-headlines > li[data-headline]').length === 5, null, { timeout: 15000 });
    const heads = await readHeadlines(page);
    const work = heads.find((h) => h.headline === 'work-visas');
    assert.equal(work.number, value(readDataset('work_visas'), 'CN', 'total', Number(work.year)).toLocaleString('en-US'), body);
    assert.deepEqual(work.facts.filter((f) => /No\.|of all visas/.test(f)), [], `${body}: no rank or share`);
    assert.ok(work.facts.some((f) => f.includes('of FY2019')), `${body}: the rest stays`);
    assert.deepEqual(page.errors.filter((e) => /panicked|unreachable/.test(e)), [], 'no panic');
    await waitForChart(page, chartSel('work_visas'));
    await page.context().close();
  }
});

test('a number still on its way is not a gap: the headlines wait for their files', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  // No picture (it has the numbers already; none is drawn with patterns on): the app's own
  // headlines, with the EB-1A file late.
  let release;
  const late = new Promise((r) => (release = r));
  await page.route('**/data/eb1a.json', async (route) => {
    await late;
    await route.continue();
  });
  await page.goto(appUrl('view=profile&region=CN&lang=en&decal=1'));
  await waitForChart(page, chartSel('work_visas'));
  assert.equal(await page.locator('.profile-headlines > li[data-headline]').count(), 0, 'no headline before every file is here');
  assert.doesNotMatch(await page.locator('main').innerText(), /no value for this origin/);
  release();
  await page.waitForFunction(() => document.querySelectorAll('.profile-headlines > li[data-headline]').length === 5, null, { timeout: 15000 });
  assert.equal(await page.locator('[data-headline="eb1a"] .headline-number').innerText(), '51.76%');
  await assertNoErrors(page);
  await page.context().close();
});

test('the origins switch from the page, and a bad region falls back to China with a notice', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=profile&lang=en'));
  await page.locator('.profile-pick [data-region="IN"]').click();
  await page.waitForFunction(() => document.querySelector('[data-view="profile"]')?.dataset.region === 'IN');
  assert.equal((await query(page)).get('region'), 'IN');
  assert.match(await page.locator('[data-headline="work-visas"]').innerText(), /FY20\d\d/);
  await page.goto(appUrl('view=profile&region=<b>x</b>&lang=en'));
  await page.waitForSelector('[data-view="profile"][data-region="CN"]');
  assert.match(await page.locator('.notice').first().innerText(), /region/);
  assert.equal(await page.locator('.notice b').count(), 0, 'the address is never HTML');
  await assertNoErrors(page);
  await page.context().close();
});

test('a profile prints on at most two A4 pages in either language, no chart cut at its edge', async () => {
  const found = [];
  for (const p of PROFILES) {
    for (const lang of ['zh', 'en']) {
      // A4 portrait at 96 dpi, less 12 mm margins: what a printout's page is wide.
      const page = await newPage(browser, { width: 703, height: 1000 });
      await page.goto(appUrl(`view=profile&region=${p.region}&lang=${lang}`));
      await page.waitForFunction(() => document.querySelectorAll('.profile-headlines > li[data-headline]').length === 5);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      for (const c of p.charts) await waitForChart(page, chartSel(c.resource, c.id));
      await page.waitForTimeout(300);
      // Every chart within its card, every card within the page.
      const cut = await page.evaluate(() => {
        const out = [];
        const page = document.documentElement.clientWidth;
        for (const card of document.querySelectorAll('.profile-charts section[data-chart-id]')) {
          const r = card.getBoundingClientRect();
          const drawn = card.querySelector('.echart canvas, .echart svg')?.getBoundingClientRect();
          if (!drawn || drawn.height < 100) out.push(`${card.dataset.chartId}: no chart`);
          else if (drawn.right > r.right + 1 || r.right > page + 1) out.push(`${card.dataset.chartId}: ${Math.round(drawn.right)} > ${Math.round(Math.min(r.right, page))}`);
        }
        return out;
      });
      found.push(...cut.map((c) => `${p.region} ${lang}: ${c}`));
      const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      if (pages > 2) found.push(`${p.region} ${lang}: ${pages} pages`);
      assert.ok(pages >= 1);
      await assertNoErrors(page);
      await page.context().close();
    }
  }
  assert.deepEqual(found, []);
});
