import type { Plugin } from 'vite';
/** The Vite plugin that minifies the CSS in Lit's css`` templates of our sources. */
export function lotseCssTemplates(): Plugin;
/** The lightningcss targets: the browsers of the build's `target: 'es2022'`. */
export const CSS_TARGETS: Readonly<Record<'chrome' | 'edge' | 'firefox' | 'safari' | 'ios_saf', number>>;
/** Minified CSS; throws on text lightningcss cannot read or would change. */
export function minifyCss(text: string, where?: string): string;
/** One template's cooked pieces, minified as raw template text, or why it stays as written. */
export function minifyTemplate(cooked: (string | null | undefined)[], where: string): { pieces: string[]; reason?: undefined } | { reason: string; pieces?: undefined };
export function cssTemplateEdits(code: string, where: string): { edits: [number, number, string][]; skipped: { line: number; reason: string }[] };
export function applyEdits(code: string, edits: [number, number, string][], source: string): { code: string; map: { version: 3; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string } };
