// One linter for the whole tree; workflows/ gets the determinism rules Temporal needs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = [
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'data/**',
      '.tools/**',
      'dist/**',
      'web-admin/dist/**',
      'web-admin/src/gql/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Prettier owns the layout; the linter owns meaning.
  prettier,
  {
    // Type-aware rules: a promise nobody awaits or catches is a bug (a write that fails silently).
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins
              .flatMap((name) => [name, `node:${name}`])
              .map((name) => ({
                name,
                message: 'Workflows must be deterministic: no Node built-ins (use an activity).',
              })),
            { name: 'pg', message: 'Workflows never touch the database: use an activity.' },
            { name: 'kysely', message: 'Workflows never touch the database: use an activity.' },
            { name: '@temporalio/client', message: 'Workflows use @temporalio/workflow, not the client.' },
            { name: '@temporalio/worker', message: 'Workflows use @temporalio/workflow, not the worker.' },
          ],
          patterns: [
            {
              group: ['**/db', '**/db/**', '**/services/**', '**/graphql/**', '**/server/**'],
              message: 'Workflows import domain/ and activity types only.',
            },
            {
              group: ['**/activities', '**/activities/**'],
              allowTypeImports: true,
              message: 'Import activities as types only.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Workflows must be deterministic.' },
        { name: 'setTimeout', message: 'Use sleep() or condition() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() from @temporalio/workflow.' },
        { name: 'require', message: 'Workflows are ES modules.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Draws must be reproducible from a stored seed: use createRng(seed) from domain/rng.',
        },
        { object: 'crypto', property: 'randomUUID', message: 'Use uuid4() from @temporalio/workflow.' },
      ],
    },
  },
);
