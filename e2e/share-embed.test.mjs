// Share, embed, download and hosting under a sub-path, as a reader and a host site use them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problems } from './layout.mjs';
import XLSX from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { launch, newPage, appUrl, BASE, chartSel, waitForChart, readChart, readDataset, datasetValue, assertNoErrors } from './helpers.mjs';
import { createServer } from '../tools/serve.mjs';

const TOTALS = chartSel('work_visas', 'work-visas-totals');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function download(page, trigger) {
  const [d] = await Promise.all([page.waitForEvent('download'), trigger()]);
  return { name: d.suggestedFilename(), body: fs.readFileSync(await d.path()) };
}

/** Opens a card's download menu (it closes after each download) and downloads `kind`. */
async function downloadFrom(page, card, kind) {
  const menu = page.locator(`${card} details.download-menu`);
  if (!(await menu.evaluate((d) => d.open))) await page.locator(`${card} [data-action="download"]`).click();
  return download(page, () => page.locator(`${card} [data-download="${kind}"]`).click());
}

test('the embed route renders one chart with no app chrome, and a link to the full view', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas&embed=1&chart=work-visas-totals&regions=CN~IN'));
  await waitForChart(page, TOTALS, 2);
  for (const sel of ['.site-header', 'nav', '.site-footer', 'h1']) assert.equal(await page.locator(sel).count(), 0, `${sel} is hidden`);
  assert.equal(await page.locator('section[data-chart]').count(), 1);
  assert.match(await page.locator(`${TOTALS} h2`).innerText(), /work visas/);
  assert.match(await page.locator(`${TOTALS} .source-line`).innerText(), /Department of State/);
  assert.equal(await page.locator('.controls').count(), 1, 'compact filters stay');
  // "Open in Talent Flows" keeps the chart and its filters, in a new tab.
  const full = page.locator('.open-full a');
  assert.equal(await full.getAttribute('href'), '?view=work-visas&chart=work-visas-totals&regions=CN~IN');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.match(await full.getAttribute('rel'), /noopener/);
  // Every other link leaves the frame for a new tab as well.
  const stay = await page.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a) => a.target !== '_blank').map((a) => a.href));
  assert.deepEqual(stay, [], 'links that would open inside the iframe');
  await assertNoErrors(page);
});

test('a host page on another origin receives resize messages and embed.js sizes the iframe', async () => {
  const embedUrl = appUrl('view=work-visas&embed=1&chart=work-visas-totals');
  const host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body style="margin:0">
      <p>Host article</p>
      <iframe id="tf" src="${embedUrl}" title="Talent Flows chart" style="width:100%;height:150px;border:0"></iframe>
      <script>window.heights=[];addEventListener('message',e=>{if(e.data&&e.data.type==='talent-flows:resize')window.heights.push({h:e.data.height,origin:e.origin})});</script>
      <script src="${BASE}embed.js"></script></body></html>`);
  });
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostUrl = `http://127.0.0.1:${host.address().port}/`;
  try {
    const page = await newPage(browser, { width: 800 });
    await page.goto(hostUrl);
    await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1).h > 300, null, { timeout: 20000 });
    await page.waitForTimeout(800); // let the chart settle; heights may be posted more than once
    const { heights, frame } = await page.evaluate(() => ({ heights: window.heights, frame: document.getElementById('tf').getBoundingClientRect().height }));
    const last = heights.at(-1);
    assert.equal(new URL(last.origin).port, new URL(BASE).port, 'posted by the dashboard origin');
    assert.notEqual(new URL(last.origin).port, new URL(hostUrl).port, 'a different origin from the host');
    assert.ok(Math.abs(frame - last.h) <= 2, `embed.js applied the height: frame ${frame}, message ${last.h}`);
    // The same page opened on its own, at the iframe's width, is as tall as the message said.
    const alone = await newPage(browser, { width: 800 });
    await alone.goto(embedUrl);
    await waitForChart(alone, TOTALS, 3);
    await alone.waitForTimeout(500);
    const own = await alone.evaluate(() => document.documentElement.getBoundingClientRect().height);
    assert.ok(Math.abs(own - last.h) <= 4, `content ${own} vs message ${last.h}`);
  } finally {
    host.close();
  }
});

