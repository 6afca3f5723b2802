/**
 * Project id and dataset for the Studio and the CLI.
 *
 * The placeholder project id is syntactically valid (a–z, 0–9), so
 * `sanity build`, `schema extract` and `typegen` work offline without a project.
 */
export const PLACEHOLDER_PROJECT_ID = 'herzland0';
export const DEFAULT_DATASET = 'production';

/**
 * The bundler replaces each literal `process.env.SANITY_STUDIO_*` expression with its value; one it
 * does not know stays an expression that throws in the browser (no `process`), hence the guard.
 * (A `typeof process` test would be false in the built Studio and hide every variable.)
 */
function readEnv(read: () => string | undefined): string | undefined {
  try {
    return read() || undefined;
  } catch {
    return undefined;
  }
}

const studioProjectId = readEnv(() => process.env.SANITY_STUDIO_PROJECT_ID);
const studioDataset = readEnv(() => process.env.SANITY_STUDIO_DATASET);

export const projectId = studioProjectId || PLACEHOLDER_PROJECT_ID;
export const dataset = studioDataset || DEFAULT_DATASET;

/** Default address of the local Content Lake (`npm run studio` without a project). */
export const DEFAULT_LAKE_URL = 'https://localhost:3334';

/**
 * Without SANITY_STUDIO_PROJECT_ID the Studio talks to the local Content Lake (studio/lake/)
 * over content/ instead of Sanity's hosted API; SANITY_STUDIO_LAKE_URL moves it (tests).
 */
export const localLakeUrl = studioProjectId ? undefined : readEnv(() => process.env.SANITY_STUDIO_LAKE_URL) || DEFAULT_LAKE_URL;

/** The draft preview behind the „Vorschau“ tab (scripts/preview-server.ts; `npm run studio` starts it). */
export const previewUrl = readEnv(() => process.env.SANITY_STUDIO_PREVIEW_URL) || 'http://127.0.0.1:4323';
