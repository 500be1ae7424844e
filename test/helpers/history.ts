/**
 * Back and Forward for tests that never leave the test page.
 *
 * `history.back()` only queues a traversal: when a test moves on before it lands, the next
 * traversal counts from a stale entry, and on a busy machine a queue of them walked off the first
 * entry to the browser's blank page. These go through the Navigation API instead: they refuse a
 * step that would leave this document and resolve once the step is committed.
 */

interface HistoryEntry {
  readonly index: number;
  readonly sameDocument: boolean;
  readonly key: string;
}
interface Navigation {
  readonly currentEntry: HistoryEntry;
  entries(): HistoryEntry[];
  back(): { committed: Promise<unknown> };
  forward(): { committed: Promise<unknown> };
}

const navigation = (): Navigation => (window as unknown as { navigation: Navigation }).navigation;

async function step(by: -1 | 1): Promise<void> {
  const nav = navigation();
  const target = nav.entries()[nav.currentEntry.index + by];
  if (!target?.sameDocument) throw new Error(`${by < 0 ? 'Back' : 'Forward'} would leave the test page`);
  await (by < 0 ? nav.back() : nav.forward()).committed;
}

/** The browser's Back, within this page; resolves when the entry before is current. */
export const back = (): Promise<void> => step(-1);

/** The browser's Forward, within this page; resolves when the entry after is current. */
export const forward = (): Promise<void> => step(1);

/** The current entry's key: it stays the same while other entries come and go. */
export const entryKey = (): string => navigation().currentEntry.key;
