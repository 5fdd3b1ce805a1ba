// temporary: wasm analyze timing of DIST (env ZZ_DIST), 1 MB bench input
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, launchChromium, startServer } from './support.mjs';
const dist = process.env.ZZ_DIST;
const big = readFileSync(join(root, 'target/bench/input-1mb.txt'), 'utf8');
const { server, url } = startServer(dist);
const base = await url;
const { context, close } = await launchChromium('zz-');
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(base);
await page.waitForSelector('#reading mark', { timeout: 60_000 });
await page.waitForFunction(() => typeof window.wasmBindings?.bench_analyze === 'function');
const r = await page.evaluate((text) => {
  const f = window.wasmBindings.bench_analyze;
  const marks = f(text);
  const ms = [];
  for (let i = 0; i < 9; i++) { const t = performance.now(); f(text); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b);
  return { marks, median_ms: ms[4], best_ms: ms[0] };
}, big);
console.log(JSON.stringify(r));
await close(); server.kill();
