// The engine in the browser against the CLI: every corpus article (dev, train,
// unseen), as written (NFC) and decomposed (NFD), analyzed by the page's wasm
// (`analyze_wire`, what the Web Worker answers) gives exactly the marks,
// attributes and reference date of `soi --input-format jsonl`. The wasm build
// normalizes Unicode with the browser's String.prototype.normalize and decodes
// legacy encodings with TextDecoder (crates/unorm-web, src/input.rs): this is
// where a difference from the native crates would show. Also checks the wire
// form as src/app/wire.rs documents it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, root } from './support.mjs';

let app;

before(async () => {
  app = await openSession('soi-e2e-engine-');
});

after(async () => {
  await app?.close();
});

const KINDS = ['PERSON', 'ORG', 'PLACE', 'DATE', 'REGULATION', 'FIGURE'];
const FIELDS = ['role', 'id', 'unit', 'doc_type', 'issuer'];
const SOURCES = { given: 'given', dateline: 'dateline', year: 'year_in_text', none: 'none' };

/** Reads src/app/wire.rs's form: {reference_date, reference_source, entities} with UTF-16 offsets into `text`. */
function readWire(text, bytes) {
  const buf = Buffer.from(bytes);
  const utf8 = Buffer.from(text, 'utf8');
  let at = 0;
  const u8 = () => buf[at++];
  const u32 = () => { const v = buf.readUInt32LE(at); at += 4; return v; };
  const str = () => { const n = u32(); const s = buf.toString('utf8', at, at + n); at += n; return s; };
  const utf16 = (byte) => utf8.toString('utf8', 0, byte).length;
  const reference = str();
  const source = str();
  str(); // the dateline
  const count = u32();
  const entities = [];
  for (let i = 0; i < count; i++) {
    const e = { type: KINDS[u8()] };
    const start = u32();
    const end = u32();
    const fields = u8();
    FIELDS.forEach((f, bit) => { if (fields & (1 << bit)) e[f] = str(); });
    if (fields & (1 << 5)) {
      const tag = u8();
      if (tag === 1) e.value = str();
      else if (tag === 2) { e.value = Number(buf.readBigInt64LE(at)); at += 8; }
      else if (tag === 3) { e.value = Number(buf.readBigUInt64LE(at)); at += 8; }
      else if (tag === 4) { e.value = buf.readDoubleLE(at); at += 8; }
      else e.value = JSON.parse(str());
    }
    e.start_utf16 = utf16(start);
    e.end_utf16 = utf16(end);
    e.text = utf8.toString('utf8', start, end);
    entities.push(e);
  }
  assert.equal(at, buf.length, 'the whole answer was read');
  return { reference_date: reference === '-' ? null : reference, reference_source: SOURCES[source], entities };
}

/** The CLI's answers for `texts`, one process for all. */
function cliAnswers(texts) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const out = spawnSync(join(root, 'target', 'release', 'soi'), ['--input-format', 'jsonl'], {
    input, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.trim().split('\n').map((line) => {
    const a = JSON.parse(line);
    return {
      reference_date: a.reference_date,
      reference_source: a.reference_source,
      entities: a.entities.map(({ start, end, source, ...e }) => e),
    };
  });
}

test('the wasm engine gives the CLI\'s marks on every corpus article, in NFC and in NFD', async () => {
  const names = [];
  const texts = [];
  for (const dir of ['dev', 'train', 'unseen']) {
    const folder = join(root, 'tests', 'corpus', dir);
    for (const f of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(folder, f), 'utf8');
      names.push(`${dir}/${f}`, `${dir}/${f} (NFD)`);
      texts.push(text, text.normalize('NFD'));
    }
  }
  assert.ok(texts.length > 300, `${texts.length} texts`);
  const wires = await app.page.evaluate(
    (texts) => texts.map((t) => Array.from(window.wasmBindings.analyze_wire(t, ''))),
    texts,
  );
  const cli = cliAnswers(texts);
  let marks = 0;
  texts.forEach((text, i) => {
    const wasm = readWire(text, wires[i]);
    assert.deepEqual(wasm, cli[i], names[i]);
    marks += wasm.entities.length;
  });
  assert.ok(marks > 5_000, `${marks} marks`);
  // A given reference date reaches the engine the same way.
  const [dated] = await app.page.evaluate((t) => [Array.from(window.wasmBindings.analyze_wire(t, '2020-03-15'))], texts[0]);
  assert.equal(readWire(texts[0], dated).reference_source, 'given');
  assert.deepEqual(app.problems, []);
});
