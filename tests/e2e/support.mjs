// What the end-to-end tests and bench.mjs share: serving dist/ on loopback
// (unless SOI_BASE_URL names a server), launching Debian's Chromium headless
// with a fresh profile, a few page helpers, the CLI (its path, its marks for a
// text), dropping text or bytes as files, and a tiny zip writer (node's zlib)
// to build .docx and .odt files in the test itself.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const fixture = (name) => join(here, 'fixtures', name);
export const TYPES = ['PERSON', 'ORG', 'PLACE', 'DATE', 'REGULATION', 'FIGURE'];
/** The CLI the tests compare with (`cargo build --release --bin soi`). */
export const soi = join(root, 'target', 'release', 'soi');

/** How every test file starts Debian's Chromium: headless, and without the
 * background traffic this machine's closed network refuses. */
export const CHROMIUM_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  locale: 'vi-VN',
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
};

/**
 * Debian's Chromium with a fresh profile (a temporary directory):
 * {context, close()}; close() also removes the profile.
 */
export async function launchChromium(prefix) {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(profile, { recursive: true, force: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, CHROMIUM_OPTIONS);
  } catch (e) {
    remove();
    throw e;
  }
  return {
    context,
    async close() {
      await context.close();
      remove();
    },
  };
}

/** Serves `dir` (default dist/) on a free loopback port; `url` resolves to its URL. */
export function startServer(dir = join(root, 'dist')) {
  const server = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', '0', '-d', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise((resolve, reject) => {
    const onData = (d) => {
      const m = /port (\d+)/.exec(String(d));
      if (m) resolve(`http://127.0.0.1:${m[1]}/`);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', () => reject(new Error('http.server exited')));
  });
  return { server, url };
}

/**
 * A browser session: {base, context, page, requests, problems, dialogs, close()}.
 * Every request of the session (any page or worker) and every page error are
 * recorded; with `consoleErrors`, console errors too. `permissions` are
 * granted to the app's origin before it opens (e.g. the clipboard's). With
 * `dialogs`, every dialog of the page (alert, confirm, prompt) from its first
 * load on is dismissed and its message recorded in `dialogs`.
 */
export async function openSession(prefix, { consoleErrors = false, permissions = [], dialogs: watchDialogs = false } = {}) {
  let served = null;
  let base = process.env.SOI_BASE_URL;
  if (!base) {
    served = startServer();
    base = await served.url;
  }
  if (!base.endsWith('/')) base += '/';
  const browser = await launchChromium(prefix);
  const { context } = browser;
  if (permissions.length) await context.grantPermissions(permissions, { origin: base.replace(/\/$/, '') });
  const requests = [];
  const problems = [];
  const dialogs = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (consoleErrors) {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
  }
  if (watchDialogs) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
  }
  await page.goto(base);
  await page.waitForSelector('#reading mark[data-type]', { timeout: 30_000 });
  return {
    base, context, page, requests, problems, dialogs,
    async close() {
      await browser.close();
      served?.server.kill();
    },
  };
}

/**
 * Hands a text to the page ahead of `pasteStaged`: moving megabytes through the
 * DevTools protocol is a main-thread task of the test harness, not of the app, and must
 * not be counted among the app's long tasks.
 */
export const stage = (page, text) => page.evaluate((t) => { window.__staged = t; }, text);

/** Sets the textarea as a paste does (one input event). */
export async function paste(page, text) {
  await stage(page, text);
  await pasteStaged(page);
}

/** Pastes the text given to `stage` (one input event, as `paste`). */
export async function pasteStaged(page) {
  await page.evaluate(() => {
    const area = document.querySelector('#article');
    area.value = window.__staged;
    delete window.__staged;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
}

/** Waits until `text` is analyzed and its reading view fully shown. */
export async function settled(page, text, timeout = 60_000) {
  await page.waitForFunction(
    (t) => {
      const status = document.querySelector('.editor .status');
      return document.querySelector('#article').value === t
        && !/…/.test(status.textContent)
        && !document.querySelector('.progress')
        && document.querySelector('#reading').textContent === t;
    },
    text,
    { timeout },
  );
}

/** The notice under the export buttons (a refused file, an encoding converted, …). */
export const notice = (page) => page.textContent('.export .notice');

/** Waits until the notice matches `re`; returns it. */
export async function waitNotice(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('.export .notice').textContent), re.source);
  return notice(page);
}

/** Starts recording the page's long tasks (main-thread tasks over 50 ms); longTasks reads them. */
export function watchLongTasks(page) {
  return page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

/** The durations (ms) of the long tasks since watchLongTasks. */
export const longTasks = (page) => page.evaluate(() => window.__long);

/** Drops files: [{name, text, type (default text/plain)}] on the page, as one drop. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type ?? 'text/plain' }));
    const target = document.querySelector('#reading');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, files);
}

/** Clicks `selector` and returns the download: {name, text}. */
export async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), path: await d.path(), text: readFileSync(await d.path(), 'utf8') };
}

/** The marks `soi --json` finds in `text` (the app must find the same). */
export function cliEntities(text) {
  const dir = mkdtempSync(join(tmpdir(), 'soi-cli-'));
  try {
    const file = join(dir, 'text.txt');
    writeFileSync(file, text);
    const out = execFileSync(soi, ['--json', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
    return JSON.parse(out).entities;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drops `bytes` (a Buffer, or a size: that many zero bytes) on the page as a file named `name`. */
export function dropBytes(page, name, bytes, type = '') {
  return dropMany(page, [{ name, bytes, type }]);
}

/** Drops several files in one drop: [{name, bytes (a Buffer, or a size), type?}], in this order. */
export async function dropMany(page, files) {
  await page.evaluate(
    (files) => {
      const dt = new DataTransfer();
      for (const { name, data, size, type } of files) {
        const body = size ? new Uint8Array(size) : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        dt.items.add(new File([body], name, { type }));
      }
      const target = document.querySelector('#reading');
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    },
    files.map(({ name, bytes, type = '' }) => {
      const sized = typeof bytes === 'number';
      return { name, data: sized ? '' : Buffer.from(bytes).toString('base64'), size: sized ? bytes : 0, type };
    }),
  );
}

/**
 * A zip archive of `files`: [{name, data (string or Buffer), store?, size?}],
 * deflated unless `store`; `size` overrides the size the archive states (to
 * lie about it, as a zip bomb does).
 */
export function zip(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const f of files) {
    const data = Buffer.from(f.data);
    const body = f.store ? data : deflateRawSync(data);
    const name = Buffer.from(f.name);
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(f.store ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.size ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(f.store ? 0 : 8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(f.size ?? data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A zip header of `length` bytes starting with `signature`. */
function header(signature, length) {
  const h = Buffer.alloc(length);
  h.writeUInt32LE(signature, 0);
  return h;
}

/** XML text escaped. */
export const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
