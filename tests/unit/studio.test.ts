/** The Studio is part of the product: its schema validates and it builds offline. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const studioDir = path.resolve('studio');
const sanity = (...args: string[]) =>
  spawnSync('npx', ['sanity', ...args], { cwd: studioDir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });

describe('Sanity Studio', () => {
  it('has a schema without errors', () => {
    const result = sanity('schema', 'validate');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);

  it('builds (sanity build) without network access', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-studio-'));
    const result = sanity('build', outDir, '--yes');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    fs.rmSync(outDir, { recursive: true, force: true });
  }, 300_000);
});
