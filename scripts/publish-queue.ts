/**
 * The publish queue: content changes come in one by one (a Content Release publishes many documents,
 * an editor saves twice); the queue waits until they stop for a moment and runs one build for all
 * of them. Never two builds at once: changes during a build wait for the next one. The build
 * runner below starts each build, with the next one standing by (scripts/standby.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { sendGo, STANDBY_ENV, whenReady } from './standby.ts';

export interface ContentChange {
  id: string;
  type?: string;
  /** appear (created/published), update, disappear (deleted/unpublished), or unknown. */
  transition?: string;
}

export interface BuildOutcome {
  ok: boolean;
  seconds: number;
  /** `ERROR <id> (<type>) <path>: <message>` lines of a failed build, else its last output lines. */
  errors: string[];
  /** Everything the build printed. */
  lines: string[];
}

export interface PublishQueueOptions {
  build: (changes: ContentChange[]) => Promise<BuildOutcome>;
  /** How long the content must stay quiet before the build starts. */
  quietMs?: number;
  /** A steady stream of changes still builds after this long. */
  maxWaitMs?: number;
  log?: (line: string) => void;
}

export interface PublishQueue {
  notify(change: ContentChange): void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  readonly builds: number;
}

export function describeChanges(changes: ContentChange[]): string {
  const unique = [...new Map(changes.map((c) => [c.id, c])).values()];
  const shown = unique.slice(0, 5).map((c) => `${c.type ? `${c.type} ` : ''}${c.id}${c.transition ? ` (${c.transition})` : ''}`);
  const more = unique.length > shown.length ? ` and ${unique.length - shown.length} more` : '';
  return `${unique.length} document(s) changed: ${shown.join(', ')}${more}`;
}

/** The build's own account of its phases (content, Astro, cards, headers, search), indented for the log. */
const phaseLines = (lines: readonly string[]) =>
  lines.filter((line) => /^(Content|Astro|Redirects|Headers|Search): /.test(line)).map((line) => `  ${line}`);

export function createPublishQueue({ build, quietMs = 1000, maxWaitMs = 10_000, log = console.log }: PublishQueueOptions): PublishQueue {
  let pending: ContentChange[] = [];
  let firstPendingAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let builds = 0;
  const waiters: (() => void)[] = [];

  const settle = () => {
    if (running || timer || pending.length) return;
    for (const resolve of waiters.splice(0)) resolve();
  };

  const schedule = () => {
    if (running || !pending.length) return settle();
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - Date.now()));
    timer = setTimeout(start, delay);
  };

  const start = () => {
    timer = undefined;
    const changes = pending;
    pending = [];
    builds += 1;
    log(`publish: ${describeChanges(changes)}; building`);
    running = build(changes)
      .then(
        (outcome) => {
          if (outcome.ok) log([`publish: dist/ updated in ${outcome.seconds.toFixed(1)} s`, ...phaseLines(outcome.lines)].join('\n'));
          else
            log(
              `publish: build failed after ${outcome.seconds.toFixed(1)} s, dist/ unchanged\n${outcome.errors.map((e) => `  ${e}`).join('\n')}`,
            );
        },
        (error: unknown) => {
          log(`publish: build could not run, dist/ unchanged: ${(error as Error).message}`);
        },
      )
      .finally(() => {
        running = undefined;
        schedule();
      });
  };

  return {
    notify(change) {
      if (!pending.length) firstPendingAt = Date.now();
      pending.push(change);
      schedule();
    },
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    get builds() {
      return builds;
    },
  };
}

export interface BuildRunner {
  /** Runs one build: the process standing by if there is one, else a new one. */
  run(): Promise<BuildOutcome>;
  /** Whether the next build's process is started ahead (PUBLISH_STANDBY=0: no). */
  readonly standby: boolean;
  /** Resolves when the next build's process has loaded its code. */
  ready(): Promise<void>;
  close(): void;
}

