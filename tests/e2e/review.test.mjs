// End-to-end tests of review and the workspace (issue 9, parts 1–3), in
// Chromium: correcting marks by keyboard and mouse with undo and redo,
// corrections kept across a reload and carried by every export, 50 files
// dropped at once, the tables across articles, the workspace file round
// trip, deleting with undo, a storage refusal, accessible names, XSS, and
// axe-core's WCAG 2.1 A/AA rules with all of it open, in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, openSession, paste, settled, dropFiles, download, notice, waitNotice, watchLongTasks, longTasks } from './support.mjs';
import { checkAxe } from './axe.mjs';

const ARTICLE = readFileSync(fixture('article.txt'), 'utf8');
let session;
let page;

before(async () => {
  session = await openSession('soi-e2e-review-');
  page = session.page;
  page.on('dialog', (d) => {
    session.problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
});

after(async () => {
  await session?.close();
});

const marks = () => page.$$eval('#reading mark', (ms) => ms.map((m) => ({
  type: m.dataset.type, text: m.textContent, user: m.dataset.source === 'user', id: m.id,
})));
const active = () => page.evaluate(() => {
  const m = document.activeElement;
  return m && m.tagName === 'MARK' ? { type: m.dataset.type, text: m.textContent, user: m.dataset.source === 'user' } : null;
});
const correctionCount = async () => Number((await page.textContent('#corrections-count')).split(' ')[0]);

/** Selects `words` (the `nth` time they appear in the reading view's text); returns the selection's page rectangle. */
async function selectWords(words, nth = 0) {
  return page.evaluate(({ words, nth }) => {
    const reading = document.querySelector('#reading');
    const at = reading.textContent.split(words, nth + 1).join(words).length;
    const walker = document.createTreeWalker(reading, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      if (seen <= at && at < seen + len) range.setStart(node, at - seen);
      if (seen < at + words.length && at + words.length <= seen + len) range.setEnd(node, at + words.length - seen);
      seen += len;
    }
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rects = range.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    const s = getSelection();
    s.removeAllRanges();
    s.addRange(range);
    return { x1: first.left + 1, y1: (first.top + first.bottom) / 2, x2: last.right - 1, y2: (last.top + last.bottom) / 2 };
  }, { words, nth });
}

/** Selects `words` by dragging the mouse over them. */
async function dragOver(words, nth = 0) {
  const r = await selectWords(words, nth);
  await page.evaluate(() => getSelection().removeAllRanges());
  await page.mouse.move(r.x1, r.y1);
  await page.mouse.down();
  await page.mouse.move((r.x1 + r.x2) / 2, r.y2, { steps: 3 });
  await page.mouse.move(r.x2, r.y2, { steps: 3 });
  await page.mouse.up();
  await page.waitForSelector('.selection-bar');
}

async function newArticle(text) {
  await page.click('#new-article');
  await page.waitForFunction(() => document.querySelector('#article').value === '');
  await paste(page, text);
  await settled(page, text);
}

test('remove, retype, resize and add marks from the keyboard; undo and redo', async () => {
  await newArticle(ARTICLE);
  const before = await marks();
  assert.equal(await correctionCount(), 0);
  // Delete on a focused mark removes it.
  const figure = before.find((m) => m.text === '16/18');
  await page.focus(`#${figure.id}`);
  await page.keyboard.press('Delete');
  await page.waitForFunction((n) => document.querySelectorAll('#reading mark').length === n, before.length - 1);
  assert.ok(!(await marks()).some((m) => m.text === '16/18'));
  // 1–6 retype it, in legend order (2: ORG); the focus stays on it.
  await page.focus('#m-0');
  assert.equal((await active()).type, 'PERSON');
  await page.keyboard.press('2');
  await page.waitForFunction(() => document.activeElement?.dataset.type === 'ORG');
  assert.deepEqual(await active(), { type: 'ORG', text: 'NGUYÊN ĐOAN', user: true });
  // Shift+→ moves its end by a word; Alt+Shift+→ its start.
  const pct = (await marks()).find((m) => m.text === '60,52%');
  await page.focus(`#${pct.id}`);
  await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction(() => document.activeElement?.textContent === '60,52%, trong');
  assert.deepEqual(await active(), { type: 'FIGURE', text: '60,52%, trong', user: true });
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.waitForFunction(() => document.activeElement?.textContent === '52%, trong');
  // Select words (snapped to whole words), then a key: a new mark.
  await selectWords('rung tâm Chính tr');
  await page.waitForSelector('.selection-bar');
  await page.keyboard.press('2');
  await page.waitForFunction(() => [...document.querySelectorAll('#reading mark')].some((m) => m.textContent === 'Trung tâm Chính trị'));
  const added = (await marks()).find((m) => m.text === 'Trung tâm Chính trị');
  assert.deepEqual([added.type, added.user], ['ORG', true]);
  assert.equal(await page.$('.selection-bar'), null);
  assert.equal(await correctionCount(), 4);
  // Ctrl+Z undoes, Ctrl+Shift+Z redoes, in order.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => ![...document.querySelectorAll('#reading mark')].some((m) => m.textContent === 'Trung tâm Chính trị'));
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => [...document.querySelectorAll('#reading mark')].some((m) => m.textContent === '60,52%, trong'));
  assert.equal(await correctionCount(), 3);
  await page.keyboard.press('Control+Shift+Z');
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction(() => [...document.querySelectorAll('#reading mark')].some((m) => m.textContent === 'Trung tâm Chính trị'));
  assert.equal(await correctionCount(), 4);
  // The review list names each correction.
  await page.click('#review-corrections');
  const listed = await page.$$eval('#corrections-list li', (li) => li.map((l) => l.textContent));
  assert.equal(listed.length, 4);
  assert.ok(listed.some((l) => /16\/18/.test(l)), listed.join(' | '));
});

test('by mouse: a selection offers the types; the details change type, attributes, and remove', async () => {
  const count = await correctionCount();
  // A new mark: drag over words, pick a type in the toolbar at the selection.
  await dragOver('Quân sự');
  await page.click('.selection-bar button[data-type="PLACE"]');
  await page.waitForFunction(() => [...document.querySelectorAll('#reading mark')].some((m) => m.textContent === 'Quân sự'));
  assert.equal((await marks()).find((m) => m.text === 'Quân sự').type, 'PLACE');
  // A new extent for a mark: select part of it, give its type.
  await dragOver('Ban Tổ chức Huyện ủy', 0);
  await page.click('.selection-bar button[data-type="ORG"]');
  await page.waitForFunction(() => [...document.querySelectorAll('#reading mark')].some((m) => m.textContent === 'Ban Tổ chức Huyện ủy'));
  const orgs = (await marks()).filter((m) => m.text.startsWith('Ban Tổ chức Huyện ủy'));
  assert.deepEqual(orgs.map((m) => [m.text, m.user]), [['Ban Tổ chức Huyện ủy', true], ['Ban Tổ chức Huyện ủy Tiên Phước', false]]);
  // The details: change the type with a button.
  const place = (await marks()).find((m) => m.text === 'Phú Ninh');
  await page.click(`#${place.id}`);
  await page.click('#details .retype button[data-type="ORG"]');
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.type === 'ORG', place.id);
  // Attributes: a figure's unit (markup stays text).
  const fig = (await marks()).find((m) => m.text === '86,67%');
  await page.click(`#${fig.id}`);
  const payload = '<img src=x onerror="window.__xss=1">';
  await page.fill('#attr-unit', payload);
  await page.click('#save-attrs');
  await page.waitForFunction((p) => document.querySelector('#details dd[data-field="unit"]')?.textContent === p, payload);
  assert.equal(await page.getAttribute(`#${fig.id}`, 'data-source'), 'user');
  // A date's ISO value, from the keyboard (Enter saves).
  const date = (await marks()).find((m) => m.text === 'ngày 1/6/2023');
  await page.click(`#${date.id}`);
  await page.fill('#attr-value', '2023-06-02');
  await page.press('#attr-value', 'Enter');
  await page.waitForFunction(() => document.querySelector('#details dd[data-field="value"]')?.textContent === '2023-06-02');
  // Remove with the button.
  const n = (await marks()).length;
  await page.click('#remove-mark');
  await page.waitForFunction((n) => document.querySelectorAll('#reading mark').length === n - 1, n);
  assert.equal(await correctionCount(), count + 5);
  // Undo and redo with the buttons.
  await page.click('#undo-correction');
  await page.waitForFunction((n) => document.querySelectorAll('#reading mark').length === n, n);
  await page.click('#redo-correction');
  await page.waitForFunction((n) => document.querySelectorAll('#reading mark').length === n - 1, n);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.$$eval('img', (i) => i.length), 0);
});

