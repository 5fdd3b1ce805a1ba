// End-to-end tests of opening files and of the page as printed and as read by
// assistive technology: Word (.docx) and OpenDocument (.odt) files built here
// from a corpus article (with a table and a footnote) give exactly the CLI's
// marks on their text; an old-style HTML page in Windows-1258 with named
// references reads right and runs and loads nothing; Windows-1258 and UTF-16
// text files (decoded by the browser's TextDecoder in the wasm build, by
// encoding_rs in the CLI) give the CLI's text and marks; files dropped together
// (.docx with .txt, several .docx) each become an article; bad files lose nothing;
// printing shows a clean report; axe finds no WCAG 2.1 A/AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openSession, cliEntities, dropBytes, dropMany, zip, xml, fixture, root, soi, notice, waitNotice } from './support.mjs';
import { checkAxe } from './axe.mjs';
import { join } from 'node:path';

let app;
let page;
let dialogs;

before(async () => {
  app = await openSession('soi-e2e-files-', { consoleErrors: true, dialogs: true });
  ({ page, dialogs } = app);
});

after(async () => {
  await app?.close();
});

// A corpus article: its paragraphs, then a table of the people it names and a footnote.
const ARTICLE = readFileSync(join(root, 'tests', 'corpus', 'train', '100_9da20f88ef239339.txt'), 'utf8');
const PARAGRAPHS = ARTICLE.split('\n').map((l) => l.trim()).filter((l) => l);
const TABLE = [
  ['Họ và tên', 'Chức vụ mới', 'Tỷ lệ phiếu'],
  ['Lê Quang Hùng', 'Phó Chủ tịch UBND tỉnh', '100%'],
  ['Cao Văn Cường', 'Phó Chủ tịch UBND tỉnh', '100%'],
];
const NOTE = 'Theo Nghị quyết số 21-NQ/HĐND ngày 3/11/2025 của HĐND tỉnh Thanh Hóa.';
/** The text the app must show: paragraphs as lines, the table as TSV rows, the note at the end. */
const EXPECTED = [
  ...PARAGRAPHS.slice(0, 2),
  ...TABLE.map((row) => row.join('\t')),
  ...PARAGRAPHS.slice(2),
  '',
  `1. ${NOTE}`,
].join('\n');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordRun = (text) => `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
/** A paragraph split into runs, as Word writes it (a bold name, a run per style). */
const wordParagraph = (text, footnote) => {
  const cut = text.indexOf(' ', 20);
  const runs = cut > 0 ? [text.slice(0, cut), text.slice(cut)] : [text];
  const ref = footnote ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${footnote}"/></w:r>` : '';
  return `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${wordRun(runs[0])}${ref}<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xml(runs[1] ?? '')}</w:t></w:r></w:p>`;
};
const wordTable = (rows) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.map((row) => `<w:tr>${row
  .map((cell) => `<w:tc><w:tcPr/>${wordParagraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

function docx({ body = true } = {}) {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${PARAGRAPHS.slice(0, 2).map((p, i) => wordParagraph(p, i === 1 ? 2 : 0)).join('\n')}
${wordTable(TABLE)}
${PARAGRAPHS.slice(2).map((p) => wordParagraph(p)).join('\n')}
<w:p/><w:sectPr/></w:body></w:document>`;
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${wordRun(` ${NOTE}`)}</w:p></w:footnote>
</w:footnotes>`;
  return zip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>' },
    ...(body ? [{ name: 'word/document.xml', data: document }] : []),
    { name: 'word/footnotes.xml', data: footnotes },
  ]);
}

const ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
/** ODF collapses white space: runs of spaces are written as <text:s/>. */
const odfText = (s) => xml(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);

