// Hostile and garbled links: ≥ 200 generated query strings (random bytes, XSS payloads, huge or
// negative years, reversed ranges, unknown codes, repeated keys, very long values, unicode). The
// page must never break, must say what it ignored, and must never render URL text as HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, appUrl, assertNoErrors, viewSlugs } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1",
  '<script>window.__xss=1</script>',
  "'-alert(1)-'",
  '{{constructor.constructor("window.__xss=1")()}}',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '\u202e\u0000\ufeff',
];
const VIEWS = viewSlugs();
const KEYS = ['view', 'chart', 'regions', 'classes', 'levels', 'from', 'to', 'mode', 'base', 'scale', 'type', 'tab', 'lang', 'theme', 'embed', 'q', 'layout', 'year', 'top', 'step', 'region', 'bogus', '', '__proto__'];

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function queries(n) {
  const r = rng(20261127);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const randomBytes = () => Array.from({ length: 1 + Math.floor(r() * 40) }, () => '%' + Math.floor(r() * 256).toString(16).padStart(2, '0')).join('');
  const values = [
    () => pick(PAYLOADS),
    () => encodeURIComponent(pick(PAYLOADS)),
    () => String(Math.floor(r() * 1e12) * (r() < 0.5 ? -1 : 1)),
    () => '99999999999999999999',
    () => '-2019',
    () => 'CN~XX~' + pick(PAYLOADS),
    () => 'a'.repeat(2000 + Math.floor(r() * 5000)),
    () => randomBytes(),
    () => '中文~日本語~😀~\u0000',
    () => pick(['abs', 'share', 'index', 'yoy', 'log', 'lin', 'stacked', 'table', 'dark', 'zh', 'en', '1']),
    () => pick(['CN', 'EU', 'IN', 'E3', 'china-mainland', 'H', 'EB5', 'graduate']),
    () => '',
    () => '%',
    () => '~~~',
  ];
  const out = [];
  for (let i = 0; i < n; i++) {
    const parts = [];
    if (r() < 0.8) parts.push(`view=${pick(VIEWS)}`);
    const k = 1 + Math.floor(r() * 6);
    for (let j = 0; j < k; j++) parts.push(`${pick(KEYS)}=${pick(values)()}`);
    if (r() < 0.3) parts.push('from=2023&to=2014'); // reversed
    if (r() < 0.3) parts.push('mode=abs&mode=index'); // repeated
    out.push(parts.join('&'));
  }
  return out;
}

async function checkPage(page, q) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, `XSS executed for ${q}`);
  const injected = await page.evaluate(() => document.querySelectorAll('main img[src="x"], main svg[onload], main iframe, main script, .notice a').length);
  assert.equal(injected, 0, `markup from the URL was rendered for ${q}`);
  assert.ok(await page.locator('#main').count(), `the app's page is still there for ${q}`);
  assert.equal(await page.locator('.panic-card').count(), 0, `panic for ${q}`);
}

test('200+ hostile query strings: no error, a notice, nothing rendered as HTML', async () => {
  const page = await newPage(browser);
  const list = queries(220);
  let noticed = 0;
  for (let i = 0; i < list.length; i++) {
    const q = list[i];
    if (i % 11 === 0) {
      // A real load now and then…
      await page.goto(appUrl(q));
    } else {
      // …and otherwise the router's own path: history plus popstate, as back/forward does.
      await page.evaluate((q) => {
        history.pushState(null, '', '?' + q);
        dispatchEvent(new PopStateEvent('popstate'));
      }, q);
    }
    await page.waitForSelector('#main');
    await checkPage(page, q);
    if ((await page.locator('[data-notice="url"]').count()) > 0) noticed++;
  }
  // Nearly every generated link has something wrong with it, and says so.
  assert.ok(noticed >= 180, `${noticed} of ${list.length} showed a notice`);
  await assertNoErrors(page);
});

test('the notice quotes the bad value as text', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl(`view=work-visas&regions=${encodeURIComponent(PAYLOADS[0])}`));
  const notice = page.locator('[data-notice="url"]');
  await notice.waitFor();
  assert.ok((await notice.innerText()).includes('<img src=x onerror='));
  assert.equal(await notice.locator('img').count(), 0);
  await assertNoErrors(page);
});

test('the page carries the Content-Security-Policy', async () => {
  const page = await newPage(browser);
  await page.goto(appUrl('view=overview'));
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  // The page's own inline scripts (boot.js, trunk's loader) by their hashes, nothing else inline.
  assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'$/);
  // The policy is live: an inline script added now is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  assert.ok((await page.evaluate(() => window.__csp.length)) >= 1, 'the violation was reported');
});
