/**
 * The one dataset file a person has opened, kept in IndexedDB (raw text + file name) so that it survives a reload.
 * IndexedDB rather than localStorage because datasets can be megabytes. Where IndexedDB is missing or refuses
 * (jsdom, some private modes), storage behaves as empty: the app falls back to the built-in dataset. Every call is
 * time-boxed: an IndexedDB whose `open` never answers (it happens) must not leave the page loading forever.
 */
const DB_NAME = 'hled-explorer';
const STORE = 'user-dataset';
const KEY = 'active';

/**
 * A synchronous hint, in localStorage, that a file is stored: public/theme-init.js reads it before first paint
 * and then does not show the pre-rendered HLED overview (which would be the wrong dataset for a moment).
 */
const STORED_DATASET_HINT_KEY = 'hled.dataset';

/**
 * How long storage may take: opening the database (where a broken IndexedDB hangs) must answer within 2 s; reading
 * or writing a file of up to 50 MB gets longer.
 */
const STORAGE_OPEN_TIMEOUT_MS = 2000;
const STORAGE_REQUEST_TIMEOUT_MS = 10_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Never shown: a storage failure is told as "could not be read".
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function hasStoredHint(): boolean {
  try {
    return localStorage.getItem(STORED_DATASET_HINT_KEY) === 'file';
  } catch {
    return false;
  }
}

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

async function withStore<T>(
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  const opening = openDatabase();
  if (opening === null) return null;
  // A database that opens after the time is up is closed at once.
  let late = false;
  void opening.then(
    (db) => late && db.close(),
    () => undefined,
  );
  const db = await withinTime(opening, STORAGE_OPEN_TIMEOUT_MS).catch((error: unknown) => {
    late = true;
    throw error;
  });
  try {
    return await withinTime(
      requestResult(makeRequest(db.transaction(STORE, mode).objectStore(STORE))),
      STORAGE_REQUEST_TIMEOUT_MS,
    );
  } finally {
    db.close();
  }
}

/**
 * What storage holds: the file, nothing, or — when a file was saved (the hint says so) but storage fails, does not
 * answer in time or has lost it — `unreadable`, which the app says before showing the built-in dataset.
 */
export type StoredDatasetRead =
  { status: 'found'; stored: StoredDataset } | { status: 'none' } | { status: 'unreadable' };

export async function readStoredDataset(): Promise<StoredDatasetRead> {
  let value: unknown;
  try {
    value = await withStore('readonly', (store) => store.get(KEY));
  } catch {
    value = null;
  }
  if (isStoredDataset(value)) return { status: 'found', stored: value };
  return hasStoredHint() ? { status: 'unreadable' } : { status: 'none' };
}

/** Keeps the file for the next visit; false when this browser cannot store it. */
export async function storeDataset(stored: StoredDataset): Promise<boolean> {
  try {
    const done = await withStore('readwrite', (store) =>
      store.put({ text: stored.text, fileName: stored.fileName }, KEY),
    );
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
