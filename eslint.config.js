// ESLint flat config (issue 13): typescript-eslint's type-checked recommended rules over src/,
// test/, bench/ and scripts/. `npm run lint` runs it, and `.ci/run` runs it before the tests.
// Formatting is Prettier's job (`npm run format:check`); the one stylistic rule is max-len, for comments.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Control characters in regexes are the point here: we strip terminal escapes (ESC, BEL)
      // and reject C0 characters from names and keys.
      'no-control-regex': 'off',
      // `data: async function* () { yield buffer; }` satisfies the `() => AsyncIterable<Buffer>`
      // contract of gist files and archive members without awaiting; the rule has no option
      // to allow async generators.
      '@typescript-eslint/require-await': 'off',
      // Prettier's width (120) also for what Prettier does not wrap: comments. Long string, template
      // and regex literals (token shapes, test vectors) and URLs are left as written.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The size rule (issue 13): in src/, no function over 60 lines and no file over 250,
    // blank lines and comments not counted. A file may go over only with a one-line comment
    // at its top stating why, followed by `/* eslint-disable max-lines -- <the reason> */`.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      // A spread passes each item as an argument: past about 120,000 a RangeError (core/lists.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message: 'A list of any length: pushAll (core/lists.ts), not push(...items).',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
          message: 'A list of any length: least or most (core/lists.ts), not Math.min(...items).',
        },
      ],
    },
  },
  {
    // Tests, test helpers and benchmarks read JSON documents (the CLI's `--json` output, gist
    // bodies, manifests) through JSON.parse and probe their shape with assertions; typing each
    // one would add ceremony, not safety. src/ keeps these rules.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // node:test's test(), describe() and it() return promises the runner itself awaits.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (this file): not in tsconfig, so no type-aware rules.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