test('corrections survive a reload; JSON, JSONL, CSV and HTML exports carry them', async () => {
  const shown = await marks();
  const users = shown.filter((m) => m.user).map((m) => [m.type, m.text]);
  assert.ok(users.length >= 5, JSON.stringify(users));
  await page.waitForTimeout(300); // the last write lands
  await page.reload();
  await page.waitForSelector('#reading mark[data-source="user"]');
  assert.equal(await page.inputValue('#article'), ARTICLE);
  assert.deepEqual(await marks(), shown);
  const json = JSON.parse((await download(page, '#export-json')).text);
  const exported = json.entities.filter((e) => e.source === 'user').map((e) => [e.type, e.text]);
  assert.deepEqual(exported, users);
  assert.ok(json.entities.every((e) => e.source === 'user' || e.source === 'rule'));
  const unit = json.entities.find((e) => e.text === '86,67%');
  assert.equal(unit.unit, '<img src=x onerror="window.__xss=1">');
  assert.equal(json.entities.find((e) => e.text === 'ngày 1/6/2023'), undefined, 'removed');
  const jsonl = (await download(page, '#export-jsonl')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(jsonl.length, await page.$$eval('#article-list li', (l) => l.length));
  const mine = jsonl.find((l) => l.entities.some((e) => e.source === 'user'));
  assert.deepEqual(Object.keys(mine).sort(), ['entities', 'file', 'reference_date', 'reference_source']);
  assert.deepEqual(mine.entities, json.entities);
  const csv = (await download(page, '.table[data-type="PLACE"] .csv')).text;
  assert.match(csv, /\r\nQuân sự,1\r\n/);
  const html = (await download(page, '#export-html')).text;
  assert.match(html, /<mark data-type="PLACE" data-source="user" title="[^"]*">Quân sự<\/mark>/);
  assert.doesNotMatch(html, /<img/);
});

test('corrections survive a new reference date and edits elsewhere; one whose words are gone is dropped, with a notice', async () => {
  const userMarks = async () => (await marks()).filter((m) => m.user).map((m) => m.text);
  const kept = await userMarks();
  const count = await correctionCount();
  assert.ok(kept.includes('Quân sự'));
  await page.fill('#refdate', '2020-03-15');
  await page.waitForSelector('#refdate-source[data-source="Given"]');
  assert.deepEqual(await userMarks(), kept);
  // Text added before them: every correction follows its words.
  const moved = `Tin mới.\n${ARTICLE}`;
  await paste(page, moved);
  await settled(page, moved);
  assert.deepEqual(await userMarks(), kept);
  // The words of one are gone: it is dropped, and the notice says so.
  const edited = moved.replace('Quân sự', 'Quân khu');
  await paste(page, edited);
  await settled(page, edited);
  assert.deepEqual(await userMarks(), kept.filter((t) => t !== 'Quân sự'));
  assert.match(await notice(page), /(Đã bỏ chỉnh sửa|Dropped corrections).*\(1\)/);
  assert.equal(await correctionCount(), count - 1);
  // Back as it was for the next tests.
  await page.click('.refdate button');
  await paste(page, ARTICLE);
  await settled(page, ARTICLE);
});

function manyArticles(n) {
  return Array.from({ length: n }, (_, i) => ({
    name: `bai-${String(i).padStart(2, '0')}.txt`,
    text: `Sáng ${(i % 28) + 1}/10/2023, đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, dự hội nghị tại Hà Nội.`
      + (i % 2 === 0 ? ' Hội nghị quán triệt Nghị quyết số 21-NQ/TW.' : ' Toàn tỉnh kết nạp 1.250 đảng viên.')
      + `\nBài số ${i}.\n`,
  }));
}

test('50 files dropped at once: responsive, listed with counts, tables across articles, kept across a reload', async () => {
  const before = await page.$$eval('#article-list li', (l) => l.length);
  await watchLongTasks(page);
  const files = manyArticles(50);
  await dropFiles(page, files);
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, before + 50, { timeout: 30_000 });
  // Every article analyzed in the background: counts, no "…".
  await page.waitForFunction(() => ![...document.querySelectorAll('#article-list .article-counts')].some((c) => c.textContent === '…'), null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const long = await longTasks(page);
  console.log(`# 50 files: long tasks (ms): ${long.join(', ') || 'none'}`);
  assert.ok(long.every((d) => d <= 200), `main-thread tasks over 200 ms: ${long}`);
  // The first file is shown.
  assert.equal(await page.inputValue('#article'), files[0].text);
  const row = page.locator('#article-list li', { hasText: 'bai-07.txt' });
  assert.equal(await row.locator('.swatch[data-type="PERSON"]').textContent(), '1');
  // Search.
  await page.fill('#article-search', 'bai-4');
  assert.equal(await page.$$eval('#article-list li', (l) => l.length), 10);
  await page.fill('#article-search', '');
  // Across articles: one person, in 50 articles; a document cited by 25.
  await page.click('#toggle-across');
  const people = page.locator('.across [data-table="people"] tbody tr', { hasText: 'Lê Văn Dũng' });
  assert.equal(await people.count(), 1);
  const cells = await people.locator('td').allTextContents();
  assert.equal(cells[1].split('; ').length, 50);
  assert.equal(cells[2], '50');
  assert.equal(cells[0], 'Bí thư Tỉnh ủy');
  const doc = page.locator('.across [data-table="documents"] tbody tr', { hasText: '21-NQ/TW' });
  const citing = await doc.locator('td').allTextContents();
  const names = citing[2].split('; ');
  assert.equal(names.filter((n) => n.startsWith('bai-')).length, 25);
  assert.equal(citing[1], String(names.length));
  const figures = await page.$$eval('.across [data-table="figures"] tbody tr',
    (rows) => rows.filter((r) => r.textContent.includes('kết nạp 1.250 đảng viên')).map((r) => r.children[2].textContent));
  assert.equal(figures.length, 25);
  assert.equal(new Set(figures).size, 25, 'each with its own article');
  // A timeline row opens its article at its mark.
  const dated = page.locator('.across [data-table="timeline"] tbody tr', { hasText: 'bai-30.txt' }).first();
  await dated.locator('button.show').click();
  await page.waitForFunction(() => document.querySelector('#article').value.includes('Bài số 30.'));
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK' && document.activeElement.dataset.type === 'DATE');
  assert.equal(await page.getAttribute('#article-list li.current .open', 'aria-current'), 'true');
  // Kept across a reload.
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('#reading mark[data-type]');
  assert.equal(await page.$$eval('#article-list li', (l) => l.length), before + 50);
  assert.match(await page.inputValue('#article'), /Bài số 30\./);
});

test('the workspace file: export, delete all (asked, undoable), import: the same bytes', async () => {
  const exported = await download(page, '#export-workspace');
  assert.equal(exported.name, 'soi-workspace.json');
  const n = await page.$$eval('#article-list li', (l) => l.length);
  assert.equal(JSON.parse(exported.text).articles.length, n);
  // Asked first; Cancel keeps everything.
  await page.click('#clear-workspace');
  await page.waitForSelector('#confirm-text');
  await page.click('#confirm-no');
  assert.equal(await page.$$eval('#article-list li', (l) => l.length), n);
  // Deleted, then undone.
  await page.click('#clear-workspace');
  await page.click('#confirm-yes');
  await page.waitForFunction(() => document.querySelectorAll('#article-list li').length === 1);
  await page.click('#restore');
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, n);
  // Deleted for good, then imported back.
  await page.click('#clear-workspace');
  await page.click('#confirm-yes');
  await page.waitForFunction(() => document.querySelectorAll('#article-list li').length === 1);
  assert.equal(await page.inputValue('#article'), '');
  await page.setInputFiles('#import-workspace', exported.path);
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, n);
  const again = await download(page, '#export-workspace');
  assert.equal(again.text, exported.text);
  // Not a workspace: said, nothing replaced.
  await page.setInputFiles('#import-workspace', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await waitNotice(page, /không phải|not a Soi/);
  assert.equal(await page.$$eval('#article-list li', (l) => l.length), n);
});