function odt() {
  const note = `<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>${odfText(NOTE)}</text:p></text:note-body></text:note>`;
  const rows = TABLE.map((row, i) => {
    const cells = row.map((c) => `<table:table-cell office:value-type="string"><text:p>${odfText(c)}</text:p></table:table-cell>`).join('');
    return i === 0 ? `<table:table-header-rows><table:table-row>${cells}</table:table-row></table:table-header-rows>` : `<table:table-row>${cells}</table:table-row>`;
  }).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF} office:version="1.3"><office:body><office:text>
<text:sequence-decls/>
<text:h text:outline-level="1">${odfText(PARAGRAPHS[0])}</text:h>
<text:p>${odfText(PARAGRAPHS[1])}${note}</text:p>
<table:table table:name="Bảng1"><table:table-column table:number-columns-repeated="3"/>${rows}</table:table>
${PARAGRAPHS.slice(2).map((p) => `<text:p><text:span>${odfText(p)}</text:span></text:p>`).join('\n')}
</office:text></office:body></office:document-content>`;
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', data: content },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}

const status = () => page.textContent('.editor .status');
/** Waits until the file `name` is opened and its text analyzed. */
async function opened(name) {
  await page.waitForFunction((n) => {
    const s = document.querySelector('.editor .status').textContent;
    return s.includes(n) && !/…/.test(s);
  }, name);
}
const shownMarks = () => page.$$eval('#reading mark', (ms) => ms.map((m) => [m.dataset.type, m.textContent]));
async function assertMarksOfText(text) {
  assert.equal(await page.inputValue('#article'), text);
  assert.deepEqual(await shownMarks(), cliEntities(text).map((e) => [e.type, e.text]));
}

test('a dropped .docx opens as text: paragraphs as lines, the table as TSV rows, the footnote at the end; marks equal the CLI', async () => {
  await dropBytes(page, 'bai-viet.docx', docx());
  await opened('bai-viet.docx');
  await assertMarksOfText(EXPECTED);
  assert.ok((await shownMarks()).length > 20);
});

test('a picked .odt opens likewise', async () => {
  await page.fill('#article', 'Ngày 5/10/2023.');
  await page.setInputFiles('#file', { name: 'bai-viet.odt', mimeType: 'application/vnd.oasis.opendocument.text', buffer: odt() });
  await opened('bai-viet.odt');
  await assertMarksOfText(EXPECTED);
});

test("Word's finer structure: tracked changes, fields, text boxes, merged cells, breaks, content controls", async () => {
  const r = (t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const document = `<?xml version="1.0" encoding="UTF-8"?>
