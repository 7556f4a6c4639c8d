// One lint configuration for the whole project; the engine may not import LSP, VS Code, the file
// system or the process (docs/architecture.md, invariant 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      '.e2e/**',
      '.vscode-test/**',
      'server/src/engine/generated/**',
      '*.vsix',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names; the few .mjs scripts run under Node and in the browser page.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'vscode',
            'fs',
            'node:fs',
            'node:fs/promises',
            'process',
            'node:process',
            'path',
            'node:path',
            'vscode-languageserver',
            'vscode-languageserver-textdocument',
            'vscode-languageserver-protocol',
          ],
          patterns: ['vscode-languageserver/*', 'vscode-languageserver-protocol/*'],
        },
      ],
      'no-restricted-globals': ['error', 'process', '__dirname', 'require'],
    },
  },
  {
    files: ['bin/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
