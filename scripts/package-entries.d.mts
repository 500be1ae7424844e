// Types for the Vite configs that import scripts/package-entries.mjs.
export interface EntryPoint {
  subpath: string;
  source: string;
  name: string;
  js: string;
  types: string;
  declarations: string;
}
export function elementNames(base?: string): string[];
export function entryPoints(base?: string): EntryPoint[];
export const JSX_ENTRIES: { subpath: string; types: string }[];
export const EDITOR_DATA: { vscode: string; webTypes: string };
export function packageFields(base?: string): Record<string, unknown>;