<w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${r('Ngày 5/10/2023,')}<w:del w:id="1"><w:r><w:delText>Bộ Tài chính</w:delText></w:r></w:del><w:ins w:id="2">${r(' Bộ Nội vụ')}</w:ins>${r(' họp')}<w:r><w:tab/></w:r>${r('tại Hà Nội.')}</w:p>
<w:p>${r('Trang ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br/></w:r>${r('dòng sau')}</w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p>${r('Ảnh: Minh Hiếu')}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${r('Ảnh: Minh Hiếu')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('Quang cảnh hội nghị')}</w:p>
<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p>${r('Trong khung')}</w:p></w:sdtContent></w:sdt>
<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${r('Hai cột')}</w:p></w:tc><w:tc><w:p>${r('C')}</w:p></w:tc></w:tr>
<w:tr><w:tc><w:p>${r('a1')}</w:p><w:p>${r('a2')}</w:p></w:tc><w:tc><w:p>${r('b')}</w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
</w:body></w:document>`;
  await dropBytes(page, 'cau-truc.docx', zip([{ name: 'word/document.xml', data: document }]));
  await opened('cau-truc.docx');
  await assertMarksOfText([
    'Ngày 5/10/2023, Bộ Nội vụ họp\ttại Hà Nội.',
    'Trang 3\ndòng sau',
    'Quang cảnh hội nghị',
    'Ảnh: Minh Hiếu',
    'Trong khung',
    'Hai cột\t\tC',
    'a1 a2\tb\t',
  ].join('\n'));
});

test('an old-style HTML page (Windows-1258, &agrave; &ecirc; &ocirc;) reads right; its scripts never run, nothing loads', async () => {
  const before = app.requests.length;
  await dropBytes(page, 'tin-cu.html', readFileSync(fixture('legacy-1258.html')), 'text/html');
  await opened('tin-cu.html');
  const text = [
    'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
    '',
    'Ngày 29/12/2023, tại Thành phố Thái Bình, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy chủ trì hội nghị.',
    '',
    'Đồng chí Nguyên Văn Hùng, Phó Chủ tịch UBND tỉnh, báo cáo kết quả năm 2023 — toàn tỉnh kết nạp 1.250 đảng viên mới & thực hiện Nghị quyết số 21-NQ/TW.',
    '',
    'Hà Nội, ngày 5/10/2023',
    'Bộ Nội vụ',
    'Phòng Tổ chức',
    'Sở Nội vụ',
    'Đơn vị\tKết quả',
    'Huyện Kiên Xương\t98,4%',
  ].join('\n');
  await assertMarksOfText(text);
  assert.match(await notice(page), /Windows-1258/);
  // Give a script, a refresh or an image the time to act: none does.
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(app.requests.slice(before).filter((u) => /beacon/.test(u)), []);
  assert.equal(new URL(page.url()).pathname, new URL(app.base).pathname);
});

/** What the CLI makes of the file `bytes`: {text, entities, note} (its plain output without the brackets, its --json marks, its note). */
function cliRead(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'soi-cli-'));
  try {
    const file = join(dir, 'input.txt');
    writeFileSync(file, bytes);
    const plain = execFileSync(soi, ['--color', 'never', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const json = JSON.parse(execFileSync(soi, ['--json', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const note = spawnSync(soi, ['--summary', file], { encoding: 'utf8' }).stderr;
    return { text: plain.replace(/⟦([^⟧]*)⟧[A-Z]+/g, '$1'), entities: json.entities, note };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** UTF-16 little-endian bytes of `text`, after a byte-order mark. */
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

test('Windows-1258 and UTF-16 (LE, with BOM) text files give the same text and marks as the CLI', async () => {
  // A corpus article with Windows line ends, an NFD word and a character outside the BMP.
  const article = `${ARTICLE.split('\n').slice(0, 6).join('\r\n')}\r\nNguye\u0302\u0303n Va\u0306n An 𝟙.\r\n`;
  // The same with a lone surrogate: replaced by U+FFFD, and a note says so.
  const broken = Buffer.concat([utf16le('Ngày 5/10/2023, Bộ Nội vụ họp.'), Buffer.from([0x00, 0xd8]), Buffer.from(' Hà Nội.\n', 'utf16le')]);
  const cases = [
    ['windows-1258.txt', readFileSync(fixture('windows-1258.txt')), /Windows-1258/],
    ['utf16-bom.txt', utf16le(article), null],
    ['utf16-loi.txt', broken, /UTF-16/],
  ];
  for (const [name, bytes, noted] of cases) {
    const cli = cliRead(bytes);
    await page.fill('#article', 'Ngày 5/10/2023.');
    await dropBytes(page, name, bytes, 'text/plain');
    await opened(name);
    assert.equal(await page.inputValue('#article'), cli.text, name);
    assert.deepEqual(await shownMarks(), cli.entities.map((e) => [e.type, e.text]), name);
    assert.ok(cli.entities.length >= 2, name);
    if (noted) assert.match(await notice(page), noted, name);
  }
  // The CLI saw what the page saw: the article's text with \n line ends, and the broken file's note.
  assert.equal(cliRead(utf16le(article)).text, article.replace(/\r\n/g, '\n'));
  assert.match(cliRead(broken).note, /replaced by \uFFFD/);
  assert.ok(cliRead(broken).text.includes('\uFFFD Hà Nội.'));
});

/** A .docx whose body is these paragraphs. */
const simpleDocx = (lines) => zip([{
  name: 'word/document.xml',
  data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${lines.map((l) => `<w:p>${wordRun(l)}</w:p>`).join('')}</w:body></w:document>`,
}]);
const listedNames = () => page.$$eval('#article-list .article-name', (e) => e.map((x) => x.textContent));
/** Opens the article named `name` from the list; its text. */
async function articleText(name) {
  await page.evaluate((n) => [...document.querySelectorAll('#article-list li')]
    .find((li) => li.querySelector('.article-name').textContent === n).querySelector('.open').click(), name);
  await page.waitForFunction((n) => document.querySelector('#article-list li.current .article-name')?.textContent === n, name);
  return page.inputValue('#article');
}

