// End-to-end tests of the built app (dist/) in Debian's Chromium.
// SOI_BASE_URL: where dist/ is served (scripts/test.sh starts a local server);
// without it, openSession (support.mjs) serves dist/ on a free loopback port.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { here, root, fixture, TYPES, openSession, cliEntities, dropFiles, download, waitNotice } from './support.mjs';

let session;
let base;
let context;
let page;
let requests;
let problems;

async function waitForAnalysis(expectedText) {
  await page.waitForFunction(
    (t) => {
      const area = document.querySelector('#article');
      const status = document.querySelector('.editor .status');
      return area && area.value === t && status && !/…/.test(status.textContent);
    },
    expectedText,
  );
}

async function markTypes() {
  return page.$$eval('#reading mark[data-type]', (ms) => [...new Set(ms.map((m) => m.dataset.type))].sort());
}

async function pasteArticle(text) {
  await page.fill('#article', text);
  await waitForAnalysis(text);
}

before(async () => {
  session = await openSession('soi-e2e-', { consoleErrors: true, permissions: ['clipboard-read', 'clipboard-write'] });
  ({ base, context, page, requests, problems } = session);
});

after(async () => {
  await session?.close();
});

test('opens with the sample article analyzed, in Vietnamese', async () => {
  const sample = readFileSync(join(root, 'www', 'sample.txt'), 'utf8');
  const value = await page.inputValue('#article');
  assert.equal(value, sample);
  const types = await markTypes();
  assert.ok(types.length >= 4, `types in sample: ${types}`);
  const expected = [...new Set(cliEntities(sample).map((e) => e.type))].sort();
  assert.deepEqual(types, expected);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.match(await page.textContent('.summary h2'), /Tổng hợp/);
  assert.equal(await page.isVisible('.loading'), false);
  // Each mark's text is exactly the article's text at that place.
  const marks = await page.$$eval('#reading mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.every((t) => t.length > 0 && sample.includes(t)));
  // The reading view holds the whole article as text.
  assert.equal(await page.$eval('#reading', (r) => r.textContent), sample);
  assert.equal(await page.textContent('#article-list li.current .article-name'), 'Bài mẫu');
});

test('a pasted article gets marks of each type the engine finds, equal to the CLI', async () => {
  const text = readFileSync(fixture('article.txt'), 'utf8');
  await pasteArticle(text);
  const expected = cliEntities(text);
  const types = await markTypes();
  assert.deepEqual(types, [...new Set(expected.map((e) => e.type))].sort());
  assert.ok(types.length >= 5, `types: ${types}`);
  const shown = await page.$$eval('#reading mark', (ms) => ms.map((m) => [m.dataset.type, m.textContent]));
  assert.deepEqual(shown, expected.map((e) => [e.type, e.text]));
  // Pasted over the sample, the article is the user's: no longer named "Bài mẫu".
  assert.equal(await page.textContent('#article-list li.current .article-name'), 'Bài 1');
  // Legend counts agree.
  for (const type of TYPES) {
    const n = expected.filter((e) => e.type === type).length;
    const count = await page.textContent(`.legend-item[data-type="${type}"] .count`);
    assert.equal(Number(count), n, type);
  }
});

test('a paste is analyzed at once, typing after the pause', async () => {
  // The article of the tests after this one, put back at the end.
  const before = await page.inputValue('#article');
  // Every timer of 100 ms or more (the typing pause is 150 ms) is held back
  // until the test runs it (a cleared one is forgotten): what shows before
  // that needed no timer.
  await page.evaluate(() => {
    window.__held = new Map();
    window.__real = { set: window.setTimeout, clear: window.clearTimeout };
    let next = 1e9;
    window.setTimeout = (f, ms, ...args) => {
      if (ms < 100) return window.__real.set.call(window, f, ms, ...args);
      next += 1;
      window.__held.set(next, () => f(...args));
      return next;
    };
    window.clearTimeout = (id) => (window.__held.delete(id) ? undefined : window.__real.clear.call(window, id));
    window.__runHeld = () => {
      const due = [...window.__held.values()];
      window.__held.clear();
      for (const f of due) f();
    };
  });
  const input = (text, inputType) => page.evaluate(([t, type]) => {
    const area = document.querySelector('#article');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: type }));
  }, [text, inputType]);
  const reading = (t) => page.waitForFunction((x) => document.querySelector('#reading').textContent === x, t);
  try {
    const pasted = 'Ngày 12/3/2024, đồng chí Nguyễn Văn An dự họp tại tỉnh Quảng Nam.';
    await input(pasted, 'insertFromPaste');
    await reading(pasted);
    assert.ok(await page.$('#reading mark[data-type="DATE"]'), 'the pasted text is marked');
    const typed = `${pasted} Sáng 13/3`;
    await input(typed, 'insertText');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.textContent('#reading'), pasted, 'typing waits for the pause');
    await page.evaluate(() => window.__runHeld());
    await reading(typed);
  } finally {
    await page.evaluate(() => {
      window.setTimeout = window.__real.set;
      window.clearTimeout = window.__real.clear;
      window.__runHeld();
    });
    await input(before, 'insertFromPaste');
    await waitForAnalysis(before);
  }
});

