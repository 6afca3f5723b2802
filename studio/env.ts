/**
 * Project id and dataset for the Studio and the CLI.
 *
 * `process.env.SANITY_STUDIO_*` is replaced at build time by the Studio bundler;
 * the `typeof process` guard keeps the browser bundle safe when a variable is
 * not set. The placeholder project id is syntactically valid (a–z, 0–9), so
 * `sanity build`, `schema extract` and `typegen` work offline without a project.
 */
export const PLACEHOLDER_PROJECT_ID = 'herzland0'
export const DEFAULT_DATASET = 'production'

const studioProjectId =
  typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_PROJECT_ID
const studioDataset = typeof process === 'undefined' ? undefined : process.env.SANITY_STUDIO_DATASET

export const projectId = studioProjectId || PLACEHOLDER_PROJECT_ID
export const dataset = studioDataset || DEFAULT_DATASET
