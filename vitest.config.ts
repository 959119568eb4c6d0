import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // graphql 16 ships CJS and ESM copies; Node (and graphql-yoga) load the CJS one, Vite would pick the ESM one.
  // Two copies mean two GraphQLError classes: resolve ours to the one Node loads, as in production.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Two cores: more forks than that only make the Temporal and PostgreSQL tests slower.
    maxWorkers: 2,
  },
});