test('typing inside the text keeps the caret; clearing and undoing set the box', async () => {
  // The app sets the box's value itself, only when it holds another text:
  // the text it just reported must not be written back (the caret would jump).
  const before = await page.inputValue('#article');
  const text = 'Ngày 12/3/2024, Bộ Nội vụ họp.';
  await pasteArticle(text);
  const at = 'Ngày 12/3/2024,'.length;
  await page.focus('#article');
  await page.evaluate((n) => document.querySelector('#article').setSelectionRange(n, n), at);
  const typed = ' tại Hà Nội';
  // Slower than the typing pause, so that analyses and renders land mid-word.
  await page.keyboard.type(typed, { delay: 60 });
  const expected = `${text.slice(0, at)}${typed}${text.slice(at)}`;
  await waitForAnalysis(expected);
  assert.equal(await page.textContent('#reading'), expected);
  assert.equal(await page.evaluate(() => document.querySelector('#article').selectionStart), at + typed.length);
  await page.click('#clear');
  await page.waitForFunction(() => document.querySelector('#article').value === '');
  await page.click('#undo');
  await waitForAnalysis(expected);
  await pasteArticle(before);
});

test('export JSON equals `soi --json` for the same text', async () => {
  const json = await download(page, '#export-json');
  assert.equal(json.name, 'soi.json');
  const exported = JSON.parse(json.text);
  assert.deepEqual(exported.entities, cliEntities(readFileSync(fixture('article.txt'), 'utf8')));
  for (const e of exported.entities) {
    for (const k of ['type', 'start', 'end', 'text', 'start_utf16', 'end_utf16']) assert.ok(k in e, k);
  }
  // CSV of a table and the standalone HTML page download too.
  const csv = await download(page, '.table[data-type="DATE"] .csv');
  assert.equal(csv.name, 'soi-date.csv');
  assert.match(csv.text, /^\uFEFF.+\r\n/);
  const page2 = (await download(page, '#export-html')).text;
  assert.match(page2, /<mark data-type="DATE"/);
  assert.doesNotMatch(page2, /<script/);
});

test('copy JSON puts the contract on the clipboard', async () => {
  await page.click('#copy-json');
  await waitNotice(page, /Đã sao chép|Copied/);
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied.entities, cliEntities(readFileSync(fixture('article.txt'), 'utf8')));
});

