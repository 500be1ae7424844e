// The manifest lists the elements' public API, read from their JSDoc tags,
// with the paths of the files the package ships (scripts/manifest-plugins.mjs).
import { lotseDefinitions, sharedTokens, shippedPaths } from './scripts/manifest-plugins.mjs';

/**
 * Lotse declares reactive properties in `static properties` (no decorators,
 * to save residents' bytes). The analyzer reads every entry there as an
 * attribute; entries with `state: true` are internal state, so this drops
 * them from the attributes and from the public members.
 */
function statesAreNotAttributes() {
  return {
    name: 'lotse-states-are-not-attributes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!declaration || !properties?.initializer || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const states = properties.initializer.properties
        .filter(
          (p) =>
            ts.isPropertyAssignment(p) &&
            ts.isObjectLiteralExpression(p.initializer) &&
            p.initializer.properties.some((q) => q.name?.getText() === 'state' && q.initializer?.kind === ts.SyntaxKind.TrueKeyword),
        )
        .map((p) => p.name.getText());
      declaration.attributes = declaration.attributes?.filter((a) => !states.includes(a.fieldName ?? a.name));
      declaration.members = declaration.members?.filter((m) => !states.includes(m.name) && m.name !== 'properties');
    },
  };
}

export default {
  // Elements and the base classes they extend (the manifest test checks every reference resolves).
  globs: ['src/components/**/*.ts', 'src/core/*-element.ts'],
  // Styles, and the type-only event maps (no JavaScript is shipped for them).
  exclude: ['src/generated/**', 'src/components/**/*.styles.ts', 'src/components/**/*-events.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // shippedPaths() last: the others match modules by their source paths.
  plugins: [statesAreNotAttributes(), lotseDefinitions(), sharedTokens(), shippedPaths()],
};
