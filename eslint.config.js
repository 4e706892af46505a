// ESLint flat config (issue 13): typescript-eslint's type-checked recommended rules over src/,
// test/, bench/ and scripts/. `npm run lint` runs it, and `.ci/run` runs it before the tests.
// Formatting is Prettier's job (`npm run format:check`), so there are no stylistic rules here.
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
    },
  },
  {
    // TEMPORARY (issue 13): files being split, or rewritten, on other branches while this
    // config was written. Each is exempt from the size rules and from the few other errors it
    // had then, listed per file, so lint is clean today. After merging a branch, delete its
    // entries here and run `npm run lint`; when this block is empty, delete it.
    files: [
      'src/core/redact/redactor.ts', // keyNamePass 65 lines, file 456; no-useless-escape, no-unnecessary-type-assertion, no-unused-vars
      'src/core/redact/carriers.ts', // file 376
      'src/core/redact/normalise.ts', // normalise() 124 lines, file 318; no-fallthrough
      'src/core/redact/placements.ts', // resolvePlacement() 92 lines; no-unnecessary-type-assertion
      'src/core/redact/rules.ts', // within the limits today (comments not counted)
      'src/core/content.ts', // file 274
      'src/adapters/zip/writer.ts', // writeZip() 104 lines, file 272; unbound-method
      'src/adapters/unzip.ts', // extractZip() 63 lines
      'src/ui/json-writer.ts', // rewritten on the struct13 branch; no-unsafe-return
    ],
    rules: {
      'max-lines-per-function': 'off',
      'max-lines': 'off',
      'no-useless-escape': 'off',
      'no-fallthrough': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
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
