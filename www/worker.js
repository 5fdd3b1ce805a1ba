// Analyzes huge texts off the main thread, so the page never freezes. The
// same wasm as the page (soi-web.js); its main() renders nothing here (no
// window). Messages: {id, text, reference} in, handed to the wasm as they are
// (read there with serde-wasm-bindgen, src/app/request.rs); {id, wire} out:
// `wire` is a Uint8Array (src/app/wire.rs) whose buffer is transferred, not
// copied; {id, error} for a malformed request. Nothing is fetched but the
// app's own files.
import init, { analyze_wire } from './soi-web.js';

const ready = init({ module_or_path: new URL('./soi-web_bg.wasm', import.meta.url) });

self.onmessage = async (event) => {
  const id = event.data?.id;
  try {
    await ready;
    const wire = analyze_wire(event.data);
    self.postMessage({ id, wire }, [wire.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
