// Layering (docs/architecture.md): the folder a file lives in names the runtime it may use.
// A wrong import is a lint error, so it fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/layers.js';

// Bare Node built-in names are matched exactly (a pattern 'crypto' would also hit './crypto').
const nodeBuiltinNames = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'fs/promises',
  'url',
  'util',
  'buffer',
  'process',
  'stream',
  'net',
  'http',
  'https',
];
const nodeBuiltins = ['node:*'];

const layer = (message, patterns, names = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group, message })),
    },
  ],
});

const rendererLayer =
  'Bad layering: renderer/ runs in a Chromium page — never electron or node:*; reach the desktop through renderer/platform.';
/** The renderer's import rule; `listRule` also sends virtual lists through ui/measuredRows.ts. */
const rendererImports = (listRule) => {
  const rule = layer(rendererLayer, [['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/main']], nodeBuiltinNames);
  if (listRule)
    rule['no-restricted-imports'][1].paths.push({
      name: '@tanstack/react-virtual',
      message: 'Use ui/measuredRows.ts (useMeasuredRows): every virtualised list measures its rows, never a fixed height.',
    });
  return rule;
};

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'bench-results/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'samples/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Japanese text uses the full-width space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: layer(
      'Bad layering: shared/ runs anywhere — no DOM, Node, Electron, React or Dexie.',
      [
        [
          'electron',
          'electron/*',
          ...nodeBuiltins,
          'react',
          'react/*',
          'react-dom',
          'react-dom/*',
          'dexie',
          'dexie-*',
          'jspdf-autotable',
          '**/renderer/**',
          '**/main/**',
        ],
      ],
      nodeBuiltinNames,
    ),
  },
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { ainet: layers },
    rules: { 'ainet/layers': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', '__dirname'],
    },
  },
  {
    // Tests beside shared code run under Node only (Vitest): they may read fixtures with node:fs
    // and run poppler (pdftotext, pdffonts) through node:child_process. Production shared/ code
    // still may not — this override is limited to test files and test-only helpers.
    files: ['shared/**/*.test.ts', 'shared/**/testing/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      ...rendererImports(true),
    },
  },
  {
    // The one place that draws a window of rows: it measures every row (docs/design-notes.md).
    files: ['renderer/ui/measuredRows.ts'],
    rules: rendererImports(false),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/preload/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: layer('Bad layering: main/ may import shared/, electron and node:* — never the renderer, React or Dexie.', [
      ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*', 'jspdf', '**/renderer/**'],
    ]),
  },
  {
    files: ['main/preload/**/*.ts'],
    rules: layer(
      'Bad layering: the sandboxed preload may import only electron and shared/ipc.',
      [[...nodeBuiltins, 'react', 'react-dom', 'dexie', 'jspdf', '**/renderer/**', '**/main/*', '!**/shared/ipc', '!**/shared/ipc/**']],
      nodeBuiltinNames,
    ),
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{ts,mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
