/**
 * The publish service: `npm run publish:watch` keeps dist/ in step with the content. It builds once
 * on start, then listens to the content source (a Sanity project's listener, or the files of the
 * embedded dataset), coalesces a burst of publishes into one incremental build (scripts/build.ts
 * swaps the new dist/ in only when everything succeeded) and logs what changed, how long it took,
 * and on failure the document and field while the live dist/ stays as it was.
 *
 * With SANITY_WEBHOOK_SECRET set it also answers Sanity's GROQ webhook on
 * http://127.0.0.1:${PUBLISH_WEBHOOK_PORT:-4390}/publish (scripts/webhook-server.ts); with
 * `--webhook-only` it does nothing else (for servers that should not hold a listener open).
 */
import { siteConfig } from '../site/config.ts';
import { createBuildRunner, createPublishQueue } from './publish-queue.ts';
import { watchEmbedded, watchSanity, type Watcher } from './content-watch.ts';
import { createWebhookServer, WEBHOOK_PATH } from './webhook-server.ts';

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const webhookOnly = process.argv.includes('--webhook-only');
const config = siteConfig();
// The next build's process loads its code while the service waits for a change.
const runner = createBuildRunner();
const announceReady = () => {
  if (runner.standby)
    runner.ready().then(
      () => log('publish: next build standing by'),
      () => undefined,
    );
};
const queue = createPublishQueue({
  build: () => runner.run().finally(announceReady),
  quietMs: Number(process.env.PUBLISH_QUIET_MS || 1000),
  log,
});
announceReady();

const closers: (() => void)[] = [() => runner.close()];
if (!webhookOnly) {
  let watcher: Watcher;
  if (config.sanity) watcher = watchSanity(config.sanity, queue.notify, log);
  else {
    watcher = watchEmbedded(config.contentDir, queue.notify);
    log(`publish: watching ${config.contentDir}`);
  }
  closers.push(() => watcher.close());
}

const secret = process.env.SANITY_WEBHOOK_SECRET;
if (secret || webhookOnly) {
  const server = createWebhookServer({ secret: secret ?? '', onChange: queue.notify, log });
  const host = process.env.PUBLISH_WEBHOOK_HOST || '127.0.0.1';
  const port = Number(process.env.PUBLISH_WEBHOOK_PORT || 4390);
  server.listen(port, host, () => log(`publish: webhook on http://${host}:${port}${WEBHOOK_PATH}`));
  closers.push(() => server.close());
}

// dist/ may be older than the content: one build on start (unless the caller just built).
if (!process.argv.includes('--no-start-build')) queue.notify({ id: '(start)', transition: 'start' });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    for (const close of closers) close();
    log('publish: stopping after the running build');
    await queue.idle();
    process.exit(0);
  });
}
