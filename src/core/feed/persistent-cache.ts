/**
 * Opt-in persistent copy of the last good feed, in IndexedDB.
 *
 * § 25 TDDDG treats browser storage like cookies, so nothing is written here
 * unless the element or page asks for `cache="persistent"`.
 *
 * The copy is the JSON the server sent, validated again whenever it is used.
 * What comes back from storage is checked before use (an older or foreign
 * version of Lotse, or a broken browser profile, may have written anything),
 * and a copy older than the page's maximum age is neither shown nor kept.
 */
const DB = 'lotse';
const STORE = 'feeds';
const DAY = 86_400_000;

/** `DEFAULT_CACHE_MAX_AGE_DAYS` of limits.ts, written out: a lazy chunk imports nothing from the main bundle. */
const DEFAULT_MAX_AGE_DAYS = 30;

/** An ISO timestamp as `Date.toISOString()` writes it. */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

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

/**
 * True for an entry of the shape this version writes, for `url`, fetched at
 * a real moment no more than `maxAgeDays` ago (and not in the future, which
 * would never grow old).
 */
function usable(entry: unknown, url: string, maxAgeDays: number, now: number): entry is CachedFeed {
  const { url: key, fetchedAt, json } = (entry ?? {}) as Partial<Record<keyof CachedFeed, unknown>>;
  if (key !== url || json === undefined || typeof fetchedAt !== 'string' || !TIMESTAMP.test(fetchedAt)) return false;
  const time = Date.parse(fetchedAt);
  // "2026-02-30T…" parses in some engines; a real moment writes itself back the same.
  const real = Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === fetchedAt.slice(0, 19);
  return real && time <= now + DAY && now - time <= maxAgeDays * DAY;
}

/**
 * Reads the cached feed of `url`, if it is usable and at most `maxAgeDays`
 * old; anything else is deleted. Storage that is blocked or broken reads as
 * empty.
 */
export async function readCachedFeed(url: string, maxAgeDays = DEFAULT_MAX_AGE_DAYS): Promise<CachedFeed | undefined> {
  const entry = await run<unknown>('readonly', (store) => store.get(url)).catch(() => undefined);
  if (entry === undefined || usable(entry, url, maxAgeDays, Date.now())) return entry as CachedFeed | undefined;
  await run<void>('readwrite', (store) => store.delete(url)).catch(() => undefined);
  return undefined;
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
