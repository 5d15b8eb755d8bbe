// The page's memory on this device: IndexedDB, one database, a few object stores. Nothing
// here ever leaves the browser. Each part of the page owns its store:
//   history    every check kept (key: id, auto-increment; index "time")      — history.js
//   decisions  a user's decision on a hit (key: [queryKey, entityId])        — history.js
//   datasets   a dataset the user built from dropped list files (key: name)  — lists-panel.js
//   settings   small values (key: name)
//
// When IndexedDB is unavailable (some private modes, a file:// page in a locked-down browser)
// every call rejects with a StoreError that says so; the page keeps working without memory.

const DB_NAME = 'sanctions-checker';
const DB_VERSION = 1;

export class StoreError extends Error {
  constructor(message, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'StoreError';
  }
}

let opening = null;

function upgrade(db) {
  if (!db.objectStoreNames.contains('history')) {
    const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('time', 'time');
  }
  if (!db.objectStoreNames.contains('decisions')) {
    db.createObjectStore('decisions', { keyPath: ['queryKey', 'entityId'] });
  }
  if (!db.objectStoreNames.contains('datasets')) {
    db.createObjectStore('datasets', { keyPath: 'name' });
  }
  if (!db.objectStoreNames.contains('settings')) {
    db.createObjectStore('settings', { keyPath: 'name' });
  }
}

/** The open database (opened once). */
export function database() {
  opening ??= new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (err) {
      reject(unavailable(err));
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(unavailable(request.error));
    request.onblocked = () =>
      reject(
        new StoreError(
          'This page is open in another tab with an older version; close that tab to keep history here.',
        ),
      );
  });
  // A failed open may succeed later (another tab closed): do not cache the failure.
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function unavailable(cause) {
  return new StoreError(
    'This browser does not let the page keep data (IndexedDB is unavailable), so history, ' +
      'decisions and updated lists are not saved on this device.',
    cause,
  );
}

/** Runs `body(stores)` in one transaction over `names`; resolves with its result when committed. */
export async function transaction(names, mode, body) {
  const db = await database();
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction(names, mode);
    } catch (err) {
      reject(new StoreError(`The saved data could not be read (${err.message}).`, err));
      return;
    }
    const stores = Object.fromEntries(
      [names].flat().map((n) => [n, tx.objectStore(n)]),
    );
    let result;
    Promise.resolve(body(stores))
      .then((value) => {
        result = value;
      })
      .catch((err) => {
        tx.abort();
        reject(err);
      });
    tx.oncomplete = () => resolve(result);
    tx.onabort = () =>
      reject(
        tx.error?.name === 'QuotaExceededError'
          ? new StoreError(
              'The browser has no room left to save this on the device. Delete old history ' +
                '(History tab) or free disk space, then try again.',
              tx.error,
            )
          : new StoreError(`Saving failed (${tx.error?.message ?? 'aborted'}).`, tx.error),
      );
  });
}

/** Promise of an IDBRequest's result. */
export function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One value by key, or undefined. */
export function get(storeName, key) {
  return transaction(storeName, 'readonly', (s) => done(s[storeName].get(key)));
}

/** Every value of a store (in key order). */
export function getAll(storeName) {
  return transaction(storeName, 'readonly', (s) => done(s[storeName].getAll()));
}

/** Puts one value; resolves with its key. */
export function put(storeName, value) {
  return transaction(storeName, 'readwrite', (s) => done(s[storeName].put(value)));
}

/** Deletes one value by key. */
export function remove(storeName, key) {
  return transaction(storeName, 'readwrite', (s) => done(s[storeName].delete(key)));
}

/** Deletes every value of a store. */
export function clear(storeName) {
  return transaction(storeName, 'readwrite', (s) => done(s[storeName].clear()));
}
