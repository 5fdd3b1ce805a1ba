// Analyzes huge texts off the main thread, so the page never freezes. The
// same wasm as the page (soi-web.js); its main() renders nothing here (no
// window). Messages: {id, text, reference} in, {id, wire} out (see
// src/app/wire.rs). Nothing is fetched but the app's own files.
import init, { analyze_wire } from './soi-web.js';

const ready = init({ module_or_path: new URL('./soi-web_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, text, reference } = event.data;
  try {
    await ready;
    self.postMessage({ id, wire: analyze_wire(text, reference || '') });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
