/**
 * Starts scripts/serve.ts (dist/ with its _headers) on a free local port in a child process, for
 * tools that need the built site over HTTP: the link check and the Lighthouse benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface LocalServer {
  origin: string;
  process: ChildProcess;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the server listens. `distDir` defaults to serve.ts's own (DIST_DIR or dist/). */
export async function startLocalServer(options: { distDir?: string } = {}): Promise<LocalServer> {
  const port = await freePort();
  // process.execPath is the Node 24 running the caller; serve.ts relies on its TypeScript support.
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], {
    env: { ...process.env, ...(options.distDir && { DIST_DIR: options.distDir }), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
    server.stdout!.once('data', () => resolve());
  });
  return { origin: `http://127.0.0.1:${port}`, process: server, stop: () => server.kill() };
}
