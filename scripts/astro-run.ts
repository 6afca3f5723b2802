/**
 * Astro's build, which a standby build (scripts/standby.ts) starts while it waits: Vite bundles the
 * code (config, routes, the prerender and client bundles: about 2 s of a publish's 3.5 s in Astro
 * at the embedded dataset) and the build then holds, before a page reads the content, until "go".
 *
 * The bundle holds the code and the list of the dataset's images (src/lib/embedded-images.ts globs
 * content/images). An image added, changed or removed while the build stood by makes that bundle
 * stale: the build then starts again from the beginning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type AstroInlineConfig } from 'astro';
import type { Plugin } from 'vite';

/** Names, sizes and modification times of a folder's files: what a glob import of it depends on. */
function folderSignature(folder: string): string {
  if (!fs.existsSync(folder)) return '';
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(folder, name));
      return `${name}\u0000${stat.size}\u0000${stat.mtimeMs}`;
    })
    .join('\n');
}

export interface AstroRun {
  /** Resolves once the code is bundled and the build holds before the pages (rejects if it failed first). */
  bundled: Promise<void>;
  /** Lets the pages render; with a stale bundle (see above) the build runs once more, whole. */
  go(): void;
  /** The build, finished, and when its code was bundled: before `go()`, after it, or again (stale). */
  done: Promise<{ bundled: 'ahead' | 'on go' | 'again' }>;
}

const HOLD_PLUGIN = 'herzland:hold-until-go';

/**
 * Starts Astro's build with `config`. It holds after bundling until `go()`; the `imagesFolder` is
 * compared then with its state at the start.
 */
export function startAstro(config: AstroInlineConfig, imagesFolder: string): AstroRun {
  const signature = folderSignature(imagesFolder);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const atHold = new Promise<void>((resolve) => (reached = resolve));
  let holding = false;
  let heldBeforeGo = false;
  // A flag, not an error class: Astro may wrap what a Vite hook throws.
  let stale = false;
  // Vite runs the `buildApp` hooks of order "post" after its own builds, in plugin order: this
  // plugin (order "normal") before Astro's page generation (enforce "post").
  const hold: Plugin = {
    name: HOLD_PLUGIN,
    buildApp: {
      order: 'post',
      async handler() {
        holding = true;
        reached();
        await released;
        stale = folderSignature(imagesFolder) !== signature;
        if (stale) throw new Error('The content images changed while the build stood by: it bundles again');
      },
    },
  };
  const held = build({ ...config, vite: { plugins: [hold] } });
  const done = held.then(
    () => ({ bundled: heldBeforeGo ? ('ahead' as const) : ('on go' as const) }),
    async (error: unknown) => {
      if (!stale) throw error;
      // The same plugin names as the held build: Vite hashes them into its dependency cache, and a
      // different hash re-optimised the dependencies, which changed the code Astro's incremental
      // cache is keyed by, so no page of the last build could be reused.
      await build({ ...config, vite: { plugins: [{ name: HOLD_PLUGIN }] } });
      return { bundled: 'again' as const };
    },
  );
  done.catch(() => undefined); // awaited after "go"; until then a failure must not crash the process
  const go = () => {
    heldBeforeGo = holding;
    release();
  };
  return { bundled: Promise.race([atHold, held.then(() => undefined)]), go, done };
}