test('CSV of the view equals the chart; the full data and metadata come with it', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=work-visas&regions=CN~EU~IN'));
  await waitForChart(page, TOTALS, 3);
  const chart = await readChart(page, TOTALS);
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  const csv = await downloadFrom(page, TOTALS, "view-csv");
  assert.equal(csv.name, 'work-visas-totals_CN-EU-IN_2014-2023_abs.csv');
  const text = csv.body.toString('utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 with BOM');
  const lines = text.slice(1).trim().split('\r\n').map((l) => l.split(','));
  // The label column, a numeric year beside it, then each series with what its numbers are.
  // A last column carries the screen's †: the series whose value differs from the report's text.
  assert.deepEqual(lines[0], ['Year', 'Year (number)', 'China (visas issued)', 'Europe (visas issued)', 'India (visas issued)', "differs from the report's text (see Errata)"]);
  assert.deepEqual(lines.map((l) => l[5]).filter(Boolean).slice(1), ['China']);
  assert.equal(lines.find((l) => l[5] === 'China')[0], 'FY2023');
  assert.deepEqual(lines.slice(1).map((l) => l[0]), chart.x);
  assert.deepEqual(lines.slice(1).map((l) => Number(l[1])), chart.x.map((x) => Number(x.replace('FY', ''))));
  chart.series.forEach((s, col) => assert.deepEqual(lines.slice(1).map((l) => Number(l[col + 2])), s.data, s.name));
  // In index mode the header says so, with its base year; in Chinese the years are numbers too.
  await page.goto(appUrl('view=work-visas&mode=index&base=2019&lang=zh'));
  await waitForChart(page, TOTALS, 3);
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  const idx = await downloadFrom(page, TOTALS, "view-csv");
  const zh = idx.body.toString('utf8').slice(1).trim().split('\r\n').map((l) => l.split(','));
  assert.deepEqual(zh[0].slice(0, 3), ['年份', '年份（数值）', '中国（指数（2019 = 100））']);
  assert.deepEqual(zh[1].slice(0, 3), ['2014 财年', '2014', zh[1][2]]);
  assert.equal(idx.name, 'work-visas-totals_CN-EU-IN_2014-2023_index.csv');
  // An index computed from 48,388 is no number the report states otherwise: no † column.
  assert.equal(zh[0].length, 5, zh[0].join());
  // A chart's file names list only the regions it draws (F-1: China and India, not Europe).
  await page.goto(appUrl('view=students&lang=en'));
  const f1 = chartSel('f1_visas', 'students-f1');
  await waitForChart(page, f1, 2);
  await page.locator(`${f1} [data-action="download"]`).click();
  const f1csv = await downloadFrom(page, f1, "view-csv");
  assert.match(f1csv.name, /^students-f1_CN-IN_\d{4}-\d{4}_abs\.csv$/);
  await page.goto(appUrl('view=work-visas&regions=CN~EU~IN'));
  await waitForChart(page, TOTALS, 3);
  await page.locator(`${TOTALS} [data-action="download"]`).click();

  const full = await downloadFrom(page, TOTALS, "full-csv");
  assert.equal(full.name, 'work_visas.csv');
  assert.match(full.body.toString('utf8'), /^\ufeffentity,category,year,value,kind,approx\r\nCN,H,2014,18770,primary,false\r\n/);
  const meta = await downloadFrom(page, TOTALS, "metadata");
  const m = JSON.parse(meta.body.toString('utf8'));
  assert.equal(m.errata.find((e) => e.entity === 'CN' && e.year === 2023).report, 48338);
  assert.match(m.sources[0].table.en, /NIV Detail Table/);
  await assertNoErrors(page);
});

