import { defineConfig } from 'vitest/config';

/**
 * Tests that run whole site builds. They run one file at a time (VITEST_GROUP=builds): parallel
 * Astro builds of one project share its prerender folder, and two builds on two cores only slow
 * each other down.
 */
export const BUILD_TESTS = [
  'tests/unit/fourth-language.test.ts',
  'tests/unit/incremental-build.test.ts',
  'tests/unit/new-content-type.test.ts',
  'tests/unit/real-export-build.test.ts',
  'tests/unit/release-build-lake.test.ts',
  'tests/unit/release-build.test.ts',
  'tests/unit/remote-validation.test.ts',
  'tests/unit/validate.test.ts',
];

const group = process.env.VITEST_GROUP;
const all = ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'];

// tests/unit: code on fixtures and properties of the dataset; tests/built: checks of the built dist/.
export default defineConfig({
  test: {
    include: group === 'builds' ? BUILD_TESTS : all,
    exclude: group === 'fast' ? BUILD_TESTS : [],
    fileParallelism: group !== 'builds',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
