import type { Plugin } from 'vite';
/** The Vite plugin that gives `msg()` calls and locale modules their short ids. */
export function lotseMessages(options?: { requireEveryMessage?: boolean }): Plugin;
/** The same transform for web-test-runner. */
export function messageIdsPlugin(): { name: string; transform(context: { path: string; body: unknown }): { body: string } | undefined };
export function addMessageIds(code: string, where: string): string;
/** `locale`: leave out the plural forms its rules never pick. */
export function rekeyLocaleModule(code: string, locale?: string): string;
