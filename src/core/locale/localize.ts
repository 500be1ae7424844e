/**
 * `msg` and `str` for every Lotse module. Imported from `@lit/localize`'s own
 * files rather than its index: the index also brings `configureLocalization`,
 * the `@localized` decorator, the runtime hashing and their module-level state,
 * none of which Lotse uses (it installs its own lookup, see `messages.ts`),
 * and costs residents about 0.1 KB min+gzip. `lit-localize extract` finds
 * the calls by their types, so it reads these exactly as it reads the index's.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
