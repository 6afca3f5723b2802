/**
 * The chart-label migration (studio/migrations/localize-chart-labels): a dataset in the shape before
 * commit a1e8db4 (dataPoint.label and regionFacts.sourceNote as plain strings) fails validation; the
 * dry run lists the changes and writes nothing; the run turns it into a dataset that validates,
 * changing nothing else; a second run finds nothing to do. Sanity's own CLI dry-runs the same
 * migration file from an export archive.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { create as createArchive } from 'tar';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { formatProblem, validateDataset } from '../../site/validate.ts';
import { compileStudioSchema } from '../../site/schema.ts';
import { at, defineMigration, set } from '@sanity/migrate';
import { migrateContent, migrateDocuments } from '../../scripts/migrate-content.ts';
import { asRealExport, fixtureDocuments, fixtureImage, writeDataset, type Doc, type FixtureImage } from './export-fixture.ts';

const MIGRATION = 'localize-chart-labels';
const point = (key: string, label: string, value: number) => ({ _type: 'dataPoint', _key: key, label, value, approximate: false });
/** regionFacts as it was stored before the labels were localised. */
const oldRegionFacts = (): Doc => ({
  _id: 'regionFacts',
  _type: 'regionFacts',
  asOf: '2024-06-06',
  sourceNote: 'Quelle: Handlungskonzept der Fachkräfteallianz Erzgebirge.',
  series: [
    {
      _type: 'dataSeries',
      _key: 'anteil',
      key: 'anteil',
      unit: '%',
      title: { _type: 'localizedString', de: 'Der Anteil steigt', en: 'The share rises' },
      points: [point('p1990', '1990', 35), point('p2025', '2025', 57)],
    },
  ],
});

let schema: ReturnType<typeof compileStudioSchema>;
let image: FixtureImage;
let oldShape: Doc[];

beforeAll(async () => {
  schema = compileStudioSchema();
  image = await fixtureImage();
  oldShape = asRealExport([...fixtureDocuments(image), oldRegionFacts()], { draftEvery: 1 });
});

const errorsIn = async (dir: string) => (await validateDataset(readEmbeddedDataset(dir), schema)).filter((p) => p.level === 'error');

describe(`npm run content:migrate -- ${MIGRATION}`, () => {
  it('the old shape fails validation at the chart labels and the source note', async () => {
    const paths = (await errorsIn(writeDataset(oldShape, [image]))).map((p) => `${p.documentId} ${p.path}`);
    expect(paths).toContain('regionFacts series[_key=="anteil"].points[_key=="p1990"].label');
    expect(paths).toContain('regionFacts sourceNote');
  });

  it('--dry-run lists the changes and writes nothing', async () => {
    const dir = writeDataset(oldShape, [image]);
    const before = fs.readFileSync(path.join(dir, 'data.ndjson'));
    const log: string[] = [];
    const result = await migrateContent(MIGRATION, dir, { dryRun: true, log: (line) => log.push(line) });
    expect(result.changed.sort()).toEqual(['drafts.regionFacts', 'regionFacts']);
    expect(log.join('\n')).toMatch(/p1990.*\.label":\{"_type":"localizedString","de":"1990"\}/);
    expect(fs.readFileSync(path.join(dir, 'data.ndjson')).equals(before)).toBe(true);
  });

  it('turns the old shape into a dataset that validates, changing nothing else; a second run changes nothing', async () => {
    const dir = writeDataset(oldShape, [image]);
    const before = fs.readFileSync(path.join(dir, 'data.ndjson'), 'utf8').split('\n');
    await migrateContent(MIGRATION, dir, { log: () => {} });
    const after = fs.readFileSync(path.join(dir, 'data.ndjson'), 'utf8').split('\n');
    expect((await errorsIn(dir)).map(formatProblem)).toEqual([]);
    const facts = after.map((line) => line && JSON.parse(line)).find((doc) => doc?._id === 'regionFacts');
    expect(facts.series[0].points.map((p: any) => p.label)).toEqual([
      { _type: 'localizedString', de: '1990' },
      { _type: 'localizedString', de: '2025' },
    ]);
    expect(facts.sourceNote).toEqual({ _type: 'localizedText', de: 'Quelle: Handlungskonzept der Fachkräfteallianz Erzgebirge.' });
    // Same lines in the same order; only the two regionFacts lines (published and draft) differ.
    expect(after.length).toBe(before.length);
    expect(
      before
        .filter((line, i) => line !== after[i])
        .map((line) => JSON.parse(line)._id)
        .sort(),
    ).toEqual(['drafts.regionFacts', 'regionFacts']);
    const again = await migrateContent(MIGRATION, dir, { log: () => {} });
    expect(again.changed).toEqual([]);
  });
});

describe('migrateDocuments', () => {
  it("applies a patch at an array slice, as Sanity's runner does", async () => {
    const slice = defineMigration({ title: 'Slice', migrate: { document: () => at(['points', [0, 2]], set(0)) } });
    const doc = {
      _id: 'chart',
      _type: 'chart',
      _rev: 'r',
      _createdAt: '2024-01-01T00:00:00Z',
      _updatedAt: '2024-01-01T00:00:00Z',
      points: [1, 2, 3],
    };
    const result = await migrateDocuments(slice, [doc]);
    expect(result.mutations).toEqual([{ patch: { id: 'chart', set: { 'points[0:2]': 0 } } }]);
    expect(result.documents[0].points).toEqual([0, 0, 3]);
  });
});

describe(`sanity migration run ${MIGRATION} (Sanity's CLI, dry run from an export archive)`, () => {
  it('finds the migration in studio/migrations and lists the same patches', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-migrate-'));
    const exportDir = path.join(work, 'production-export');
    writeDataset(oldShape, [image], exportDir);
    const archive = path.join(work, 'production.tar.gz');
    await createArchive({ gzip: true, file: archive, cwd: work }, ['production-export']);
    const child = spawn(
      'npx',
      [
        'sanity',
        'migration',
        'run',
        MIGRATION,
        '--from-export',
        archive,
        '--project',
        'abc123',
        '--dataset',
        'production',
        '--no-progress',
      ],
      {
        cwd: path.resolve('studio'),
        // A dry run from an archive sends no request; the CLI only insists on some token.
        env: { ...process.env, SANITY_AUTH_TOKEN: 'not-used-offline', NO_COLOR: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status, output).toBe(0);
    expect(output).toContain('set({"_type":"localizedString","de":"1990"})');
    expect(output).toContain('set({"_type":"localizedText","de":"Quelle: Handlungskonzept der Fachkräfteallianz Erzgebirge."})');
  }, 120_000);
});
