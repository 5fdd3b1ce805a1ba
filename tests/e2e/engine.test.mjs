// The engine in the browser against the CLI: every corpus article (dev, train,
// unseen), as written (NFC) and decomposed (NFD), analyzed by the page's wasm
// (`analyze_wire`, what the Web Worker answers) gives exactly the marks,
// attributes and reference date of `soi --input-format jsonl`. The wasm build
// normalizes Unicode with the browser's String.prototype.normalize and decodes
// legacy encodings with TextDecoder (src/unorm/, src/input/codec.rs): this is
// where a difference from the native crates would show. Also checks the wire
// form as src/app/wire.rs documents it, and the worker's request as
// src/app/request.rs reads it (serde-wasm-bindgen): malformed ones refused
// with an error that says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, root, soi } from './support.mjs';

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
  const out = spawnSync(soi, ['--input-format', 'jsonl'], {
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
    (texts) => texts.map((text, id) => Array.from(window.wasmBindings.analyze_wire({ id, text }))),
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
  const [dated] = await app.page.evaluate(
    (text) => [Array.from(window.wasmBindings.analyze_wire({ id: 1, text, reference: '2020-03-15' }))],
    texts[0],
  );
  const given = readWire(texts[0], dated);
  assert.equal(given.reference_source, 'given');
  assert.equal(given.reference_date, '2020-03-15');
  assert.deepEqual(app.problems, []);
});

test('the worker reads its request with serde-wasm-bindgen and says what is wrong with a malformed one', async () => {
  const text = 'Sáng 10.1, đồng chí Nguyễn Giờ - Trưởng Ban Tổ chức Tỉnh ủy dự Hội nghị.';
  // The page's wasm, called as the worker calls it.
  const thrown = await app.page.evaluate((text) => {
    const attempt = (request) => {
      try {
        window.wasmBindings.analyze_wire(request);
        return null;
      } catch (error) {
        return `${error instanceof Error}: ${error.message}`;
      }
    };
    return {
      noText: attempt({ id: 1 }),
      numberText: attempt({ id: 1, text: 5 }),
      badDate: attempt({ id: 1, text, reference: '2023-13-45' }),
      noId: attempt({ text }),
      notObject: attempt('x'.repeat(100_000)),
      nothing: attempt(undefined),
      nullReference: attempt({ id: 2, text, reference: null }),
    };
  }, text);
  const malformed = 'true: malformed analysis request (expected {id, text, reference?}): ';
  for (const [k, why] of Object.entries({
    noText: 'missing field `text`',
    numberText: 'invalid type: floating point `5.0`, expected a string',
    badDate: 'reference "2023-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    noId: 'missing field `id`',
  })) {
    assert.equal(thrown[k], malformed + why, k);
  }
  assert.ok(thrown.notObject.startsWith(`${malformed}invalid type: string "xxx`), thrown.notObject);
  assert.ok(thrown.notObject.length < 300, `${thrown.notObject.length} characters: the text is not quoted whole`);
  assert.ok(thrown.nothing.startsWith(malformed), thrown.nothing);
  assert.equal(thrown.nullReference, null);
  // Through the Web Worker itself: {id, wire} for a request, {id, error} for a malformed one.
  const answers = await app.page.evaluate(async (text) => {
    const worker = new Worker('./worker.js', { type: 'module' });
    const ask = (message) => new Promise((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage(message);
    });
    const good = await ask({ id: 41, text });
    const bad = await ask({ id: 42, text: ['not', 'a', 'string'] });
    worker.terminate();
    return {
      good: { id: good.id, wire: good.wire instanceof Uint8Array ? Array.from(good.wire) : good },
      bad,
    };
  }, text);
  assert.equal(answers.good.id, 41);
  assert.deepEqual(readWire(text, answers.good.wire), cliAnswers([text])[0]);
  assert.equal(answers.bad.id, 42);
  assert.ok(answers.bad.error.startsWith(`Error: ${malformed.slice('true: '.length)}invalid type: `), answers.bad.error);
  assert.ok(answers.bad.error.endsWith(', expected a string'), answers.bad.error);
  assert.equal(answers.bad.wire, undefined);
  assert.deepEqual(app.problems, []);
});
