/**
 * The whole test suite behind `npm test`: generated types up to date → type check → build the
 * site → vitest (data layer, validation, rendering, Studio, the built dist/) → Playwright in
 * Chromium. Prints one closing line "N passed, N failed" that counts every test of every stage.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('test-results');
fs.mkdirSync(resultsDir, { recursive: true });
let passed = 0;
let failed = 0;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function check(name: string, ok: boolean): void {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed += 1; else failed += 1;
}

function readJson(file: string): any {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return undefined; }
}

// 0. Playwright never downloads a browser here: it drives Debian's chromium, installed if missing.
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium) && process.getuid?.() === 0) {
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}
check(`Chromium is available at ${chromium}`, fs.existsSync(chromium));

// 1. Committed TypeGen output matches the schema and queries.
const generated = ['site/sanity.types.ts', 'studio/schema.json'];
const before = generated.map((file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''));
const typegenStatus = run('npm', ['run', '--silent', 'typegen']);
const unchanged = generated.every((file, i) => fs.existsSync(file) && fs.readFileSync(file, 'utf8') === before[i]);
check('TypeGen output (studio/schema.json, site/sanity.types.ts) is committed and current', typegenStatus === 0 && unchanged);

// 2. TypeScript type check of site/, studio/, scripts/ and tests/ against the generated types.
check('TypeScript type check (astro check)', run('npx', ['astro', 'check', '--minimumSeverity', 'error']) === 0);

// 3. Build the site from the embedded dataset once: the dist/ tests (vitest) and Playwright read it.
const buildOk = run('npm', ['run', '--silent', 'build']) === 0;
check('site builds from the embedded dataset', buildOk);

// 4. Unit and integration tests (data layer, validation, rendering, Studio, the built dist/).
const vitestJson = path.join(resultsDir, 'vitest.json');
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0);
} else {
  check('vitest produced a report', false);
}

// 5. The built site in Chromium.
if (buildOk) {
  const playwrightJson = path.join(resultsDir, 'playwright.json');
  const playwrightStatus = run('npx', ['playwright', 'test']);
  const stats = readJson(playwrightJson)?.stats;
  if (stats) {
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (playwrightStatus !== 0 && stats.unexpected === 0 ? 1 : 0);
  } else {
    check('Playwright produced a report', false);
  }
}

// 6. The local Content Lake (studio/lake): contract and crash tests, then the real Studio in Chromium.
const lakeJson = path.join(resultsDir, 'vitest-lake.json');
const lakeStatus = run('npx', ['vitest', 'run', '-c', 'vitest.lake.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${lakeJson}`]);
const lake = readJson(lakeJson);
if (lake) {
  passed += lake.numPassedTests;
  failed += lake.numFailedTests + (lakeStatus !== 0 && lake.numFailedTests === 0 ? 1 : 0);
} else {
  check('vitest (lake) produced a report', false);
}
const studioStatus = run('npx', ['playwright', 'test', '-c', 'playwright.studio.config.ts']);
const studioStats = readJson(path.join(resultsDir, 'playwright-studio.json'))?.stats;
if (studioStats) {
  passed += studioStats.expected + studioStats.flaky;
  failed += studioStats.unexpected + (studioStatus !== 0 && studioStats.unexpected === 0 ? 1 : 0);
} else {
  check('Playwright (Studio) produced a report', false);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