test('PNG and SVG of the chart are produced', async () => {
  const page = await newPage(browser);
  const exportBuild = [];
  page.on('request', (r) => { if (r.url().endsWith('/echarts-export.js')) exportBuild.push(r.url()); });
  await page.goto(appUrl('view=work-visas&lang=zh'));
  await waitForChart(page, TOTALS, 3);
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  // The download build of ECharts comes only when an image is asked for, and once.
  assert.deepEqual(exportBuild, [], 'the download build is not part of the page load');
  const png = await downloadFrom(page, TOTALS, "png");
  assert.equal(png.name, 'work-visas-totals_CN-EU-IN_2014-2023_abs.png');
  assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.body.length > 20000, `a real image: ${png.body.length} bytes`);
  // Its size: the chart's width, and its height plus room for the title, subtitle, legend and
  // source line, at twice the pixels.
  const chart = await page.evaluate((sel) => { const i = echarts.getInstanceByDom(document.querySelector(`${sel} .echart`)); return [i.getWidth(), i.getHeight()]; }, TOTALS);
  assert.equal(png.body.readUInt32BE(16), chart[0] * 2);
  assert.ok(png.body.readUInt32BE(20) > (chart[1] + 80) * 2, `taller than the chart: ${png.body.readUInt32BE(20)}`);
  const svg = await downloadFrom(page, TOTALS, "svg");
  const s = svg.body.toString('utf8');
  assert.ok(s.startsWith('<svg'), s.slice(0, 40));
  assert.ok(s.includes('中国'), 'labels drawn as text');
  assert.ok(s.includes('来源：美国国务院'), 'the source line is in the image');
  assert.ok(s.includes('中国、欧洲、印度公民获得的美国非移民工作签证'), 'the title is in the image');
  assert.equal(exportBuild.length, 1, 'the download build is fetched once');
  assert.ok(s.includes('张 · 2014 财年–2023 财年'), 'the subtitle is in the image');
  assert.equal(await page.locator(`${TOTALS} details.download-menu`).evaluate((d) => d.open), false, 'the menu closes after a download');
  // From the table tab too: the same image.
  await page.locator(`${TOTALS} [role="tab"][data-tab="table"]`).click();
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  const fromTable = await downloadFrom(page, TOTALS, "png");
  assert.equal(fromTable.body.readUInt32BE(16), chart[0] * 2);
  await assertNoErrors(page);
});

test("Excel: the chart's numbers as numbers, and a sheet that says what they are and where they come from", async () => {
  const page = await newPage(browser);
  const writer = [];
  page.on('request', (r) => { if (r.url().endsWith('/xlsx.js')) writer.push(r.url()); });
  await page.goto(appUrl('view=work-visas&regions=CN~IN&mode=index&lang=en'));
  await waitForChart(page, TOTALS, 2);
  const chart = await readChart(page, TOTALS);
  assert.deepEqual(writer, [], 'the Excel writer is not part of the page load');
  const file = await downloadFrom(page, TOTALS, 'xlsx');
  assert.equal(file.name, 'work-visas-totals_CN-IN_2014-2023_index.xlsx');
  assert.equal(writer.length, 1);
  // Read back with a library, as a spreadsheet program would.
  const wb = XLSX.read(file.body, { type: 'buffer' });
  assert.deepEqual(wb.SheetNames, ['Data', 'About']);
  const rows = XLSX.utils.sheet_to_json(wb.Sheets.Data, { header: 1, defval: null });
  assert.deepEqual(rows[0], ['Year', 'Year (number)', 'China (Index (2019 = 100))', 'India (Index (2019 = 100))']);
  assert.deepEqual(rows.slice(1).map((r) => r[0]), chart.x);
  chart.series.forEach((s, col) =>
    rows.slice(1).forEach((r, i) => {
      const v = r[col + 2];
      assert.ok(s.data[i] === null ? v === null : typeof v === 'number' && Math.abs(v - s.data[i]) < 1e-9, `${s.name} ${chart.x[i]}: ${v} vs ${s.data[i]}`);
    }),
  );
  const about = Object.fromEntries(XLSX.utils.sheet_to_json(wb.Sheets.About, { header: 1 }).map((r) => [r[0], r[1]]));
  assert.match(about.Title, /work visas/i);
  assert.match(about.Shows, /Index \(2019 = 100\)/);
  assert.match(about.Source, /Department of State.*Data as of \d{4}-\d{2}/s);
  const q = new URL(about.Address).searchParams;
  assert.deepEqual([q.get('chart'), q.get('mode'), q.get('regions')], ['work-visas-totals', 'index', 'CN~IN']);
  await assertNoErrors(page);
});

