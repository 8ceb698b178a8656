/**
 * The one dataset file a person has opened, kept in IndexedDB (raw text + file name) so that it survives a reload.
 * IndexedDB rather than localStorage because datasets can be megabytes. Where IndexedDB is missing or refuses
 * (jsdom, some private modes), storage behaves as empty: the app falls back to the built-in dataset.
 */
const DB_NAME = 'hled-explorer';
const STORE = 'user-dataset';
const KEY = 'active';

/**
 * A synchronous hint, in localStorage, that a file is stored: public/theme-init.js reads it before first paint
 * and then does not show the pre-rendered HLED overview (which would be the wrong dataset for a moment).
 */
export const STORED_DATASET_HINT_KEY = 'hled.dataset';

function setStoredHint(stored: boolean): void {
  try {
    if (stored) localStorage.setItem(STORED_DATASET_HINT_KEY, 'file');
    else localStorage.removeItem(STORED_DATASET_HINT_KEY);
  } catch {
    // No hint where storage is blocked; IndexedDB is then most likely blocked too.
  }
}

export interface StoredDataset {
  text: string;
  fileName: string;
}

function isStoredDataset(value: unknown): value is StoredDataset {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'fileName' in value &&
    typeof value.fileName === 'string'
  );
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return requestResult(request);
}

async function withStore<T>(mode: IDBTransactionMode, makeRequest: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const opening = openDatabase();
  if (opening === null) return null;
  const db = await opening;
  try {
    return await requestResult(makeRequest(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/** The stored file, or null when there is none or storage is unavailable. */
export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const value = await withStore('readonly', (store) => store.get(KEY));
    return isStoredDataset(value) ? value : null;
  } catch {
    // Unreadable storage is the same as empty storage: the built-in dataset still works.
    return null;
  }
}

/** Keeps the file for the next visit; false when this browser cannot store it. */
export async function storeDataset(stored: StoredDataset): Promise<boolean> {
  try {
    const done = await withStore('readwrite', (store) => store.put({ text: stored.text, fileName: stored.fileName }, KEY));
    setStoredHint(done !== null);
    return done !== null;
  } catch {
    // A full or blocked store means the file lasts for this visit only; the caller says so.
    return false;
  }
}

/** Forgets the stored file. */
export async function clearStoredDataset(): Promise<void> {
  setStoredHint(false);
  try {
    await withStore('readwrite', (store) => store.delete(KEY));
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}
