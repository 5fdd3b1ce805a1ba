// Starts the app. An external module (not Trunk's inline loader) so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline' script.
import init, * as bindings from './soi-web.js';
// The stored workspace (IndexedDB): sets globalThis.soiStore (src/app/storage.rs).
import './store.js';
// Reading .docx, .odt and .html files: the app calls it (src/app/documents.rs).
import * as documents from './documents.js';

globalThis.soiDocuments = documents;

// The stored workspace (IndexedDB) is read while the wasm downloads and
// compiles, so the app opens with the articles of the last visit at once,
// and a first visit waits for neither in turn
// (measured: a fresh profile's IndexedDB took 60-300 ms to open). `init`
// compiles the response as it streams in (or from its bytes when a server
// does not say application/wasm).
const stored = globalThis.soiStore.load();
await init({ module_or_path: fetch(new URL('./soi-web_bg.wasm', import.meta.url)) });
await stored;
bindings.start_app();
// As Trunk's own loader does: the exports (scripts/bench.sh calls bench_analyze).
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));

// The sample's marks came made ahead of time (src/app/sample.rs): the rules
// are compiled now that the page is on screen, one step per idle moment, so
// that the first text the user pastes is analyzed at once. A text analyzed
// sooner (a stored article) compiles what it needs itself.
const idle = (f) => ('requestIdleCallback' in window
  ? requestIdleCallback(f, { timeout: 1000 })
  : setTimeout(f, 50));
const warmUp = (step) => { if (bindings.warm_up_step(step)) idle(() => warmUp(step + 1)); };
requestAnimationFrame(() => setTimeout(() => idle(() => warmUp(0)), 0));

// Offline use after the first visit (served over http(s) only). Registered
// once the page is idle: the worker's install fetches and stores every file,
// which would otherwise compete with the first analysis and render for the
// CPU (measured: 30 ms later marks on a first visit).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
  else setTimeout(register, 500);
}
