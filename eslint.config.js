// Lint: the recommended rules plus the layering rule of docs/ARCHITECTURE.md
// (domain/ does no I/O; test/architecture.test.ts checks it imports nothing outside itself).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'src/db/migrations/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/domain/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:fs',
                'node:net',
                'node:http',
                'fs',
                'pg',
                '@electric-sql/*',
                'fastify',
                'drizzle-orm*',
              ],
              message: 'domain/ does no I/O',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'domain/ reads no environment' }],
    },
  },
);
