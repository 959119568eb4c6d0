import { defineConfig } from 'vitest/config';

export default defineConfig({
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