test('the whole data release from the footer: a ZIP of CSVs with a bilingual README, and one Excel workbook', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=overview&lang=en'));
  const zipLink = page.locator('footer [data-download="package-zip"]');
  await zipLink.waitFor();
  const get = async (link) => Buffer.from(await (await page.request.get(new URL(await link.getAttribute('href'), page.url()).href)).body());
  const files = unzipSync(new Uint8Array(await get(zipLink)));
  const names = Object.keys(files);
  for (const f of ['README.md', 'datapackage.json', 'errata.json', 'CHANGELOG.md', 'csv/work_visas.csv', 'csv/students.csv']) assert.ok(names.includes(f), `${f} in ${names}`);
  const text = (f) => strFromU8(files[f]);
  assert.match(text('README.md'), /# 国际人才流动与治理报告[\s\S]*# International Talent Mobility/);
  // A dataset's CSV: its numbers, in long form.
  const ds = readDataset('work_visas');
  const rows = text('csv/work_visas.csv').replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
  assert.deepEqual(rows[0], ['entity', 'category', 'year', 'value', 'kind', 'approx']);
  assert.equal(rows.length - 1, ds.series.length * ds.years.length);
  const india = rows.find((r) => r[0] === 'IN' && r[1] === 'total' && r[2] === '2023');
  assert.equal(Number(india[3]), datasetValue(ds, 'IN', 'total', 2023));
  // The workbook: a README sheet, then every dataset with the CSV's rows.
  const wb = XLSX.read(await get(page.locator('footer [data-download="package-xlsx"]')), { type: 'buffer' });
  assert.equal(wb.SheetNames[0], 'README');
  assert.ok(wb.SheetNames.includes('work_visas') && wb.SheetNames.length > 20, `${wb.SheetNames}`);
  const sheet = XLSX.utils.sheet_to_json(wb.Sheets.work_visas, { header: 1, defval: null });
  assert.equal(sheet.length, rows.length);
  assert.equal(sheet.find((r) => r[0] === 'IN' && r[1] === 'total' && r[2] === 2023)[3], datasetValue(ds, 'IN', 'total', 2023));
  await assertNoErrors(page);
});

test('social images: a 1080 × 1080 square and a 1080 × 1350 portrait, with the address of the chart drawn in', async () => {
  const page = await newPage(browser, { width: 1366, height: 900 });
  await page.goto(appUrl('view=work-visas&regions=CN~IN&lang=en'));
  await waitForChart(page, TOTALS, 2);
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  const square = await downloadFrom(page, TOTALS, 'social-square');
  assert.equal(square.name, 'work-visas-totals_CN-IN_2014-2023_abs_social-square.png');
  assert.deepEqual([square.body.readUInt32BE(16), square.body.readUInt32BE(20)], [1080, 1080]);
  // What the download build draws: the chart laid out for the image's width (not the page's),
  // under its title, and the address that restores this chart under the source.
  await page.evaluate(() => {
    // The build is a module namespace (frozen): the page gets a copy with `init` watched.
    const init = window.__echartsExport.init;
    window.__drawn = [];
    window.__echartsExport = { ...window.__echartsExport };
    window.__echartsExport.init = (...a) => {
      const c = init(...a);
      const set = c.setOption.bind(c);
      c.setOption = (o, ...r) => {
        const out = set(o, ...r);
        // Every text of the image with its box, as the layout test reads a chart's (e2e/layout.mjs).
        const boxes = c
          .getZr()
          .storage.getDisplayList(true)
          .filter((d) => d.type === 'tspan' && !d.ignore && !d.invisible && d.style && String(d.style.text || '').trim())
          .map((d) => {
            const b = d.getBoundingRect().clone();
            const m = d.getComputedTransform();
            if (m) b.applyTransform(m);
            return { text: String(d.style.text), x: b.x, y: b.y, w: b.width, h: b.height };
          });
        window.__drawn.push({ width: c.getWidth(), height: c.getHeight(), graphic: o.graphic.style.text, title: o.title.text, boxes, categories: [] });
        return out;
      };
      return c;
    };
  });
  await page.locator(`${TOTALS} [data-action="download"]`).click();
  const portrait = await downloadFrom(page, TOTALS, 'social-portrait');
  assert.deepEqual([portrait.body.readUInt32BE(16), portrait.body.readUInt32BE(20)], [1080, 1350]);
  // And a plain PNG, drawn the same way: in neither does a text lie on another.
  await downloadFrom(page, TOTALS, 'png');
  const [drawn, plain] = await page.evaluate(() => window.__drawn);
  for (const image of [drawn, plain]) {
    const p = problems(image);
    assert.deepEqual([p.overlaps, p.clipped], [[], []], `${image.width} × ${image.height}`);
  }
  assert.equal(drawn.width, 540);
  assert.match(drawn.graphic, /Shaded: the COVID-19 years/, 'shared alone, the grey band says what it is');
  // The lines under the chart as far apart as the room the image left for them.
  for (const image of [drawn, plain]) {
    const lines = image.graphic.split('\n');
    const ys = image.boxes.filter((b) => lines.includes(b.text)).map((b) => b.y).sort((a, b) => a - b);
    assert.equal(ys.length, lines.length, `${image.width}: ${lines}`);
    for (let i = 1; i < ys.length; i++) assert.ok(ys[i] - ys[i - 1] >= 14, `${image.width}: two lines ${ys[i] - ys[i - 1]} px apart`);
  }
  assert.match(drawn.title, /US nonimmigrant work visas/);
  assert.match(drawn.graphic, /Source: U\.S\. Department of State/);
  // The address follows the source (both broken into lines that fit the image).
  const address = drawn.graphic.slice(drawn.graphic.indexOf('http')).replace(/\n/g, '');
  const q = new URL(address).searchParams;
  assert.deepEqual([q.get('view'), q.get('chart'), q.get('regions'), q.get('lang')], ['work-visas', 'work-visas-totals', 'CN~IN', 'en'], address);
  await assertNoErrors(page);
});