test('the legend hides and shows a type by a class on the container', async () => {
  const item = '.legend-item[data-type="DATE"]';
  await page.click(item);
  assert.equal(await page.getAttribute(item, 'aria-pressed'), 'false');
  assert.match(await page.getAttribute('#reading-wrap', 'class'), /\bhide-DATE\b/);
  const bg = await page.$eval('#reading mark[data-type="DATE"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, 'rgba(0, 0, 0, 0)');
  const other = await page.$eval('#reading mark[data-type="PLACE"]', (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(other, 'rgba(0, 0, 0, 0)');
  await page.click(item);
  assert.equal(await page.getAttribute(item, 'aria-pressed'), 'true');
  assert.doesNotMatch(await page.getAttribute('#reading-wrap', 'class'), /hide-DATE/);
});

test("a mark's details show its normalized value", async () => {
  const date = await page.$('#reading mark[data-type="DATE"]');
  await date.click();
  await page.waitForSelector('#details dd[data-field="value"]');
  assert.match(await page.textContent('#details dd[data-field="value"]'), /^\d{4}(-\d{2}){0,2}/);
  // Keyboard: focusing a mark selects it too.
  await page.focus('#reading mark[data-type="REGULATION"]');
  await page.waitForSelector('#details .chip[data-type="REGULATION"]');
  assert.match(await page.textContent('#details'), /Số hiệu|Number/);
  const label = await page.getAttribute('#reading mark[data-type="REGULATION"]', 'aria-label');
  assert.match(label, /^văn bản: /);
  // Escape closes the details.
  await page.keyboard.press('Escape');
  await page.waitForSelector('#details .hint');
});

test('a table row scrolls to and flashes its marks', async () => {
  const row = page.locator('.table[data-type="PERSON"] tbody tr').first();
  const marks = (await row.getAttribute('data-marks')).split(' ');
  await row.locator('button.show').click();
  await page.waitForSelector(`#m-${marks[0]}.flash`);
  assert.equal(await page.evaluate(() => document.activeElement.id), `m-${marks[0]}`);
});

test('editing the reference date re-analyzes', async () => {
  await page.fill('#refdate', '2020-03-15');
  await page.waitForSelector('#refdate-source[data-source="Given"]');
  await page.click('.refdate button');
  await page.waitForSelector('#refdate-source:not([data-source="Given"])');
});

test('the language switch changes the labels', async () => {
  await page.click('#lang-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.textContent('.summary h2'), /Summary/);
  assert.match(await page.textContent('label[for="article"]'), /Article text/);
  await page.click('#lang-vi');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.match(await page.textContent('.summary h2'), /Tổng hợp/);
});

const drop = (name, text, type) => dropFiles(page, [{ name, text, type }]);

test('dropping a .txt file analyzes it', async () => {
  const text = 'Sáng 29/12, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy Thái Bình dự hội nghị.\n';
  await drop('bai.txt', text, 'text/plain');
  await waitForAnalysis(text);
  assert.match(await page.textContent('.editor .status'), /bai\.txt/);
  assert.ok((await page.$$('#reading mark')).length >= 2);
});

test('dropping an .html file analyzes its visible text, inertly', async () => {
  const html = readFileSync(fixture('article.html'), 'utf8');
  await drop('bai.html', html, 'text/html');
  await page.waitForFunction(() => document.querySelector('.editor .status').textContent.includes('bai.html'));
  const value = await page.inputValue('#article');
  assert.match(value, /Ngô Đông Hải/);
  assert.doesNotMatch(value, /pwned|<script|<p>|Tiêu đề trang/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.ok((await page.$$('#reading mark')).length >= 2);
});

test('files that are not text are refused with a message', async () => {
  const before = await page.inputValue('#article');
  await drop('scan.pdf', '%PDF-1.4', 'application/pdf');
  await waitNotice(page, /Chỉ mở được|Only/);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 1, 2, 3, 0, 0])], 'renamed.txt'));
    document.body.firstElementChild.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  await waitNotice(page, /PDF/);
  assert.equal(await page.inputValue('#article'), before);
});

test('pasted markup stays text', async () => {
  const evil = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> Ngày 5/10/2023 Bộ Nội vụ';
  await pasteArticle(evil);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval('#reading img, #reading script', (e) => e.length), 0);
  assert.match(await page.textContent('#reading'), /<script>window.pwned=1<\/script>/);
});

test('usable at 375 px, screenshot of the app', async () => {
  await pasteArticle(readFileSync(join(root, 'www', 'sample.txt'), 'utf8'));
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page is ${width}px wide at 375px`);
  mkdirSync(join(here, 'artifacts'), { recursive: true });
  await page.screenshot({ path: join(here, 'artifacts', 'mobile.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  // A fresh page for the picture.
  await page.goto(base);
  await page.waitForSelector('#reading mark[data-type]');
  await page.hover('#reading mark[data-type="PERSON"]');
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs', 'screenshot.png') });
  assert.ok(existsSync(join(root, 'docs', 'screenshot.png')));
});

test('no request left this origin; no errors, no CSP violations', () => {
  const origin = new URL(base).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')));
});

test('the page runs under a strict Content-Security-Policy', async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /object-src 'none'; base-uri 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline/);
  // Every script is an external file of this origin (no inline loader).
  const inline = await page.$$eval('script', (s) => s.filter((x) => !x.src).length);
  assert.equal(inline, 0);
});

test('works offline once opened (service worker)', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload(); // now controlled by the worker, which caches as it serves
  await page.waitForSelector('#reading mark[data-type]');
  await page.evaluate(() => caches.open('soi-v4').then((c) => c.match('./soi-web_bg.wasm')).then((r) => r || Promise.reject(new Error('wasm not cached'))));
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('#reading mark[data-type]', { timeout: 15_000 });
    assert.ok((await page.$$('#reading mark')).length > 10);
  } finally {
    await context.setOffline(false);
  }
});
