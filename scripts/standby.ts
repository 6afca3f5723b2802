/**
 * Warm standby for the publish service: a build started with HERZLAND_STANDBY=1 loads its code
 * (Astro, the Studio schema and its validation, sharp) and forks its helper processes, says it is
 * ready and waits for "go" before it reads any content. A publish then pays only for the build
 * itself, and every build still runs in fresh processes, so nothing of the last one's content lingers.
 */
import type { ChildProcess } from 'node:child_process';

const READY = 'herzland:standby-ready';
const GO = 'herzland:go';

export const STANDBY_ENV = 'HERZLAND_STANDBY';

/** Whether this process was started in standby (its helper processes inherit the setting). */
export const inStandby = () => process.env[STANDBY_ENV] === '1' && typeof process.send === 'function';

/**
 * In a standby process: reports ready to the parent and resolves on its "go". Elsewhere it resolves
 * at once. A parent that goes away meanwhile ends the process: nothing was read or written yet.
 */
export function awaitGo(): Promise<void> {
  if (!inStandby()) return Promise.resolve();
  return new Promise((resolve) => {
    const orphaned = () => process.exit(0);
    const onMessage = (message: unknown) => {
      if (message !== GO) return;
      // Without listeners the IPC channel no longer keeps the process alive.
      process.off('message', onMessage);
      process.off('disconnect', orphaned);
      resolve();
    };
    process.on('message', onMessage);
    process.on('disconnect', orphaned);
    process.send!(READY);
  });
}

export const isReadyMessage = (message: unknown) => message === READY;

/** Parent side: resolves when the child has said it is ready; rejects if it stops first. */
export function whenReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!isReadyMessage(message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      reject(new Error(`standby process stopped before it was ready (${signal ?? `exit code ${code}`})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export const sendGo = (child: ChildProcess) => child.send(GO);

/**
 * The build's side for its helper processes (validation, cards): in a standby build it waits for
 * them to load and passes "go" on; otherwise they are ready at once and start on their own.
 */
export function helperGate(children: readonly ChildProcess[]): { ready: Promise<void>; go(): void } {
  if (!inStandby()) return { ready: Promise.resolve(), go: () => undefined };
  const ready = Promise.all(children.map(whenReady)).then(() => undefined);
  ready.catch(() => undefined); // a helper that stops also fails its own result, which the build awaits
  return { ready, go: () => children.forEach(sendGo) };
}

/** Whether a process (a build holding the lock, a standby that staged pages) is still there. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
