import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbids imports that point against the layer arrows. */
function layer(files, forbidden, message) {
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'node_modules', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Layers (STYLE.md §1): app → features → data · sync · ui · i18n → domain. Across layers
  // imports use `@/`, so the arrows are enforced on those specifiers.
  ...layer(
    'src/features/**',
    ['@/app/*', '@/features/*', '@/sync/adapters/*'],
    'Features never import the app, each other (use a relative path inside the feature) or a sync adapter.',
  ),
  ...layer(
    'src/data/**',
    ['@/app/*', '@/features/*', '@/sync/*', '@/ui/*'],
    'data depends only on domain.',
  ),
  ...layer(
    'src/sync/**',
    ['@/app/*', '@/features/*', '@/ui/*'],
    'sync depends only on data and domain.',
  ),
  ...layer(
    'src/ui/**',
    ['@/app/*', '@/features/*', '@/data/*', '@/sync/*'],
    'ui is presentational.',
  ),
  ...layer(
    'src/i18n/**',
    ['@/app/*', '@/features/*', '@/data/*', '@/sync/*', '@/ui/*'],
    'i18n depends only on domain.',
  ),
  ...layer(
    'server/**',
    ['@/app/*', '@/features/*', '@/data/*', '!@/data/demo', '@/sync/*', '@/ui/*', '@/i18n/*'],
    'The reference server shares only the domain (and the pure demo generator) with the app.',
  ),
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'i18next', 'react-i18next'],
          patterns: [{ group: ['@/*'], message: 'domain imports nothing from the app.' }],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['src/features/**/*.tsx', 'src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] },
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
