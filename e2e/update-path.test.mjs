// The update path (docs/updating-data.md), as the think tank will follow it when the State
// Department publishes its next NIV Detail Table: the new workbook is dropped into the sources, its
// date added to data-src/releases.toml, `make data` runs — and the app offers the new fiscal year
// without any change to its code. The "next" workbook is made here from the latest real one (its
// FY2024 sheet again as FY2025, every count doubled, so the new numbers are recognisable); it lives
// in a temporary folder and is never committed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import XLSX from 'xlsx';
import { launch, newPage, appUrl, chartSel, waitForChart, readChart, readDataset, assertNoErrors } from './helpers.mjs';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const SHARED = path.resolve(ROOT, '../shared');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A copy of `sheet` as the next fiscal year's: its title says so, and every count is doubled. */
function nextYearSheet(sheet, year) {
  const next = {};
  for (const [ref, cell] of Object.entries(sheet)) {
    if (ref.startsWith('!')) { next[ref] = cell; continue; }
    const c = { ...cell };
    delete c.f; // cached values only, as a formula would be recomputed by a spreadsheet
    if (c.t === 'n') c.v *= 2;
    if (ref === 'A1') { c.v = `Fiscal Year ${year}`; c.t = 's'; delete c.w; }
    next[ref] = c;
  }
  return next;
}

test('a next fiscal year dropped into the sources is offered by the app with no change to its code', { timeout: 240000 }, async (t) => {
  const niv = path.join(SHARED, 'sources/us-visas/niv-detail-table');
  if (!fs.existsSync(niv)) return t.skip('../shared/sources is not here');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-next-year-'));
  try {
    // A sources tree like ../shared, every folder linked but the NIV Detail Table's.
    const sources = path.join(tmp, 'shared/sources');
    fs.mkdirSync(path.join(sources, 'us-visas/niv-detail-table'), { recursive: true });
    fs.symlinkSync(path.join(SHARED, 'report'), path.join(tmp, 'shared/report'));
    for (const e of fs.readdirSync(path.join(SHARED, 'sources'))) if (e !== 'us-visas') fs.symlinkSync(path.join(SHARED, 'sources', e), path.join(sources, e));
    for (const e of fs.readdirSync(path.join(SHARED, 'sources/us-visas'))) if (e !== 'niv-detail-table') fs.symlinkSync(path.join(SHARED, 'sources/us-visas', e), path.join(sources, 'us-visas', e));
    // The next release: the latest workbook with a FY25 sheet, saved on the day it "came out".
    const real = fs.readdirSync(niv).find((f) => f.endsWith('.xlsx'));
    const wb = XLSX.readFile(path.join(niv, real), { cellFormula: false });
    const last = wb.SheetNames.map((n) => Number(n.replace('FY', ''))).filter((n) => n < 90).sort((a, b) => a - b).at(-1);
    const name = `FY${last + 1}`;
    XLSX.utils.book_append_sheet(wb, nextYearSheet(wb.Sheets[wb.SheetNames.find((n) => n === `FY${last}`)], 2000 + last + 1), name);
    wb.Props = { ...(wb.Props || {}), ModifiedDate: new Date(Date.UTC(2000 + last + 1, 10, 20)) };
    const file = `FYs97-${last + 1}_NIVDetailTable.xlsx`;
    XLSX.writeFile(wb, path.join(sources, 'us-visas/niv-detail-table', file));
    // Its date, as the person updating adds it (docs/updating-data.md), beside the other inputs.
    fs.cpSync(path.join(ROOT, 'data-src'), path.join(tmp, 'data-src'), { recursive: true });
    fs.appendFileSync(
      path.join(tmp, 'data-src/releases.toml'),
      `\n[[source]]\nfile = "us-visas/niv-detail-table/${file}"\nas_of = "${2000 + last + 1}-11"\nevidence = "a synthetic next release, made by e2e/update-path.test.mjs"\n`,
    );
    // `make data`, into a folder of its own.
    const log = execFileSync('cargo', ['run', '-q', '--manifest-path', path.join(ROOT, 'Cargo.toml'), '-p', 'datagen', '--', 'shared/sources', 'data'], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const data = (n) => JSON.parse(fs.readFileSync(path.join(tmp, 'data', `${n}.json`), 'utf8'));
    const wv = data('work_visas');
    const next = 2000 + last + 1;
    assert.equal(wv.years.at(-1), next, `work_visas reaches FY${next}`);
    const cn = (ds, y) => ds.series.find((s) => s.entity === 'CN' && s.category === 'total').values[ds.years.indexOf(y)];
    assert.equal(cn(wv, next), 2 * cn(wv, next - 1), 'the new year is the new sheet (doubled)');
    assert.equal(cn(wv, next - 1), cn(readDataset('work_visas'), next - 1), 'earlier years unchanged');
    void log;

    // The app as built, fed the new files.
    const page = await newPage(browser);
    for (const n of ['work_visas', 'niv_explorer']) {
      await page.route(`**/data/${n}.json`, (r) => r.fulfill({ body: fs.readFileSync(path.join(tmp, 'data', `${n}.json`)), contentType: 'application/json' }));
    }
    const totals = chartSel('work_visas', 'work-visas-totals');
    await page.goto(appUrl('view=work-visas&lang=en'));
    await waitForChart(page, totals, 3);
    // The report's range stays the default; the new year is one click away.
    assert.equal((await readChart(page, totals)).x.at(-1), 'FY2023');
    const toYears = await page.locator('select[name="to"] option').allInnerTexts();
    assert.equal(toYears.at(-1), String(next), 'the year picker offers it');
    const later = page.locator('[data-action="later-years"]');
    assert.equal(await later.innerText(), `Show the years after the report (to ${next})`);
    await later.click();
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('to') === String(y), next);
    const chart = await readChart(page, totals);
    assert.equal(chart.x.at(-1), `FY${next}`);
    assert.equal(chart.series.find((s) => s.name === 'China').data.at(-1), cn(wv, next));
    // The explorer too: every fiscal year of the table, the new one included.
    await page.goto(appUrl('view=explorer&lang=en'));
    const ex = chartSel('niv_explorer', 'explorer-totals');
    await waitForChart(page, ex, 3);
    assert.equal((await readChart(page, ex)).x.at(-1), `FY${next}`);
    await assertNoErrors(page);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
