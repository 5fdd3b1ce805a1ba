// Word (.docx) and OpenDocument (.odt) documents and HTML pages as text, with
// the browser's own DecompressionStream and DOMParser: no library, nothing
// fetched, and a parsed document runs no script and loads nothing. The wasm
// app (src/app/documents.rs) finds the parts inside the zip and calls these
// through globalThis.soiDocuments (set by boot.js). Problems are thrown as
// string codes: 'damaged', 'too-large', 'no-body', 'unsupported'.
//
// The text: one line per paragraph, one line per table row with its cells
// separated by tabs, notes (footnotes, endnotes) at the end.

/** The raw deflate `data` (a zip entry) inflated, refusing more than `limit` bytes. */
export async function inflateRaw(data, limit) {
  if (typeof DecompressionStream !== 'function') throw 'unsupported';
  // The Blob copies `data` now: it is a view of the wasm memory, which may move.
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    let step;
    try {
      step = await reader.read();
    } catch {
      throw 'damaged';
    }
    if (step.done) break;
    size += step.value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw 'too-large';
    }
    chunks.push(step.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** XML bytes (UTF-8, or UTF-16 with a byte order mark) parsed, or 'damaged'. */
function parseXml(bytes) {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
    : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw 'damaged';
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw 'damaged';
  return doc;
}

/** Paragraphs as lines; runs of blank lines kept to one; no blank line at either end. */
function joinLines(lines) {
  const kept = [];
  for (const line of lines) {
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line.trim() === '' ? '' : line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}

/** A table cell's lines as one TSV field. */
const cellText = (lines) => lines.map((l) => l.replace(/[\t\n]+/g, ' ').trim()).filter((l) => l).join(' ');

// ---- Word (WordprocessingML) ----

const WORD = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const isWord = (el) => WORD.has(el.namespaceURI);
const wordAttr = (el, name) => [...el.attributes].find((a) => a.localName === name && WORD.has(a.namespaceURI))?.value;

/** The lines of Word block content (a body, a cell, a note, a text box). */
function wordBlocks(parent, lines, refs) {
  for (const el of parent.children) {
    if (el.localName === 'Fallback') continue; // a copy of its AlternateContent's Choice
    if (!isWord(el)) {
      wordBlocks(el, lines, refs);
    } else if (el.localName === 'p') {
      const boxes = [];
      lines.push(wordInline(el, refs, boxes));
      lines.push(...boxes);
    } else if (el.localName === 'tbl') {
      wordTable(el, lines, refs);
    } else if (!['sectPr', 'pPr', 'tblPr', 'del', 'moveFrom'].includes(el.localName)) {
      wordBlocks(el, lines, refs); // sdt, sdtContent, customXml, ins…
    }
  }
}

/** The text of a paragraph; the lines of its text boxes go to `boxes`. */
function wordInline(parent, refs, boxes) {
  let text = '';
  for (const el of parent.children) {
    if (el.localName === 'Fallback') continue;
    if (!isWord(el)) {
      text += wordInline(el, refs, boxes);
      continue;
    }
    switch (el.localName) {
      case 't': text += el.textContent; break;
      case 'tab': case 'ptab': text += '\t'; break;
      case 'br': case 'cr': text += '\n'; break;
      case 'noBreakHyphen': text += '-'; break;
      case 'footnoteReference': case 'endnoteReference':
        refs.push(`${el.localName[0]}:${wordAttr(el, 'id')}`);
        break;
      case 'txbxContent': wordBlocks(el, boxes, refs); break;
      // Deleted text, field codes, properties: not what a reader sees.
      case 'del': case 'moveFrom': case 'delText': case 'instrText': case 'rPr': case 'pPr':
        break;
      default: text += wordInline(el, refs, boxes);
    }
  }
  return text;
}

function wordTable(table, lines, refs) {
  for (const el of table.children) {
    if (el.localName === 'tr') {
      const cells = [];
      wordCells(el, cells, refs);
      lines.push(cells.join('\t'));
    } else if (['sdt', 'sdtContent', 'customXml'].includes(el.localName)) {
      wordTable(el, lines, refs);
    }
  }
}

function wordCells(row, cells, refs) {
  for (const el of row.children) {
    if (el.localName === 'tc') {
      const lines = [];
      wordBlocks(el, lines, refs);
      cells.push(cellText(lines));
      // A merged cell keeps the columns of the rows below it aligned.
      const props = [...el.children].find((c) => c.localName === 'tcPr');
      const span = props && [...props.children].find((c) => c.localName === 'gridSpan');
      const extra = Math.min(Number(span && wordAttr(span, 'val')) - 1 || 0, 64);
      for (let i = 0; i < extra; i++) cells.push('');
    } else if (['sdt', 'sdtContent', 'customXml'].includes(el.localName)) {
      wordCells(el, cells, refs);
    }
  }
}

/** The notes of footnotes.xml or endnotes.xml by id: (kind, id) → lines. */
function wordNotes(bytes, kind, notes) {
  if (!bytes) return;
  const doc = parseXml(bytes);
  for (const note of doc.documentElement.children) {
    if (!isWord(note) || (note.localName !== 'footnote' && note.localName !== 'endnote')) continue;
    const type = wordAttr(note, 'type');
    if (type && type !== 'normal') continue; // separators
    const lines = [];
    wordBlocks(note, lines, []);
    notes.set(`${kind}:${wordAttr(note, 'id')}`, lines);
  }
}

/** The text of word/document.xml, then its notes in the order they are referenced. */
export function wordText(documentXml, footnotesXml, endnotesXml) {
  const doc = parseXml(documentXml);
  const body = [...doc.documentElement.children].find((el) => isWord(el) && el.localName === 'body');
  if (!body) throw 'no-body';
  const lines = [];
  const refs = [];
  wordBlocks(body, lines, refs);
  const notes = new Map();
  wordNotes(footnotesXml, 'f', notes);
  wordNotes(endnotesXml, 'e', notes);
  return withNotes(lines, refs.map((r) => notes.get(r)).filter((n) => n));
}

/**
 * The body's lines, a blank line, then each note on its line as "n. its text"
 * (a list label the engine does not take for a figure). The body keeps no
 * reference mark: a number glued to a word would change what is marked there.
 */
function withNotes(lines, notes) {
  if (notes.length > 0) {
    lines.push('');
    notes.forEach((note, i) => lines.push(`${i + 1}. ${cellText(note)}`));
  }
  return joinLines(lines);
}

// ---- OpenDocument ----

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/** The lines of OpenDocument block content. */
function odfBlocks(parent, lines, notes) {
  for (const el of parent.children) {
    const ns = el.namespaceURI;
    if (ns === TEXT && (el.localName === 'p' || el.localName === 'h')) {
      const frames = [];
      lines.push(odfInline(el, notes, frames).trim());
      lines.push(...frames);
    } else if (ns === TABLE && el.localName === 'table') {
      odfRows(el, lines, notes);
    } else if (ns === TEXT && el.localName === 'tracked-changes') {
      // The deleted text of tracked changes.
    } else if (ns === OFFICE && el.localName === 'annotation') {
      // Comments.
    } else {
      odfBlocks(el, lines, notes); // lists, sections, frames…
    }
  }
}

function odfInline(parent, notes, frames) {
  let text = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.data.replace(/[ \t\r\n]+/g, ' '); // ODF collapses white space
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const [ns, name] = [node.namespaceURI, node.localName];
    if (ns === TEXT && name === 's') {
      text += ' '.repeat(Math.min(Number(node.getAttributeNS(TEXT, 'c')) || 1, 64));
    } else if (ns === TEXT && name === 'tab') {
      text += '\t';
    } else if (ns === TEXT && name === 'line-break') {
      text += '\n';
    } else if (ns === TEXT && name === 'note') {
      const body = node.getElementsByTagNameNS(TEXT, 'note-body')[0];
      const lines = [];
      if (body) odfBlocks(body, lines, notes);
      notes.push(lines);
    } else if (ns === OFFICE && name === 'annotation') {
      // Comments.
    } else if (name === 'frame' || name === 'text-box') {
      odfBlocks(node, frames, notes);
    } else {
      text += odfInline(node, notes, frames);
    }
  }
  return text;
}

function odfRows(parent, lines, notes) {
  for (const el of parent.children) {
    if (el.namespaceURI !== TABLE) continue;
    if (el.localName === 'table-row') {
      const cells = [];
      for (const cell of el.children) {
        if (cell.namespaceURI !== TABLE || !cell.localName.endsWith('table-cell')) continue;
        const inner = [];
        odfBlocks(cell, inner, notes);
        const repeat = Math.min(Number(cell.getAttributeNS(TABLE, 'number-columns-repeated')) || 1, 64);
        for (let i = 0; i < repeat; i++) cells.push(cellText(inner));
      }
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      lines.push(cells.join('\t'));
    } else if (el.localName.endsWith('rows') || el.localName === 'table-row-group') {
      odfRows(el, lines, notes); // header rows, row groups
    }
  }
}

/** The text of an .odt's content.xml, its notes at the end. */
export function openDocumentText(contentXml) {
  const doc = parseXml(contentXml);
  const text = doc.getElementsByTagNameNS(OFFICE, 'text')[0];
  if (!text) throw 'no-body';
  const lines = [];
  const notes = [];
  odfBlocks(text, lines, notes);
  return withNotes(lines, notes);
}

// ---- HTML ----

/** Elements whose content a reader never sees. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math',
  'object', 'embed', 'title', 'select', 'datalist']);
/** Elements that stand on their own line. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'ul', 'caption', 'legend', 'center']);
/** Elements followed by a blank line. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The visible text of an HTML page (already decoded to a string): one block per
 * line, a blank line after paragraphs and headings, table rows as tab-separated
 * cells. Every named character reference (&agrave;, &ecirc;…) is decoded by
 * the browser's parser; the parsed document has no window: nothing in it runs
 * or loads, and none of it is ever put into the page.
 */
export function htmlText(html) {
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  const out = [];
  htmlWalk(doc.body ?? doc.documentElement, out);
  const lines = out.join('').split('\n')
    .map((l) => l.split('\t').map((c) => c.replace(/\s+/g, ' ').trim()).join('\t').replace(/^\t+$/, ''));
  return joinLines(lines);
}

/** A start tag, its quoted attribute values possibly holding a '>'. */
const TAG = /<[a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;
/** An event handler attribute's name (`onerror=`), after what separates attributes. */
const HANDLER = /([\s/"'])on([a-z]+\s*=)/gi;

/**
 * `html` with its event handler attributes renamed (onerror= → data-on-error=).
 * They could never run (the parsed document has no window), but the page's
 * Content-Security-Policy would report each one as it is parsed.
 */
const withoutHandlers = (html) => html.replace(TAG, (tag) => tag.replace(HANDLER, '$1data-on-$2'));

/**
 * Ends the current line, unless it is already ended: blocks in blocks, or
 * separated by white space only, make one break.
 */
function newline(out) {
  while (out.length > 0 && /^ *$/.test(out[out.length - 1])) out.pop();
  if (out.length > 0 && !out[out.length - 1].endsWith('\n')) out.push('\n');
}

/** Walks `parent`'s visible text into `out`; inside `<pre>` (`pre`) line breaks are kept. */
function htmlWalk(parent, out, pre = false) {
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.data.replace(pre ? /[\t\r\f]/g : /[\t\n\r\f]/g, ' '));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const name = node.localName;
    if (HIDDEN.has(name) || node.hasAttribute('hidden')) continue;
    if (name === 'br') {
      out.push('\n');
    } else if (name === 'tr') {
      newline(out);
      let first = true;
      for (const cell of node.children) {
        if (cell.localName !== 'td' && cell.localName !== 'th') continue;
        if (!first) out.push('\t');
        first = false;
        const inner = [];
        htmlWalk(cell, inner);
        out.push(inner.join('').replace(/\s+/g, ' '));
      }
      out.push('\n');
    } else if (PARAGRAPHS.has(name)) {
      newline(out);
      htmlWalk(node, out, pre);
      out.push('\n\n');
    } else if (BLOCKS.has(name)) {
      newline(out);
      htmlWalk(node, out, pre || name === 'pre');
      newline(out);
    } else {
      htmlWalk(node, out, pre);
    }
  }
}
