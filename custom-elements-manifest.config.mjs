// The manifest lists the elements' public API, read from their JSDoc tags.
export default {
  globs: ['src/components/**/*.ts', 'src/core/lotse-element.ts'],
  exclude: ['src/generated/**', 'src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
