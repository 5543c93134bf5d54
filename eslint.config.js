// One lint config for the whole tree: typescript-eslint's recommended rules for TypeScript,
// eslint-plugin-astro's for components and pages. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/**/dist/', 'reports/', '.stryker-tmp/', 'bench-results/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['public/scripts/**/*.js', 'src/search/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
);
