// @ts-check
/**
 * Lint rules for the whole repository: typescript-eslint with type information for every .ts file,
 * eslint-plugin-astro for components and pages. `npm run lint` runs it; `npm test` includes it.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.dist-building/', '.cache/', 'node_modules/', '.astro/', '**/.astro/', 'tests/.tmp/', 'bench/.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are errors, except a leading underscore for a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...astro.configs.recommended,
  {
    // .astro files and plain JS config files are linted without type information.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The bench floor is its own Astro project (its own astro:content types, excluded from tsconfig):
    // the root project cannot type it, so it is linted without type information.
    files: ['bench/floor/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