test('share copies a link that restores the chart; the embed dialog gives the iframe code', async () => {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  await page.goto(appUrl('view=work-visas&mode=index&regions=CN~IN'));
  await waitForChart(page, TOTALS, 2);
  await page.locator(`${TOTALS} [data-action="share"]`).click();
  await page.waitForFunction((sel) => document.querySelector(sel + ' .tool-status')?.textContent.includes('copied'), TOTALS);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The note goes after a few seconds: it does not stand beside what the reader does next.
  await page.waitForFunction((sel) => document.querySelector(sel + ' .tool-status').textContent === '', TOTALS, { timeout: 6000 });
  // The link keeps the language the reader sees.
  assert.equal(link, `${BASE}?view=work-visas&chart=work-visas-totals&regions=CN~IN&mode=index&lang=en`);
  const other = await newPage(browser);
  await other.goto(link);
  await waitForChart(other, TOTALS, 2);
  assert.equal((await readChart(other, TOTALS)).yName, 'Index (2019 = 100)');

  await page.locator(`${TOTALS} [data-action="embed"]`).click();
  const dialog = page.locator(`${TOTALS} dialog.embed-dialog`);
  assert.equal(await dialog.evaluate((d) => d.open), true);
  const code = await dialog.locator('textarea').inputValue();
  // The embed pins the language and theme shown, and says so.
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=work-visas&amp;chart=work-visas-totals&amp;regions=CN~IN&amp;mode=index&amp;lang=en&amp;theme=light&amp;embed=1" title="US nonimmigrant work visas[^"]*" width="100%"/);
  assert.match(await dialog.locator('.embed-pinned').innerText(), /English, light/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  // Its height holds the embed whole without embed.js, in a column as wide as the card or narrower.
  const height = Number(code.match(/height="(\d+)"/)[1]);
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  for (const width of [880, 700]) {
    const frame = await newPage(browser, { width, height: 600 });
    await frame.goto(src);
    await waitForChart(frame, TOTALS, 2);
    const needs = await frame.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(needs <= height, `a ${width} px frame needs ${needs} px, the code gives ${height}`);
    assert.ok(height - needs <= 160, `not much empty below: ${height} for ${needs}`);
    await frame.context().close();
  }
  await page.keyboard.press('Escape');
  assert.equal(await dialog.evaluate((d) => d.open), false);
  await assertNoErrors(page);
});

test('a build with --public-url /sub/dir/, served under that path, loads with no 404s', async () => {
  const dist = fileURLToPath(new URL('../dist-sub/', import.meta.url));
  assert.ok(fs.existsSync(`${dist}index.html`), 'dist-sub/ is built by `make test` (make build PUBLIC_URL=/sub/dir/ DIST=dist-sub)');
  const server = createServer({ dir: dist, prefix: '/sub/dir/' });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const page = await newPage(browser);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`http://127.0.0.1:${server.address().port}/sub/dir/?view=work-visas`);
    await waitForChart(page, TOTALS, 3);
    await page.locator('nav a[data-nav="students"]').click();
    await waitForChart(page, chartSel('students', 'students-totals'), 3);
    assert.equal(new URL(page.url()).pathname, '/sub/dir/');
    assert.deepEqual(failed, []);
    await assertNoErrors(page);
  } finally {
    server.close();
  }
});

