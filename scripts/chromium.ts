/**
 * The one Chromium every browser run uses: Debian's, never a downloaded one (CHROME_PATH overrides),
 * with the flags a container needs (no sandbox, no GPU) and none of the browser's own background
 * traffic, so that tests and benchmarks see only the site's requests.
 */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
