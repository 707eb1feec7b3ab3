// ESLint flat config: typescript-eslint strict + stylistic, type-checked through tsconfig.json.
// Formatting is prettier's job (see "prettier" in package.json); eslint-config-prettier, last,
// turns off every rule that would fight it.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Lint scope: src, test, bench and the top-level configs. dist, docs/schema and docs/api are build
  // output; examples/ is user-facing sample code, outside the lint scope.
  globalIgnores(['dist/', 'coverage/', 'docs/schema/', 'docs/api/', 'examples/']),
  {
    // A disable comment that no longer silences anything is stale: remove it.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  // Disable comments must name their rules and never blanket-disable a file.
  comments.recommended,
  {
    languageOptions: {
      parserOptions: {
        // Types from the tsconfig.json that covers each file (src, test, bench, configs).
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // House rule: no `as` without a comment why. Every assertion except `as const` is reported;
      // a justified one carries `// eslint-disable-next-line <rule> -- <why>`, the why required.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@eslint-community/eslint-comments/require-description': 'error',
      // House rule: exhaustive switches over discriminants (`kind`), checked by the type checker.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
      // House rule: strict equality everywhere, `== null` included.
      eqeqeq: ['error', 'always'],
      // Relaxed: numbers in messages are counts, indices and line numbers (scores are Dec, which
      // this rule still rejects, as it does any, objects, null and undefined).
      // (Options given here replace strictTypeChecked's, so every other one is restated as strict.)
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowAny: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowRegExp: false,
        },
      ],
      // Relaxed: `record['key']` on an index signature is the deliberate style here: under
      // noUncheckedIndexedAccess it marks a key that may be absent. Declared properties use dots.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // Unused names are already compile errors (noUnusedLocals/noUnusedParameters); keep the lint
      // rule, accepting the same `_name` escape hatch the compiler accepts.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests type the JSON fixtures they read and edit with casts and `!`: a wrong one makes the
    // test itself fail, which is what a test is for. Source files keep the strict rules.
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (bench/*.mjs, this file) is outside tsconfig.json: lint it without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
