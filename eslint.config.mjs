// ESLint 9 flat config, as Microsoft's Office add-in templates set it up: eslint-plugin-office-addins'
// "react" config (ESLint's recommended rules, the typescript-eslint parser, the Office.js rules and
// eslint-plugin-react). `office-addin-lint check` picks this file up from the project folder too.
// `npm run lint` runs it over src/, test/ and scripts/ after the type-check; Prettier checks the
// layout on its own (`prettier --check`, prettier.config.js), so the plugin's prettier/prettier rule is off.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import globals from 'globals';

/** The plugin's TypeScript block names .ts/.js but not .tsx: the task pane's components get it too. */
const SCRIPT_FILES = '**/*.{js,mjs,cjs,ts,cts,mts}';
const office = officeAddins.configs.react.map((c) => (c.files?.includes(SCRIPT_FILES) ? { ...c, files: [SCRIPT_FILES, '**/*.tsx'] } : c));

export default [
  { ignores: ['lib/**', 'dist/**', 'out/**', 'coverage/**', 'test-artifacts/**', 'tools/**'] },
  ...office,
  {
    files: [SCRIPT_FILES, '**/*.tsx'],
    languageOptions: {
      // Named here as office-addin-lint's own config does: the plugin's CommonJS build leaves its parser undefined.
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true }, warnOnUnsupportedTypeScriptVersion: false },
      ecmaVersion: 2022,
      globals: { ...globals.node, ...globals.browser, ...globals.jest },
    },
    settings: { react: { version: 'detect' } },
    // Disable comments in the code name typescript-eslint rules this config does not turn on.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'prettier/prettier': 'off', // Prettier runs as its own check, one report per file
      'react/react-in-jsx-scope': 'off', // tsconfig "jsx": "react-jsx": no React import needed
      'no-control-regex': 'off', // control characters are matched on purpose (XML-safe text, NUL keys)
      // A leading "_" marks a parameter or binding kept for its position; `{ value, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // TypeScript resolves every name (tsc runs first in `npm run lint`); typescript-eslint advises no-undef off.
    files: ['**/*.{ts,tsx}'],
    rules: { 'no-undef': 'off' },
  },
  {
    // ExcelJS cells are plain objects, not Office.js proxies: nothing to load() or sync() (the
    // renderer, and the test helper that compares ExcelJS models of two writers' workbooks).
    files: ['src/render/exceljs/**', 'test/helpers/workbookModel.ts'],
    rules: {
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
  {
    // Reads a large range in chunks, one sync per chunk, to stay under Excel's response payload limit.
    files: ['src/taskpane/host.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },
];
