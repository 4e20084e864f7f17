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
  // The direction of the code: scripts/ parse and check content into the model, templates/ draw the model.
  {
    files: ['templates/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)scripts/(?!model\\.ts$|brand/schema\\.ts$)',
              message:
                'templates/ may import only the model (scripts/model.ts) and the brand (scripts/brand/schema.ts) from scripts/; move what both need into the model or into templates/shared/.',
            },
            {
              regex: '(^|/)scripts/(model|brand/schema)\\.ts$',
              allowTypeImports: true,
              message: 'templates/ import the model and the brand as types only: `import type`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)templates/(?!index\\.ts$)',
              message:
                'scripts/ reach the templates only through templates/index.ts; export what you need there.',
            },
          ],
        },
      ],
    },
  },
);
