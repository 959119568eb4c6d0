import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/sequencer';

const require = createRequire(import.meta.url);

/** The browser tests `npm test` runs; the others run with `npm run test:e2e` (E2E=all). */
const E2E_IN_NPM_TEST = ['portals', 'enterprise', 'documents'];

export default defineConfig({
  // graphql 16 ships CJS and ESM copies; Node (and graphql-yoga) load the CJS one, Vite would pick the ESM one.
  // Two copies mean two GraphQLError classes: resolve ours to the one Node loads, as in production.
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['tests/**/*.test.ts'],
    // The fault-injection runs (a worker SIGKILLed, the dev server killed, PostgreSQL cut, 40 sessions of load) take
    // five minutes of the two cores between them: `npm run test:reliability` runs them (short form), and
    // `npm run test:reliability:long` the long form; `npm test` keeps the fuzz and retry tests of that tier.
    // The browser tier: `npm test` keeps every portal end to end, the enterprise on a phone and an inspection's
    // documents signed on a phone; `npm run test:e2e` runs all of it (4.5 more minutes of the two cores), and a stop
    // runs it before it ends.
    exclude: [
      '**/node_modules/**',
      ...(process.env.RELIABILITY ? [] : ['tests/reliability/{worker-crash,temporal-restart,db-outage,load}.test.ts']),
      ...(process.env.E2E === 'all' ? [] : [`tests/e2e/!(${E2E_IN_NPM_TEST.join('|')}).test.ts`]),
    ],
    globalSetup: ['tests/support/global-setup.ts'],
    // Longest files first, from a recorded run, also on a fresh clone without vitest's cache.
    sequence: { sequencer: LongestFirst },
    pool: 'forks',
    // Each fork runs its files one after another on the modules it has already loaded: loading the app's modules
    // again for each of ~120 files cost about 3 s of a core per file. Tests share no state through modules: each
    // starts its own servers, databases and workers, and counters they read are read as differences.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Two cores: more forks than that only make the Temporal and PostgreSQL tests slower.
    maxWorkers: 2,
  },
});
