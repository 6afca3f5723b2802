/**
 * `npm run studio`: the editors' workspace. Without SANITY_STUDIO_PROJECT_ID it starts the local
 * Content Lake over content/ and the real Sanity Studio against it, and prints both URLs when
 * they answer. With a project id it is plain `sanity dev` against Sanity's hosted API.
 *
 *   --lake-only          only the lake (tests start the Studio themselves)
 *   --preview-port <n>   the draft preview for the Studio's „Vorschau“ (default 4323)
 *   --port <n>           lake port (default 3334); --studio-port <n> (default 3333)
 *   --content <dir>      dataset folder (default CONTENT_DIR or content/)
 *   --state <dir>        drafts and certificate (default .lake/)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from '../env.ts';
import { ensureCertificate } from './cert.ts';
import { lakePreviewEnv, PREVIEW_SCRIPT } from './preview.ts';
import { startLakeServer } from './server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    'lake-only': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.LAKE_PORT || '3334' },
    'studio-port': { type: 'string', default: '3333' },
    content: { type: 'string', default: process.env.CONTENT_DIR || path.join(root, 'content') },
    state: { type: 'string', default: path.join(root, '.lake') },
    'preview-port': { type: 'string', default: process.env.PREVIEW_PORT || '4323' },
  },
});

function sanityDev(port: string, env: NodeJS.ProcessEnv) {
  const child = spawn('npx', ['sanity', 'dev', '--port', port, '--host', 'localhost'], {
    cwd: path.join(root, 'studio'),
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, DO_NOT_TRACK: '1', ...env },
  });
  child.stdout.pipe(process.stdout);
  return child;
}

async function waitFor(url: string, timeoutMs = 180_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

if (process.env.SANITY_STUDIO_PROJECT_ID) {
  const child = sanityDev(values['studio-port'], {});
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const projectId = PLACEHOLDER_PROJECT_ID;
  const studioPort = values['studio-port'];
  const studioOrigins = [`http://localhost:${studioPort}`, `http://127.0.0.1:${studioPort}`];
  const certificate = ensureCertificate(path.join(values.state, 'cert'), ['localhost', `${projectId}.localhost`, '127.0.0.1']);
  const dataset = process.env.SANITY_STUDIO_DATASET || DEFAULT_DATASET;
  const server = await startLakeServer({
    contentDir: path.resolve(values.content),
    stateDir: path.resolve(values.state),
    projectId,
    dataset,
    port: Number(values.port),
    allowedOrigins: studioOrigins,
    tls: certificate,
  });
  const apiUrl = `https://${projectId}.localhost:${server.port}`;
  console.log(
    `Local Content Lake: ${server.url} (API ${apiUrl}) over ${path.relative(root, path.resolve(values.content)) || values.content}`,
  );
  let child: ReturnType<typeof sanityDev> | undefined;
  let preview: ReturnType<typeof spawn> | undefined;
  const stop = async () => {
    child?.kill('SIGTERM');
    preview?.kill('SIGTERM');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!values['lake-only']) {
    const previewPort = values['preview-port'];
    preview = spawn(process.execPath, ['--import', 'tsx', PREVIEW_SCRIPT], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        ...lakePreviewEnv({ port: previewPort, lakeUrl: server.url, projectId, dataset, caFile: certificate.caFile, studioOrigins }),
      },
    });
    child = sanityDev(studioPort, { SANITY_STUDIO_LAKE_URL: server.url, SANITY_STUDIO_PREVIEW_URL: `http://127.0.0.1:${previewPort}` });
    child.on('exit', (code) => {
      void server.close().then(() => process.exit(code ?? 0));
    });
    await waitFor(`http://localhost:${studioPort}/`);
    console.log(`\nStudio:   http://localhost:${studioPort}  (German, logged in as the local editor)`);
    console.log(`Local API: ${apiUrl}  (content/ for published documents, .lake/ for drafts)`);
    console.log(`Preview:  http://127.0.0.1:${previewPort}  (drafts as pages, in the Studio's „Vorschau“ tab)`);
    if (!certificate.trusted) {
      console.log(`\nThe API's certificate is self-signed: open ${apiUrl}/v1/ping once and accept it, or install`);
      console.log('mkcert (Debian: apt install mkcert; then mkcert -install), delete .lake/cert and restart.');
    }
  }
}
