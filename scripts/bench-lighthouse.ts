/**
 * `npm run bench:lighthouse [-- --no-build] [-- --lang=all|de|en] [-- --only=view,view] [-- --runs=N]
 *   [-- --throttling=simulate|devtools]`
 *
 * Builds the site (unless --no-build), serves dist/ with scripts/serve.ts (the site's _headers
 * applied) on a free port, and runs Lighthouse (mobile: the default config's emulated phone and
 * simulated slow 4G / 4× CPU throttling) on one page of every type – the same samples the e2e tests
 * use (tests/e2e/routes.ts), default language only unless --lang=all. Prints the four category scores
 * and LCP / CLS / TBT per page; HTML reports and a JSON summary go to test-results/lighthouse/.
 * Lighthouse's simulation scales the CPU time it observes, so one run swings with the machine's
 * load: --runs=N (default 3) measures each page N times and reports Lighthouse's median run.
 * --throttling=devtools applies the same slow network and 4× CPU slowdown to the browser instead of
 * simulating them from an unthrottled load: slower and noisier, but it tells whether a change
 * helps a real slow phone or only moves the simulation (which derives its request order from the
 * unthrottled trace). The default is Lighthouse's, `simulate`.
 * Chromium: CHROME_PATH or /usr/bin/chromium. Exits non-zero only if a page could not be measured.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import lighthouse, { defaultConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { defaultLanguage } from '../site/i18n/index.ts';
import { loadRoutes, type SampleRoute } from '../tests/e2e/routes.ts';
import { startLocalServer } from './serve-process.ts';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.ts';

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT_DIR = path.resolve('test-results/lighthouse');

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const build = !args.includes('--no-build');
const lang = option('lang') ?? defaultLanguage;
const only = option('only')?.split(',');
const runs = Number(option('runs') ?? 3);
const THROTTLING_METHODS = ['simulate', 'devtools'] as const;
type ThrottlingMethod = (typeof THROTTLING_METHODS)[number];
const throttlingMethod = ((value): ThrottlingMethod => {
  const method = THROTTLING_METHODS.find((name) => name === value);
  if (!method) throw new Error(`--throttling=${value}: expected ${THROTTLING_METHODS.join(' or ')}`);
  return method;
})(option('throttling') ?? 'simulate');

interface Row {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcp?: number;
  cls?: number;
  tbt?: number;
  /** TBT of every run, fastest to slowest: on a loaded machine it moves most from run to run. */
  tbtRuns?: number[];
  error?: string;
}

function table(rows: Row[]): string {
  const head = ['page', 'path', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP', 'CLS', 'TBT'];
  const score = (value: number | null) => (value === null ? '–' : String(Math.round(value * 100)));
  const body = rows.map((row) =>
    row.error
      ? [row.page, row.path, `error: ${row.error}`, '', '', '', '', '', '']
      : [
          row.page,
          row.path,
          ...CATEGORIES.map((c) => score(row.scores[c])),
          `${((row.lcp ?? 0) / 1000).toFixed(2)} s`,
          (row.cls ?? 0).toFixed(3),
          `${Math.round(row.tbt ?? 0)} ms${row.tbtRuns && row.tbtRuns.length > 1 ? ` (${row.tbtRuns.map(Math.round).join('/')})` : ''}`,
        ],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  if (build && spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('build failed');
  }
  const samples = (await loadRoutes()).filter(
    (route: SampleRoute) =>
      (lang === 'all' || route.language === lang) && (!only || only.includes(route.view) || only.includes(route.name)),
  );
  if (!samples.length) throw new Error(`no pages match --lang=${lang}${only ? ` --only=${only.join(',')}` : ''}`);

  const server = await startLocalServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const rows: Row[] = [];
  try {
    for (const sample of samples) {
      const page = `${sample.name} (${sample.language})`;
      const url = `${server.origin}${sample.path}`;
      process.stdout.write(`Lighthouse ${page} ${sample.path} … `);
      const started = performance.now();
      try {
        const results = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            url,
            { port: chrome.port, output: 'html', logLevel: 'error', formFactor: 'mobile', throttlingMethod },
            defaultConfig,
          );
          if (!result) throw new Error('no result');
          if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
          results.push(result);
        }
        // Lighthouse's own choice of the median run (by FCP and TTI), with its report.
        const median = computeMedianRun(results.map((result) => result.lhr));
        const { lhr, report } = results.find((result) => result.lhr === median)!;
        fs.writeFileSync(path.join(OUT_DIR, `${sample.name}-${sample.language}.html`), String(report));
        rows.push({
          page,
          path: sample.path,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Row['scores'],
          lcp: lhr.audits['largest-contentful-paint']?.numericValue,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          tbt: lhr.audits['total-blocking-time']?.numericValue,
          tbtRuns: results.map((result) => result.lhr.audits['total-blocking-time']?.numericValue ?? 0).sort((a, b) => a - b),
        });
        const failing = Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${category.id}/${ref.id}`),
        );
        console.log(`${((performance.now() - started) / 1000).toFixed(1)} s${failing.length ? ` – below 100: ${failing.join(', ')}` : ''}`);
      } catch (error) {
        rows.push({
          page,
          path: sample.path,
          scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
          error: (error as Error).message,
        });
        console.log('failed');
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  fs.writeFileSync(path.join(OUT_DIR, 'summary.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nThrottling: ${throttlingMethod}\n${table(rows)}\n\nReports: ${path.relative(process.cwd(), OUT_DIR)}/<page>-<lang>.html`);
  if (rows.some((row) => row.error)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