test('deleting one article asks first and can be undone', async () => {
  const n = await page.$$eval('#article-list li', (l) => l.length);
  const name = await page.textContent('#article-list li:nth-child(2) .article-name');
  await page.focus('#article-list li:nth-child(2) .delete');
  await page.keyboard.press('Enter');
  assert.match(await page.textContent('#confirm-text'), new RegExp(name.replace('.', '\\.')));
  // The question has the keyboard, on Cancel; Shift+Tab reaches Delete.
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-no');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'confirm-yes');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n - 1, n);
  assert.ok(!(await page.$$eval('.article-name', (e) => e.map((x) => x.textContent))).includes(name));
  await page.click('#restore');
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, n);
  assert.equal(await page.textContent('#article-list li:nth-child(2) .article-name'), name);
});

test('accessibility: no WCAG 2.1 A/AA violation (axe) with the workspace list, corrections, the tables across articles and a corrected mark\'s details open, light and dark', async () => {
  assert.ok(await page.$$eval('#article-list li', (l) => l.length) > 50);
  // A corrected mark (its corner dot), the list of corrections open.
  const person = (await marks()).find((m) => m.type === 'PERSON' && !m.user);
  await page.focus(`#${person.id}`);
  await page.keyboard.press('2');
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.source === 'user', person.id);
  if ((await page.getAttribute('#review-corrections', 'aria-expanded')) !== 'true') await page.click('#review-corrections');
  await page.waitForSelector('#corrections-list li');
  if ((await page.getAttribute('#toggle-across', 'aria-expanded')) !== 'true') await page.click('#toggle-across');
  await page.waitForSelector('.across [data-table="people"] tbody tr');
  await page.fill('#article-search', 'bai-1');
  await page.waitForFunction(() => document.querySelectorAll('#article-list li').length === 10);
  await checkAxe(page, 'light mode, the workspace searched, corrections and tables across articles open');
  await page.fill('#article-search', '');
  // The details of the corrected mark: its type buttons, its attribute fields.
  await page.click(`#${person.id}`);
  await page.waitForSelector('#details .retype');
  await checkAxe(page, "light mode, the workspace and a corrected mark's details open");
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await checkAxe(page, "dark mode, the workspace and a corrected mark's details open");
    // The selection toolbar, then the question before deleting an article.
    await selectWords(await page.$eval('#reading', (r) => r.textContent.match(/\p{L}{4,}/u)[0]));
    await page.waitForSelector('.selection-bar');
    await checkAxe(page, 'dark mode, the selection toolbar open');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.selection-bar', { state: 'detached' });
    await page.click('#article-list li:nth-child(2) .delete');
    await page.waitForSelector('#confirm-text');
    await checkAxe(page, 'dark mode, asked before deleting an article');
    await page.click('#confirm-no');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.waitForSelector('#confirm-text', { state: 'detached' });
  await page.click('#toggle-across');
  // Back as it was: the correction undone.
  await page.click('#undo-correction');
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.source !== 'user', person.id);
});

