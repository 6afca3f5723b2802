import { defineConfig } from 'vitest/config';

// tests/unit: code on fixtures and properties of the dataset; tests/built: checks of the built dist/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
