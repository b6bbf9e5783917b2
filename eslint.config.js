import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'node_modules', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // app → features → data · sync · ui · i18n → domain (STYLE.md §1)
            {
              target: './src/domain',
              from: [
                './src/app',
                './src/features',
                './src/data',
                './src/sync',
                './src/ui',
                './src/i18n',
              ],
            },
            {
              target: './src/data',
              from: ['./src/app', './src/features', './src/sync', './src/ui'],
            },
            { target: './src/sync', from: ['./src/app', './src/features', './src/ui'] },
            {
              target: './src/ui',
              from: ['./src/app', './src/features', './src/data', './src/sync'],
            },
            {
              target: './src/i18n',
              from: ['./src/app', './src/features', './src/data', './src/sync'],
            },
            { target: './src/features', from: ['./src/app'] },
            // Only the composition root names a sync adapter.
            { target: './src/features', from: './src/sync/adapters' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/*/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            'roster',
            'training',
            'kpis',
            'pay',
            'escalation',
            'equipment',
            'me',
            'today',
            'welcome',
          ].map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
          })),
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'dexie', 'i18next', 'react-i18next'], patterns: ['@/*'] },
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
