/**
 * The whole test suite behind `npm test`. Prints the time of each stage and one closing line
 * "N passed, N failed" that counts every test of every stage.
 *
 * The single-threaded static checks run beside the type check and the build; everything after the
 * build runs one stage at a time (measured: the test stages side by side took as long as one after
 * the other on two cores, and pushed slow tests past their timeouts). Each stage's output is kept
 * and printed whole when it ends, so logs do not interleave.
 *
 *   TypeGen diff → ([ESLint → Prettier] ∥ [astro check → build]) → vitest → vitest whole builds
 *   → Playwright site → lake contract tests → Studio in Chromium
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_PATH } from './chromium.ts';

const resultsDir = path.resolve('test-results');
const logDir = path.join(resultsDir, 'logs');
fs.mkdirSync(logDir, { recursive: true });
let passed = 0;
let failed = 0;
const suiteStart = performance.now();

// One "today" for the build and every test that reads dates (site/today.ts): the moment the suite
// starts, unless HERZLAND_TODAY is set. Tests compute "upcoming" from it, so they hold on any date.
process.env.HERZLAND_TODAY ||= new Date().toISOString();
console.log(`HERZLAND_TODAY=${process.env.HERZLAND_TODAY}`);

const stageTimes: string[] = [];
const running = new Set<string>();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);

/** Runs one stage to its end; its output goes to test-results/logs/ and is printed when it ends. */
function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const started = performance.now();
  const logFile = path.join(logDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const log = fs.openSync(logFile, 'w');
  running.add(name);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', log, log], env: { ...process.env, ...env } });
    const finish = (status: number) => {
      fs.closeSync(log);
      running.delete(name);
      stageTimes.push(`${seconds(started).padStart(5)} s  ${name}`);
      console.log(`\n──── ${name}: ${status === 0 ? 'ok' : `exit ${status}`} after ${seconds(started)} s ($ ${command} ${args.join(' ')})`);
      process.stdout.write(fs.readFileSync(logFile, 'utf8'));
      resolve(status);
    };
    child.on('error', (error) => {
      fs.writeSync(log, `${error}\n`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

// A sign of life while chains run with their output held back.
const heartbeat = setInterval(() => console.log(`… ${seconds(suiteStart)} s: ${[...running].join(', ')}`), 60_000);

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

/** Runs vitest with a JSON report and counts its tests; `config` picks another vitest config. */
async function vitestStage(name: string, report: string, config: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const file = path.join(resultsDir, report);
  fs.rmSync(file, { force: true });
  const status = await run(
    name,
    'npx',
    ['vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    env,
  );
  const result = readJson(file);
  if (!result) return check(`vitest produced ${report}`, false);
  passed += result.numPassedTests;
  failed += result.numFailedTests + (status !== 0 && result.numFailedTests === 0 ? 1 : 0);
}

/** Runs Playwright and counts its tests from the JSON report its config writes. */
async function playwrightStage(name: string, report: string, config: string[] = []): Promise<void> {
  fs.rmSync(path.join(resultsDir, report), { force: true });
  const status = await run(name, 'npx', ['playwright', 'test', ...config]);
  const stats = readJson(path.join(resultsDir, report))?.stats;
  if (!stats) return check(`Playwright produced ${report}`, false);
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
}

// 0. Playwright never downloads a browser here: it drives Debian's chromium, installed if missing.
const chromium = CHROME_PATH;
if (!fs.existsSync(chromium) && process.getuid?.() === 0) {
  await run('install chromium', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}
check(`Chromium is available at ${chromium}`, fs.existsSync(chromium));

// 1. The committed TypeGen output matches the schema and queries. First and alone: it rewrites
//    its two files, and the checks of dist/ fail when a source is newer than the build.
const generated = ['site/sanity.types.ts', 'studio/schema.json'];
const before = generated.map((file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''));
const typegenStatus = await run('TypeGen', 'npm', ['run', '--silent', 'typegen']);
const unchanged = generated.every((file, i) => fs.existsSync(file) && fs.readFileSync(file, 'utf8') === before[i]);
check('TypeGen output (studio/schema.json, site/sanity.types.ts) is committed and current', typegenStatus === 0 && unchanged);

// 2a. Lint and formatting, configured once for the repository (eslint.config.js, .prettierrc.json).
async function staticChecks(): Promise<void> {
  check('ESLint (npm run lint)', (await run('ESLint', 'npm', ['run', '--silent', 'lint'])) === 0);
  check('Prettier (npm run format:check)', (await run('Prettier', 'npm', ['run', '--silent', 'format:check'])) === 0);
}

// 2b. TypeScript type check of site/, studio/, scripts/ and tests/, then the site built from the
//     embedded dataset once: the dist/ tests (vitest) and Playwright read it.
async function typeCheckAndBuild(): Promise<boolean> {
  check('TypeScript type check (astro check)', (await run('astro check', 'npx', ['astro', 'check', '--minimumSeverity', 'error'])) === 0);
  const buildOk = (await run('build', 'npm', ['run', '--silent', 'build'])) === 0;
  check('site builds from the embedded dataset', buildOk);
  return buildOk;
}

const [, buildOk] = await Promise.all([staticChecks(), typeCheckAndBuild()]);

// 3. Unit and integration tests (tests/unit) and the checks of the built dist/ (tests/built); the
//    tests that run whole builds go one at a time (vitest.config.ts, BUILD_TESTS) into their own
//    folders, never dist/.
await vitestStage('vitest', 'vitest.json', [], { VITEST_GROUP: 'fast' });
await vitestStage('vitest whole builds', 'vitest-builds.json', [], { VITEST_GROUP: 'builds' });

// 4. The built site in Chromium, served from dist/ with its real headers.
if (buildOk) await playwrightStage('Playwright site', 'playwright.json');

// 5. The local Content Lake (studio/lake): contract and crash tests, then the real Studio in Chromium.
await vitestStage('lake', 'vitest-lake.json', ['-c', 'vitest.lake.config.ts']);
await playwrightStage('Studio in Chromium', 'playwright-studio.json', ['-c', 'playwright.studio.config.ts']);
clearInterval(heartbeat);

console.log(
  `\nTime per stage (ESLint and Prettier beside astro check and the build; whole suite ${seconds(suiteStart)} s):\n${stageTimes.join('\n')}`,
);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
