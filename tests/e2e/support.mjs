// What the end-to-end tests share: serving dist/ on loopback (unless
// SOI_BASE_URL names a server), launching Debian's Chromium headless with a
// fresh profile, and a few page helpers.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const fixture = (name) => join(here, 'fixtures', name);
export const TYPES = ['PERSON', 'ORG', 'PLACE', 'DATE', 'REGULATION', 'FIGURE'];

/** Serves dist/ on a free loopback port; resolves to its URL. */
export function startServer() {
  const server = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', '0', '-d', join(root, 'dist')], {
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
 * A browser session: {base, context, page, requests, problems, close()}.
 * Every request of the session and every page error are recorded.
 */
export async function openSession(prefix) {
  let served = null;
  let base = process.env.SOI_BASE_URL;
  if (!base) {
    served = startServer();
    base = await served.url;
  }
  if (!base.endsWith('/')) base += '/';
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const requests = [];
  const problems = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(base);
  await page.waitForSelector('#reading mark[data-type]', { timeout: 30_000 });
  return {
    base, context, page, requests, problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      served?.server.kill();
    },
  };
}

/** Sets the textarea as a paste does (one input event). */
export async function paste(page, text) {
  await page.evaluate((t) => {
    const area = document.querySelector('#article');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
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

/** Drops files: [{name, text}] on the page, as one drop. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
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