test('files dropped together each become an article, each read as alone: a .docx with a .txt; three .docx, an .odt and an .html', async () => {
  const before = (await listedNames()).length;
  const TXT = 'Ngày 5/10/2023, Bộ Nội vụ họp tại Hà Nội.\n';
  await dropMany(page, [
    { name: 'cung-luc.docx', bytes: docx() },
    { name: 'cung-luc.txt', bytes: Buffer.from(TXT), type: 'text/plain' },
  ]);
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, before + 2);
  assert.deepEqual((await listedNames()).slice(-2), ['cung-luc.docx', 'cung-luc.txt']);
  // The first is shown, with the CLI's marks on its text.
  await opened('cung-luc.docx');
  await assertMarksOfText(EXPECTED);
  assert.equal(await articleText('cung-luc.txt'), TXT);
  await assertMarksOfText(TXT);
  assert.equal(await articleText('cung-luc.docx'), EXPECTED);

  const docs = [
    ['mot.docx', ['Sáng 3/10/2023, đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, dự hội nghị tại Hà Nội.', 'Bài một.']],
    ['hai.docx', ['Ngày 29/12/2023, Bộ Nội vụ quán triệt Nghị quyết số 21-NQ/TW.', 'Bài hai.']],
    ['ba.docx', ['Toàn tỉnh kết nạp 1.250 đảng viên.', 'Bài ba.']],
  ];
  const html = '<!doctype html><html><head><title>x</title><script>window.pwned = 1</script></head><body><p>Đồng chí Ngô Đông Hải dự họp ngày 5/10/2023.</p></body></html>';
  await dropMany(page, [
    ...docs.map(([name, lines]) => ({ name, bytes: simpleDocx(lines) })),
    { name: 'bon.odt', bytes: odt() },
    { name: 'nam.html', bytes: Buffer.from(html), type: 'text/html' },
  ]);
  await page.waitForFunction((n) => document.querySelectorAll('#article-list li').length === n, before + 7);
  assert.deepEqual((await listedNames()).slice(-5), ['mot.docx', 'hai.docx', 'ba.docx', 'bon.odt', 'nam.html']);
  for (const [name, lines] of docs) {
    assert.equal(await articleText(name), lines.join('\n'), name);
    await assertMarksOfText(lines.join('\n'));
  }
  assert.equal(await articleText('bon.odt'), EXPECTED);
  assert.equal((await articleText('nam.html')).trim(), 'Đồng chí Ngô Đông Hải dự họp ngày 5/10/2023.');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test('bad documents and a PDF: a clear message, the text and marks on the page stay', async () => {
  await dropBytes(page, 'bai-viet.docx', docx());
  await opened('bai-viet.docx');
  const kept = { text: await page.inputValue('#article'), marks: await shownMarks() };
  const good = docx();
  const cut = Buffer.from(good.subarray(0, good.length - 40));
  const scrambled = Buffer.from(good);
  const body = good.indexOf('word/document.xml') + 40; // inside its deflated bytes
  for (let i = body; i < body + 400; i++) scrambled[i] ^= 0x5a;
  const protectedDoc = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]);
  const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(65 << 20, 0x20) }]);
  const liar = zip([{ name: 'word/document.xml', data: Buffer.alloc(65 << 20, 0x20), size: 1000 }]);
  // Each message differs from the one before it, so waiting for it waits for that file.
  const cases = [
    ['cat-ngan.docx', cut, /bị hỏng/],
    ['khong-than.docx', docx({ body: false }), /thiếu word\/document\.xml/],
    ['xao-tron.docx', scrambled, /bị hỏng/],
    ['mat-khau.docx', protectedDoc, /có mật khẩu/],
    ['bom.docx', bomb, /quá lớn khi giải nén \(trên 64 MB\)/],
    ['gia.odt', Buffer.from('PK\x03\x04 not really'), /bị hỏng/],
    ['khoa.odt', zip([{ name: 'content.xml', data: '\x8f\x01' }, { name: 'META-INF/manifest.xml', data: '<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>' }]), /có mật khẩu/],
    ['noi-doi.docx', liar, /quá lớn khi giải nén/],
    ['scan.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), /PDF.*\.docx, \.odt/],
    ['cu.doc', protectedDoc, /Word cũ \(\.doc\)/],
    ['lon.docx', 21 << 20, /quá lớn \(21,0 MB\)/],
  ];
  for (const [name, bytes, message] of cases) {
    await dropBytes(page, name, bytes);
    await waitNotice(page, message);
    assert.equal(await page.inputValue('#article'), kept.text, name);
    assert.deepEqual(await shownMarks(), kept.marks, name);
    assert.match(await status(), /bai-viet\.docx/, name);
  }
  // A browser without DecompressionStream says so.
  await page.evaluate(() => {
    window.savedStream = window.DecompressionStream;
    delete window.DecompressionStream;
  });
  await dropBytes(page, 'cu.docx', good);
  await waitNotice(page, /thiếu DecompressionStream/);
  await page.evaluate(() => { window.DecompressionStream = window.savedStream; });
  assert.equal(await page.inputValue('#article'), kept.text);
  // In English too.
  await page.click('#lang-en');
  await dropBytes(page, 'cat-ngan.docx', cut);
  await waitNotice(page, /damaged/);
  await page.click('#lang-vi');
});

