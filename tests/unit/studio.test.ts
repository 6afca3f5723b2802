/**
 * The Studio is part of the product: its schema validates. It is built once in the suite, by the
 * Studio stage (playwright.studio.config.ts), which then boots it offline in Chromium.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const studioDir = path.resolve('studio');
const sanity = (...args: string[]) =>
  spawnSync('npx', ['sanity', ...args], { cwd: studioDir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

describe('Sanity Studio', () => {
  it('has a schema without errors', () => {
    const result = sanity('schema', 'validate');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 240_000);
});
