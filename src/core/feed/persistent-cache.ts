/**
 * Opt-in persistent copy of the last good feed, in IndexedDB.
 *
 * § 25 TDDDG treats browser storage like cookies, so nothing is written here
 * unless the element or page asks for `cache="persistent"`.
 */
const DB = 'lotse';
const STORE = 'feeds';

export interface CachedFeed {
  url: string;
  /** ISO timestamp of the successful fetch. */
  fetchedAt: string;
  json: unknown;
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'url' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = work(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Reads a cached feed; storage that is blocked or broken reads as empty. */
export function readCachedFeed(url: string): Promise<CachedFeed | undefined> {
  return run<CachedFeed | undefined>('readonly', (store) => store.get(url)).catch(() => undefined);
}

export function writeCachedFeed(entry: CachedFeed): Promise<void> {
  return run<void>('readwrite', (store) => store.put(entry)).catch((error: unknown) => {
    console.warn('Lotse: could not keep a persistent copy of the feed.', error);
  });
}

/** Removes every cached feed (for a "forget" button or tests). */
export function clearCachedFeeds(): Promise<void> {
  return run<void>('readwrite', (store) => store.clear()).catch(() => undefined);
}
