/** A lake in its own process (plain HTTP), for the crash test: prints its URL, then runs until killed. */
import { startLakeServer } from '../../studio/lake/server.ts';

const [contentDir, stateDir] = process.argv.slice(2);
const server = await startLakeServer({
  contentDir,
  stateDir,
  projectId: 'herzland0',
  dataset: 'production',
  allowedOrigins: [],
  watch: false,
  log: () => {},
});
console.log(`ready ${server.url}`);