test('new controls work from the keyboard and have accessible names', async () => {
  const unnamed = await page.$$eval(
    '.workspace button, .workspace input, .corrections button, #details button, #details input, .across button',
    (els) => els.filter((el) => {
      const label = el.getAttribute('aria-label') || el.textContent.trim() || (el.labels && [...el.labels].map((l) => l.textContent).join('').trim());
      return !label;
    }).map((el) => el.outerHTML),
  );
  assert.deepEqual(unnamed, []);
  // Keyboard only: Tab to "New article", Enter; then to an article, Enter.
  const n = await page.$$eval('#article-list li', (l) => l.length);
  await page.focus('#lang-en');
  await page.focus('#lang-vi');
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== 'new-article'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'new-article');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n + 1, n);
  await page.focus('#article-list li:first-child .open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#article-list li:first-child.current');
  // The selection toolbar is a labelled toolbar of labelled buttons.
  await selectWords(await page.$eval('#reading', (r) => r.textContent.match(/\p{L}{4,}/u)[0]));
  await page.waitForSelector('.selection-bar[role="toolbar"][aria-label]');
  const names = await page.$$eval('.selection-bar button', (b) => b.map((x) => x.textContent.replace(/^\d/, '')));
  assert.deepEqual(names, ['người', 'tổ chức', 'địa danh', 'ngày tháng', 'văn bản', 'số liệu'].map((k) => `Đánh dấu là ${k}`));
  await page.keyboard.press('Escape');
  await page.waitForSelector('.selection-bar', { state: 'detached' });
});