test('printing gives a clean report: article, legend and tables; no text box, no buttons', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    for (const selector of ['#reading', '.legend', '.summary', '.table[data-type="PERSON"] table', 'h1']) {
      assert.ok(await page.isVisible(selector), `${selector} is printed`);
    }
    assert.equal(await page.isVisible('#article'), false);
    const shownButtons = await page.$$eval('button', (bs) => bs
      .filter((b) => b.checkVisibility() && !b.matches('.legend-item, button.show'))
      .map((b) => b.id || b.className || b.textContent));
    assert.deepEqual(shownButtons, []);
    // A legend entry and a table row's name are printed as text, not as buttons.
    const chrome = await page.$eval('.legend-item', (b) => getComputedStyle(b).borderTopStyle);
    assert.equal(chrome, 'none');
    assert.ok(await page.$$eval('#reading mark', (ms) => ms.filter((m) => m.checkVisibility()).length) > 20);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.length > 20_000, `PDF of ${pdf.length} bytes`);
  } finally {
    await page.emulateMedia({ media: null });
  }
  assert.ok(await page.isVisible('#article'));
});

test('accessibility: no WCAG 2.1 A/AA violation (axe) in light and dark mode, with a mark\'s details open', async () => {
  await checkAxe(page, 'light mode');
  await page.click('#reading mark[data-type="PERSON"]');
  await page.waitForSelector('#details .chip');
  await checkAxe(page, "light mode, a mark's details open");
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await checkAxe(page, "dark mode, a mark's details open");
    await page.keyboard.press('Escape');
    await page.waitForSelector('#details .hint');
    await checkAxe(page, 'dark mode');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

test('no request left this origin; no page errors', () => {
  const origin = new URL(app.base).origin;
  const foreign = app.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(app.problems, []);
});
