import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'output/', '.cache/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The launcher is plain JavaScript run by Node: it starts before any TypeScript is compiled.
  { files: ['scripts/*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
  {
    files: ['scripts/**', 'tests/**'],
    ignores: ['tests/pdf/**', 'tests/pptx/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@react-pdf/renderer', message: 'react-pdf belongs in templates/pdf.' },
            { name: 'pptxgenjs', message: 'pptxgenjs belongs in templates/pptx.' },
          ],
        },
      ],
    },
  },
);
