/** The dist/ checks refuse a missing or stale build instead of checking old output. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from './built-site.ts';

describe('staleReason', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-stale-'));
  const dist = path.join(root, 'dist');
  const source = path.join(root, 'src');
  fs.mkdirSync(path.join(source, 'deep'), { recursive: true });
  fs.writeFileSync(path.join(source, 'deep', 'page.ts'), 'x');
  const touch = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);

  it('names a missing build', () => {
    expect(staleReason(dist, [source])).toMatch(/no index\.html: run `npm run build`/);
  });

  it('accepts a build newer than every source and names the source that is newer', () => {
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    touch(path.join(source, 'deep', 'page.ts'), 1_000_000);
    touch(path.join(dist, 'index.html'), 2_000_000);
    expect(staleReason(dist, [source])).toBeUndefined();
    touch(path.join(source, 'deep', 'page.ts'), 3_000_000);
    expect(staleReason(dist, [source])).toContain(path.join(source, 'deep', 'page.ts'));
  });
});