test("the footer's errata: a page in the reader's language with every erratum, both numbers, its sentence and a way back to its chart, under any sub-path", async () => {
  const errata = JSON.parse(fs.readFileSync(new URL('../dist/data/errata.json', import.meta.url)));
  const server = createServer({ dir: fileURLToPath(new URL('../dist-sub/', import.meta.url)), prefix: '/sub/dir/' });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const page = await newPage(browser, { width: 390, height: 844 });
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`http://127.0.0.1:${server.address().port}/sub/dir/?view=work-visas&lang=zh`);
    await waitForChart(page, TOTALS, 3);
    await page.locator('footer [data-footer="errata"]').click();
    await page.waitForURL(/\/sub\/dir\/errata\.zh\.html$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.equal(await page.locator('[data-erratum]').count(), errata.errata.length, 'every erratum of data/errata.json');
    const cn = page.locator('[data-erratum="work_visas:CN-total-2023"]');
    assert.equal(await cn.locator('.report-value').innerText(), '48,338');
    assert.equal(await cn.locator('.primary-value').innerText(), '48,388');
    assert.ok((await cn.locator('blockquote').innerText()).includes('48,338 张'), "the report's sentence");
    // Styled as the dashboard (its stylesheet, through the build's <base>), readable on a phone.
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).maxWidth), '1200px');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll');
    // The other language's page, then back to the chart that shows the number.
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/errata\.en\.html$/);
    assert.ok((await page.locator('h1').innerText()).startsWith('Errata'));
    // Dark where the reader's system is, as the dashboard (its script allowed by the page's CSP).
    assert.ok(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 'under the same policy as the app');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 18, 18)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('[data-erratum="work_visas:CN-total-2023"] .erratum-view a').click();
    await waitForChart(page, TOTALS, 3);
    const u = new URL(page.url());
    assert.deepEqual([u.pathname, u.searchParams.get('view'), u.searchParams.get('chart'), u.searchParams.get('lang')], ['/sub/dir/', 'work-visas', 'work-visas-totals', 'en'], 'the chart that shows it, in focus');
    assert.deepEqual(failed, []);
    await assertNoErrors(page);
  } finally {
    server.close();
  }
});

