// Starts the app. An external module (not Trunk's inline loader) so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline' script.
import init, * as bindings from './soi-web.js';
// Reading .docx, .odt and .html files: the app calls it (src/app/documents.rs).
import * as documents from './documents.js';

globalThis.soiDocuments = documents;

await init({ module_or_path: new URL('./soi-web_bg.wasm', import.meta.url) });
// As Trunk's own loader does: the exports (scripts/bench.sh calls bench_analyze).
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));

// Offline use after the first visit (served over http(s) only).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
