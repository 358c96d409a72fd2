// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that would make a dependency arrow point the wrong way (see README, "Folder map"). */
const frameworkPackages = [
  '@angular/*',
  '@nestjs/*',
  'typeorm',
  'class-validator',
  'class-transformer',
  'rxjs',
  'express',
  'pg',
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.angular/**', 'data/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworkPackages,
              message: 'shared is the framework-free wire contract: plain types and pure functions only.',
            },
            {
              group: ['@careerscope/*', '../../api/*', '../../admin/*', '../../portal/*'],
              message: 'shared depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['admin/**/*.ts', 'portal/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@careerscope/api',
                '@careerscope/api/*',
                '@careerscope/migrations',
                '**/api/src/**',
                '@nestjs/*',
                'typeorm',
              ],
              message: 'The apps talk to the API over HTTP only; shared types come from @careerscope/shared.',
            },
            {
              group: ['@careerscope/admin', '@careerscope/portal', '**/admin/src/**', '**/portal/src/**'],
              message: 'admin and portal never import each other.',
            },
            {
              group: ['**/shared/src/**', '**/shared/dist/**'],
              message: 'Import the contract by its package name, @careerscope/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@careerscope/admin', '@careerscope/portal', '**/admin/src/**', '**/portal/src/**'],
              message: 'The API serves the built apps; it never imports their code.',
            },
            {
              group: ['**/shared/src/**', '**/shared/dist/**'],
              message: 'Import the contract by its package name, @careerscope/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS configuration files (jest) load their helpers with require().
    files: ['**/*.cjs', '**/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        FormData: 'readonly',
        Blob: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