test('cite this chart: four styles in the page language, with the version, a URL that restores the view and the access date', async () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../dist/data/datapackage.json', import.meta.url)));
  // The reader's clock, fixed: the access date is the day the reader cites, and a run that
  // crosses midnight must not see two different days (CI once did).
  const now = new Date(2026, 2, 7, 10, 30);
  const iso = '2026-03-07';
  const page = await newPage(browser);
  await page.clock.setFixedTime(now);
  await page.goto(appUrl('view=work-visas&regions=CN~IN&mode=index&lang=en'));
  await waitForChart(page, TOTALS, 2);
  await page.locator(`${TOTALS} [data-action="cite"]`).click();
  const dialog = page.locator(`${TOTALS} dialog[data-dialog="cite"]`);
  await dialog.waitFor();
  const text = (style) => dialog.locator(`[data-style="${style}"] pre`).innerText();
  const [gbt, apa, bib, ris] = [await text('gbt7714'), await text('apa7'), await text('bibtex'), await text('ris')];
  for (const t of [gbt, apa, bib, ris]) {
    assert.ok(t.includes('Talent Flows'), `names the dashboard: ${t}`);
    assert.ok(t.includes('International Talent Mobility and Governance Report'), `names the report: ${t}`);
    assert.ok(t.includes(pkg.version), `the data version ${pkg.version}: ${t}`);
    // The title as the chart shows it: the two regions kept (regions=CN~IN).
    assert.ok(t.includes('US nonimmigrant work visas issued to citizens of China and India'), `the chart's title: ${t}`);
  }
  assert.ok(gbt.includes(`[EB/OL]. (${pkg.created})[${iso}]. http`), gbt);
  assert.ok(apa.includes(`Retrieved ${now.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' })}, from http`), apa);
  assert.match(bib, new RegExp(`^@misc\\{talentflows_work_visas_totals_\\d{4},[\\s\\S]*urldate = \\{${iso}\\}`));
  // LaTeX stops at a bare & (the report's authors: "Yingzhong & Company"); URLs stay verbatim.
  assert.ok(bib.includes('Yingzhong \\& Company'), bib);
  // (The entry's key, its first line, may hold underscores.)
  assert.doesNotMatch(bib.replace(/^@.*$|^\s*(url|howpublished) = .*$/gm, ''), /(^|[^\\])[&%#_]/, bib);
  assert.ok(ris.startsWith('TY  - DATA') && ris.includes(`Y2  - ${iso.replaceAll('-', '/')}`), ris);
  // The cited URL brings back the chart as it was cited.
  const url = ris.match(/^UR {2}- (.+)$/m)[1];
  const q = new URL(url).searchParams;
  assert.deepEqual([q.get('view'), q.get('chart'), q.get('regions'), q.get('mode'), q.get('lang')], ['work-visas', 'work-visas-totals', 'CN~IN', 'index', 'en']);
  const again = await newPage(browser);
  await again.goto(url);
  await waitForChart(again, TOTALS, 2);
  assert.equal(await again.locator('section[data-chart]').count(), 1);
  await assertNoErrors(again);
  // In Chinese: the Chinese forms and dates.
  await dialog.locator('[data-action="close"]').click();
  await page.goto(appUrl('view=work-visas&lang=zh'));
  await waitForChart(page, TOTALS, 3);
  await page.locator(`${TOTALS} [data-action="cite"]`).click();
  await dialog.waitFor();
  const zhGbt = await text('gbt7714');
  assert.ok(zhGbt.startsWith('国际人才流动数据看板. 中国、欧洲、印度公民获得的美国非移民工作签证（数据版本 ') && zhGbt.includes(`[EB/OL]. (${pkg.created})[${iso}].`), zhGbt);
  assert.ok((await text('apa7')).includes(`检索于 ${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`));
  await dialog.locator('[data-action="close"]').click();
  // The footer cites the dashboard and the report.
  await page.locator('[data-action="cite-site"]').click();
  const site = page.locator('.site-footer dialog[data-dialog="cite"]');
  await site.waitFor();
  const all = await site.innerText();
  assert.ok(all.includes('国际人才流动与治理报告——以美国为枢纽分析2024[R]. 北京: 全球化智库, 2024.'), all);
  await assertNoErrors(page);
});

test('every card and every embed says how current its data are', async () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../dist/data/datapackage.json', import.meta.url)));
  const asOf = (name) => pkg.resources.find((r) => r.name === name).as_of;
  const page = await newPage(browser);
  await page.goto(appUrl('view=students&lang=en'));
  await waitForChart(page, chartSel('f1_visas', 'students-f1'));
  const dated = await page.evaluate(() => [...document.querySelectorAll('section[data-chart]:not([hidden])')].map((s) => [s.dataset.chart, s.querySelector('.source-line .as-of')?.textContent]));
  assert.ok(dated.length >= 5);
  for (const [name, text] of dated) assert.equal(text, `Data as of ${asOf(name)}`, name);
  const embed = await newPage(browser);
  await embed.goto(appUrl('view=work-visas&chart=work-visas-totals&embed=1&lang=zh'));
  await waitForChart(embed, TOTALS, 3);
  assert.equal(await embed.locator(`${TOTALS} .as-of`).innerText(), `数据截至 ${asOf('work_visas')}`);
  await assertNoErrors(page);
  await assertNoErrors(embed);
});
