import { defineConfig } from 'vitest/config';

// Contract tests of the local Content Lake (studio/lake): `npx vitest run -c vitest.lake.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/lake/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