test('XSS in file names and in edited attributes stays inert', async () => {
  const evil = ['<img src=x onerror="window.__xss=1">.txt', '"><script>window.__xss=2</script>.txt', '<svg onload=window.__xss=3>.txt'];
  await dropFiles(page, evil.map((name) => ({ name, text: 'Ông Lê Văn Dũng dự họp ngày 5/10/2023.\n' })));
  await page.waitForFunction(() => [...document.querySelectorAll('.article-name')].some((e) => e.textContent.startsWith('<svg')));
  const names = await page.$$eval('.article-name', (e) => e.map((x) => x.textContent));
  for (const name of evil) assert.ok(names.includes(name), name);
  // A person's role with markup.
  await page.click('#reading mark[data-type="PERSON"]');
  await page.fill('#attr-role', '<svg/onload=window.__xss=4>');
  await page.click('#save-attrs');
  await page.waitForFunction(() => document.querySelector('#details dd[data-field="role"]')?.textContent === '<svg/onload=window.__xss=4>');
  await page.click('#toggle-across').catch(() => {});
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.$$eval('img, svg, iframe, object, embed', (e) => e.length), 0);
  assert.equal(await page.$$eval('script', (s) => s.filter((x) => !x.src).length), 0);
  assert.deepEqual(session.problems, []);
});

