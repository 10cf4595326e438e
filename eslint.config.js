// @ts-check
// ESLint flat config: ESLint's and typescript-eslint's recommended rules plus two house rules.
// Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, coverage, browser-test screenshots, Vite's cache.
  globalIgnores(['dist/', 'coverage/', 'tests/screenshots/', '.vite/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // verbatimModuleSyntax keeps every import not marked `type`: a type-only import must say so.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: 'error',
      // Taking a field out with a rest pattern (`const { seed, ...rest } = x`) is a use of it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