export interface BuildRunnerOptions {
  env?: NodeJS.ProcessEnv;
  /** Whether the builds' output is echoed as well as collected. */
  echo?: boolean;
  /** The build script (tests use a small one). */
  script?: string;
  /** What a standby build loads before "go": after a change there, it is replaced by a fresh one. */
  codePaths?: readonly string[];
  /** Whether the next build waits in standby between builds (about 0.9 GB); else each starts cold. */
  standby?: boolean;
}

/** The code scripts/build.ts and its helpers load, and Astro bundles (src/, public/), before they wait for "go". */
export const STANDBY_CODE = ['scripts', 'site', 'studio', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The newest modification time (ms) of the files at these paths (folders recursively). */
export function newestChange(paths: readonly string[], root = process.cwd()): number {
  let newest = 0;
  for (const entry of paths.map((p) => path.resolve(root, p)).filter((p) => fs.existsSync(p))) {
    const files = fs.statSync(entry).isDirectory()
      ? fs
          .readdirSync(entry, { recursive: true, withFileTypes: true })
          .filter((dirent) => dirent.isFile())
          .map((dirent) => path.join(dirent.parentPath, dirent.name))
      : [entry];
    for (const file of files) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * Runs scripts/build.ts, each build in a fresh process (it reads the content anew). The next
 * build's process starts as soon as the last one ends and loads its code in standby
 * (scripts/standby.ts), so a publish does not wait for Node, Astro and the Studio schema to load.
 * A standby older than a change to that code is replaced: a deploy needs no restart of the service.
 */
export function createBuildRunner({
  env = process.env,
  echo = false,
  script = 'scripts/build.ts',
  codePaths = STANDBY_CODE,
  standby = env.PUBLISH_STANDBY !== '0',
}: BuildRunnerOptions = {}): BuildRunner {
  let next: StandbyBuild | undefined;
  let closed = false;
  const start = () => startStandbyBuild(script, env, echo);
  const prepare = () => {
    if (standby && !closed) next = start();
  };
  const usable = (build: StandbyBuild | undefined) => build && build.alive() && newestChange(codePaths) < build.startedAt;
  prepare();
  return {
    async run() {
      const current = usable(next) ? next! : start();
      if (current !== next) next?.kill();
      next = undefined;
      try {
        return await current.run();
      } finally {
        prepare();
      }
    },
    standby,
    ready: () => next?.ready ?? Promise.resolve(),
    close() {
      closed = true;
      next?.kill();
    },
  };
}

interface StandbyBuild {
  /** When the process was started (ms since the epoch), before it loaded any code. */
  startedAt: number;
  ready: Promise<void>;
  alive(): boolean;
  run(): Promise<BuildOutcome>;
  kill(): void;
}

function startStandbyBuild(script: string, env: NodeJS.ProcessEnv, echo: boolean): StandbyBuild {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...env, [STANDBY_ENV]: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const lines: string[] = [];
  // Whole lines: a pipe's chunks end anywhere, also inside a line ("├─ /a.ics" … " (cached)").
  const collect = (input: NodeJS.ReadableStream, echoTo: NodeJS.WriteStream) => {
    if (echo) input.on('data', (chunk: Buffer) => echoTo.write(chunk));
    createInterface({ input, crlfDelay: Infinity }).on('line', (line) => {
      if (line) lines.push(line);
    });
  };
  collect(child.stdout!, process.stdout);
  collect(child.stderr!, process.stderr);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  exited.catch(() => undefined);
  const ready = whenReady(child);
  ready.catch(() => undefined);
  return {
    startedAt,
    ready,
    alive: () => child.exitCode === null && child.signalCode === null,
    async run() {
      await ready.catch(() => undefined); // a process that stopped early reports through `exited`
      const started = performance.now();
      if (child.connected) sendGo(child);
      const code = await exited;
      const errors = lines.filter((line) => line.startsWith('ERROR '));
      return {
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        errors: code === 0 ? [] : errors.length ? errors : lines.slice(-10),
        lines,
      };
    },
    kill: () => child.kill(),
  };
}