test('a storage refusal (quota) is reported, and work goes on in memory', async () => {
  const other = await session.context.newPage();
  await other.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  try {
    await other.goto(session.base);
    await other.waitForSelector('#reading', { state: 'attached' });
    await other.click('#new-article');
    const text = 'Sáng 29/12/2023, đồng chí Ngô Đông Hải dự hội nghị tại Hà Nội.';
    await paste(other, text);
    await settled(other, text);
    await other.waitForSelector('#storage-alert');
    assert.match(await other.textContent('#storage-alert'), /không cho lưu|refuses to store/);
    assert.equal(await other.getAttribute('#storage-alert', 'role'), 'alert');
    // Corrections still work.
    const n = await other.$$eval('#reading mark', (m) => m.length);
    await other.focus('#reading mark');
    await other.keyboard.press('Delete');
    await other.waitForFunction((n) => document.querySelectorAll('#reading mark').length === n - 1, n);
    assert.equal(Number((await other.textContent('#corrections-count')).split(' ')[0]), 1);
  } finally {
    await other.close();
  }
});

test('the text an older version kept in localStorage becomes the first article', async () => {
  const other = await session.context.newPage();
  try {
    await other.goto(session.base);
    await other.waitForSelector('#reading', { state: 'attached' });
    const old = 'Ngày 5/10/2023, đồng chí Lê Văn Dũng dự họp tại Hà Nội.';
    await other.evaluate((t) => new Promise((resolve, reject) => {
      localStorage.setItem('soi.text', t);
      const del = indexedDB.deleteDatabase('soi');
      del.onsuccess = resolve;
      del.onerror = () => reject(del.error);
    }), old);
    await other.reload();
    await other.waitForSelector('#reading mark[data-type="PERSON"]');
    assert.equal(await other.inputValue('#article'), old);
    assert.equal(await other.$$eval('#article-list li', (l) => l.length), 1);
    assert.equal(await other.evaluate(() => localStorage.getItem('soi.text')), null);
  } finally {
    await other.close();
  }
});

test('no request left the origin', () => {
  const origin = new URL(session.base).origin;
  const foreign = session.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
});
