// The workspace in IndexedDB (database "soi"): one record per article in
// "articles" (key: its id, value: its JSON), and the order and the article
// shown in "meta" (key "workspace"). localStorage's few MB are too small for
// many articles. boot.js loads everything before the app starts, so the app
// opens with it at once; the app (src/app/storage.rs) then writes after every
// change. Every write is a promise that rejects with the browser's error
// (QuotaExceededError, or IndexedDB unavailable in private mode), which the
// app reports while it keeps working in memory. Nothing leaves the browser.
const DB = 'soi';
const ARTICLES = 'articles';
const META = 'meta';

let opened = null;
// The open database, once it is: a write then starts in the same task (a
// write made as the page is hidden or closed must be sent before it goes).
let current = null;

function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      if (!self.indexedDB) throw new Error('IndexedDB unavailable');
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(ARTICLES);
        request.result.createObjectStore(META);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another page deletes or upgrades the database: let it, reopen later.
        db.onversionchange = () => {
          db.close();
          opened = null;
          current = null;
        };
        // Closed by the browser (the disk went away, the data was cleared).
        db.onclose = () => {
          opened = null;
          current = null;
        };
        current = db;
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
    opened.catch(() => { opened = null; });
  }
  return opened;
}

const done = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error);
  tx.onabort = () => reject(tx.error || new DOMException('aborted', 'AbortError'));
});

async function write(work) {
  const db = current ?? await open();
  const tx = db.transaction([ARTICLES, META], 'readwrite');
  const finished = done(tx);
  try {
    work(tx);
    // Committed now, not at the end of the task: a page being closed
    // aborts the transactions it has not committed yet.
    tx.commit?.();
  } catch (error) {
    try { tx.abort(); } catch { /* already finished */ }
    finished.catch(() => {});
    throw error;
  }
  await finished;
}

const errorName = (error) => String((error && (error.name || error.message)) || error);

globalThis.soiStore = {
  /** What boot.js loaded: {articles: [record], meta: json | null, error: name | null} (a record: {rest, text}, or one JSON string as older versions wrote). */
  loaded: { articles: [], meta: null, error: null },

  async load() {
    try {
      // A first visit has no database yet: the list of databases is one
      // answer, where opening would create it (an upgrade, then a read, each
      // waiting for a turn of the main thread the wasm's start keeps busy:
      // measured, the first visit's marks waited about 80 ms for them). The
      // database is created by the first write.
      const known = await self.indexedDB?.databases?.().catch(() => null);
      if (known && !known.some((d) => d.name === DB)) {
        this.loaded = { articles: [], meta: null, error: null };
        return this.loaded;
      }
      const db = await open();
      const tx = db.transaction([ARTICLES, META]);
      const all = tx.objectStore(ARTICLES).getAll();
      const meta = tx.objectStore(META).get('workspace');
      await done(tx);
      this.loaded = { articles: all.result, meta: meta.result ?? null, error: null };
    } catch (error) {
      this.loaded = { articles: [], meta: null, error: errorName(error) };
    }
    return this.loaded;
  },

  /**
   * Writes changed articles (`puts`: [[id, {rest, text}]]: the text as it
   * is, the rest as JSON; records written before are JSON strings, and read
   * still), deletes `removed` ids, and the meta record.
   */
  save(puts, removed, meta) {
    return write((tx) => {
      const articles = tx.objectStore(ARTICLES);
      for (const [id, record] of puts) articles.put(record, id);
      for (const id of removed) articles.delete(id);
      tx.objectStore(META).put(meta, 'workspace');
    }).catch((error) => { throw errorName(error); });
  },
};
