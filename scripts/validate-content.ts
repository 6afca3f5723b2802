/**
 * The build's content validation (run by scripts/build.ts in its own process, beside Astro): every
 * document this build reads, against the Studio schema's own rules, and in a release build no
 * placeholder. Prints one line per problem; exits 1 when the build must stop.
 */
import path from 'node:path';
import { siteConfig } from '../site/config.ts';
import { readEmbeddedDataset, type DatasetDocument } from '../site/sources/embedded-dataset.ts';
import { createSanitySource } from '../site/sources/sanity.ts';
import { ALL_DOCUMENTS_QUERY, datasetFromDocuments, formatProblem, validateDataset } from '../site/validate.ts';
import { compileStudioSchema } from '../site/schema.ts';
import { openValidationCache } from '../site/validation-cache.ts';
import { findPlaceholders, isReleaseBuild } from '../site/placeholders.ts';
import { cpuSeconds } from './cpu-time.ts';
import { awaitGo } from './standby.ts';

const root = process.cwd();

/**
 * Validates the content this build reads, whichever the source: content/, or everything fetched
 * from the Sanity project (a schema change without a migration, or content written by other
 * tools, would otherwise reach the site unchecked).
 */
async function validateContent(schema: ReturnType<typeof compileStudioSchema>): Promise<void> {
  const config = siteConfig();
  const started = performance.now();
  let dataset;
  let where;
  if (config.sanity) {
    const { projectId, dataset: name, perspective } = config.sanity;
    where = `Sanity project ${projectId}/${name} (${perspective})`;
    const documents = (await createSanitySource(config.sanity).fetch(ALL_DOCUMENTS_QUERY)) as DatasetDocument[];
    dataset = datasetFromDocuments(documents, where);
  } else {
    where = path.relative(root, config.contentDir) || '.';
    dataset = readEmbeddedDataset(config.contentDir);
  }
  const fetched = performance.now();
  // Only documents whose rule inputs changed since the last build are validated again.
  const cache = openValidationCache(dataset);
  const problems = await validateDataset(dataset, schema, cache);
  cache.save();
  const errors = problems.filter((p) => p.level === 'error');
  for (const problem of problems) (problem.level === 'error' ? console.error : console.warn)(formatProblem(problem));
  const ms = Math.round(performance.now() - fetched);
  const readMs = Math.round(fetched - started);
  console.log(
    `Content: ${dataset.rawDocuments.length} documents in ${where} read in ${readMs} ms, validated in ${ms} ms (${cache.hits} unchanged, from cache) with CPU ${cpuSeconds().toFixed(1)} s in all: ${errors.length} errors, ${problems.length - errors.length} warnings`,
  );
  if (errors.length) {
    throw new BuildStop(`Build stopped: ${errors.length} content error(s). dist/ was left unchanged.`);
  }
  if (isReleaseBuild()) refusePlaceholders(dataset.rawDocuments);
}

/** A release publishes nothing that still says "[Platzhalter: …]" (normal builds show them marked). */
function refusePlaceholders(documents: Parameters<typeof findPlaceholders>[0]): void {
  const placeholders = findPlaceholders(documents);
  for (const problem of placeholders) console.error(formatProblem(problem));
  if (placeholders.length) {
    throw new BuildStop(`Release build stopped: ${placeholders.length} placeholder(s) in the content. dist/ was left unchanged.`);
  }
  console.log('Release: no placeholders in the content');
}

class BuildStop extends Error {}

try {
  // The schema is code: a standby process compiles it before it waits for the content.
  const schema = compileStudioSchema();
  await awaitGo();
  await validateContent(schema);
} catch (error) {
  console.error(error instanceof BuildStop ? error.message : error);
  process.exitCode = 1;
}
