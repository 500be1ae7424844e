// Lint with zero warnings: TypeScript rules plus Lit's template rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/generated/**', 'bench/out/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: Lotse runs under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: Lotse runs under a strict CSP.' },
      ],
    },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) and control characters in hostile strings.
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text is rendered as text. Sanitise with DOMPurify in a reviewed module if HTML is ever needed.' }] },
      ],
    },
  },
);
