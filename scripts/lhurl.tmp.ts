import lighthouse, { defaultConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startLocalServer } from './serve-process.ts';
const server = await startLocalServer();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const p of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const r = await lighthouse(server.origin + p, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' }, defaultConfig);
    const a = r!.lhr.audits;
    console.log(p, 'perf', r!.lhr.categories.performance.score, 'FCP', a['first-contentful-paint'].numericValue?.toFixed(0), 'LCP', a['largest-contentful-paint'].numericValue?.toFixed(0), 'TBT', a['total-blocking-time'].numericValue?.toFixed(0));
  }
}
chrome.kill(); server.stop();
