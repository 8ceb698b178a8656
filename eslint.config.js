// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import prettier from 'eslint-config-prettier/flat';

/** Layers import one way: data → model → components → features → app (house style). */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'public',
      '.bench',
      'bench-data',
      '.prerender',
      '.e2e-dist*',
      '.screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  ...pluginQuery.configs['flat/recommended'],
  layer(
    ['src/data/**'],
    ['**/model/**', '**/components/**', '**/features/**', '**/app/**', '**/i18n/**'],
    'src/data is the bottom layer: it imports nothing from the app.',
  ),
  layer(
    ['src/model/**'],
    ['**/components/**', '**/features/**', '**/app/**'],
    'src/model is pure TypeScript: no React components, features or app.',
  ),
  layer(['src/i18n/**'], ['**/components/**', '**/features/**', '**/app/**'], 'src/i18n sits below components.'),
  layer(['src/components/**'], ['**/features/**', '**/app/**'], 'Shared components cannot import features or the app.'),
  ...features.map((name) =>
    layer(
      [`src/features/${name}/**`],
      ['**/app/**', ...features.filter((f) => f !== name).map((f) => `**/features/${f}/**`)],
      'A feature never imports another feature or the app; move shared code down a level.',
    ),
  ),
  // Last: Prettier owns layout, so no rule above (nor one a plugin adds later) may ask for another.
  prettier,
);
