/**
 * The whole test suite behind `npm test`: generated types up to date → type check → ESLint →
 * Prettier → build the site → vitest (tests/unit: code on fixtures, properties of the dataset,
 * Studio; tests/built: the built dist/) → Playwright in Chromium (tests/e2e). Prints the time of
 * each stage and one closing line "N passed, N failed" that counts every test of every stage.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('test-results');
fs.mkdirSync(resultsDir, { recursive: true });
let passed = 0;
let failed = 0;

// One "today" for the build and every test that reads dates (site/today.ts): the moment the suite
// starts, unless HERZLAND_TODAY is set. Tests compute "upcoming" from it, so they hold on any date.
process.env.HERZLAND_TODAY ||= new Date().toISOString();
console.log(`HERZLAND_TODAY=${process.env.HERZLAND_TODAY}`);

const stageTimes: string[] = [];
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  stageTimes.push(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${command} ${args.join(' ')}`);
  return result.status ?? 1;
}

function check(name: string, ok: boolean): void {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed += 1;
  else failed += 1;
}

function readJson(file: string): any {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
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

// 2b. Lint and formatting, configured once for the repository (eslint.config.js, .prettierrc.json).
check('ESLint (npm run lint)', run('npm', ['run', '--silent', 'lint']) === 0);
check('Prettier (npm run format:check)', run('npm', ['run', '--silent', 'format:check']) === 0);

// 3. Build the site from the embedded dataset once: the dist/ tests (vitest) and Playwright read it.
const buildOk = run('npm', ['run', '--silent', 'build']) === 0;
check('site builds from the embedded dataset', buildOk);

/** Runs vitest with a JSON report and counts its tests; `config` picks another vitest config. */
function vitestStage(report: string, config: string[] = [], env: NodeJS.ProcessEnv = {}): void {
  const file = path.join(resultsDir, report);
  const status = run('npx', ['vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  const result = readJson(file);
  if (!result) return check(`vitest produced ${report}`, false);
  passed += result.numPassedTests;
  failed += result.numFailedTests + (status !== 0 && result.numFailedTests === 0 ? 1 : 0);
}

/** Runs Playwright and counts its tests from the JSON report its config writes. */
function playwrightStage(report: string, config: string[] = []): void {
  const status = run('npx', ['playwright', 'test', ...config]);
  const stats = readJson(path.join(resultsDir, report))?.stats;
  if (!stats) return check(`Playwright produced ${report}`, false);
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
}

// 4. Unit and integration tests (tests/unit) and the checks of the built dist/ (tests/built); the
//    tests that run whole builds go one at a time (vitest.config.ts, BUILD_TESTS).
vitestStage('vitest.json', [], { VITEST_GROUP: 'fast' });
vitestStage('vitest-builds.json', [], { VITEST_GROUP: 'builds' });

// 5. The built site in Chromium.
if (buildOk) playwrightStage('playwright.json');

// 6. The local Content Lake (studio/lake): contract and crash tests, then the real Studio in Chromium.
vitestStage('vitest-lake.json', ['-c', 'vitest.lake.config.ts']);
playwrightStage('playwright-studio.json', ['-c', 'playwright.studio.config.ts']);

console.log(`\nTime per stage:\n${stageTimes.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
