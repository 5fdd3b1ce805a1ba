// Starts the app. An external module (not Trunk's inline loader) so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline' script.
import init, * as bindings from './soi-web.js';
// The stored workspace (IndexedDB): sets globalThis.soiStore (src/app/storage.rs).
import './store.js';
// Reading .docx, .odt and .html files: the app calls it (src/app/documents.rs).
import * as documents from './documents.js';

globalThis.soiDocuments = documents;

// The wasm downloads while the stored workspace is read (IndexedDB), so the
// app opens with the articles of the last visit at once.
const wasm = fetch(new URL('./soi-web_bg.wasm', import.meta.url));
await globalThis.soiStore.load();
await init({ module_or_path: wasm });
// As Trunk's own loader does: the exports (scripts/bench.sh calls bench_analyze).
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));

// Offline use after the first visit (served over http(s) only).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
