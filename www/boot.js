// Starts the app. An external module (not Trunk's inline loader) so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline' script.
import init from './soi-web.js';

await init({ module_or_path: new URL('./soi-web_bg.wasm', import.meta.url) });
dispatchEvent(new CustomEvent('TrunkApplicationStarted'));

// Offline use after the first visit (served over http(s) only).
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
