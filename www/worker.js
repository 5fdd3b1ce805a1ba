// Analyzes huge texts off the main thread, so the page never freezes. The
// same wasm as the page (soi-web.js); its main() renders nothing here (no
// window). Messages: {id, text, reference} in, {id, wire} out: `wire` is a
// Uint8Array (src/app/wire.rs) whose buffer is transferred, not copied.
// Nothing is fetched but the app's own files.
import init, { analyze_wire } from './soi-web.js';

const ready = init({ module_or_path: new URL('./soi-web_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const { id, text, reference } = event.data;
  try {
    await ready;
    const wire = analyze_wire(text, reference || '');
    self.postMessage({ id, wire }, [wire.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
