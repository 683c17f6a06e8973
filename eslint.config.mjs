// ESLint flat config: typescript-eslint's recommended rules plus the layering rule of DESIGN.md §3
// (the domain stays pure: no Forge SDK, no workbench).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'static/**/build/', 'coverage/', 'test-results/', '.workbench/', 'tools/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@forge/*', '**/forge/**', '**/handlers/**', '**/services/**', '**/workbench/**'], message: 'The domain is pure: no Forge, services, handlers or workbench imports.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/workbench/**'], message: 'App code never knows about the workbench.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
