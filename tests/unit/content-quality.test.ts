/**
 * Editorial rules live in the Studio schema (editors see them while typing) and the build enforces
 * them through the same validation. A dataset shaped like a real export passes; each rule is shown
 * to fire on a broken copy, at the right field, as an error or (placeholders) a warning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { formatProblem, validateDataset, type Problem } from '../../site/validate.ts';
import { compileStudioSchema } from '../../site/schema.ts';
import { placeholderValidationCode } from '../../studio/schemaTypes/rules.ts';
import { asRealExport, fixtureDocuments, fixtureImage, writeDataset, type Doc, type FixtureImage } from './export-fixture.ts';

let schema: ReturnType<typeof compileStudioSchema>;
let image: FixtureImage;
let documents: Doc[];

beforeAll(async () => {
  schema = compileStudioSchema();
  image = await fixtureImage();
  documents = fixtureDocuments(image);
});

async function problemsOf(docs: Doc[]): Promise<Problem[]> {
  return validateDataset(readEmbeddedDataset(writeDataset(docs, [image])), schema);
}

function mutate(id: string, change: (doc: any) => void): Doc[] {
  return documents.map((doc) => {
    if (doc._id !== id) return doc;
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  });
}

const expectProblem = (problems: Problem[], level: Problem['level'], documentId: string, path: string, message: RegExp) =>
  expect(problems).toContainEqual(expect.objectContaining({ level, documentId, path, message: expect.stringMatching(message) }));

describe('a dataset shaped like a real export', () => {
  it('passes validation and the content rules: drafts, random ids, unsorted lines, _rev and _updatedAt', async () => {
    const exported = asRealExport(documents);
    expect(exported.some((d) => d._id.startsWith('drafts.') && d.title === undefined)).toBe(true);
    expect(exported.map((d) => d._id)).not.toEqual(exported.map((d) => d._id).sort());
    expect(exported.every((d) => typeof d._rev === 'string' && typeof d._updatedAt === 'string')).toBe(true);
    expect((await problemsOf(exported)).map(formatProblem)).toEqual([]);
  });
});

describe('each rule fires on a broken copy', () => {
  it('a guide without sources, or with no official web source', async () => {
    expectProblem(
      await problemsOf(
        mutate('guide-de', (d) => {
          delete d.sources;
        }),
      ),
      'error',
      'guide-de',
      'sources',
      /Quelle/,
    );
    const internalOnly = mutate('guide-de', (d) => {
      d.sources[0].href = '/ankommen/';
    });
    expectProblem(await problemsOf(internalOnly), 'error', 'guide-de', 'sources', /offizielle Quelle/);
  });

  it('a guide without a review date', async () => {
    expectProblem(
      await problemsOf(
        mutate('guide-en', (d) => {
          delete d.lastReviewed;
        }),
      ),
      'error',
      'guide-en',
      'lastReviewed',
      /geprüft/,
    );
  });

  it('an image without alt text (error) or with a meaningless one (warning)', async () => {
    expectProblem(
      await problemsOf(
        mutate('story-de', (d) => {
          delete d.image.alt;
        }),
      ),
      'error',
      'story-de',
      'image.alt',
      /Alternativtext/,
    );
    expectProblem(
      await problemsOf(
        mutate('story-de', (d) => {
          d.image.alt = 'Foto';
        }),
      ),
      'warning',
      'story-de',
      'image.alt',
      /sehr kurz/,
    );
  });

  it('a story that does not say whether its person is fictitious', async () => {
    expectProblem(
      await problemsOf(
        mutate('story-de', (d) => {
          delete d.isExample;
        }),
      ),
      'error',
      'story-de',
      'isExample',
      /Beispielgeschichte/,
    );
  });

  it('placeholder text is a warning (with a code a release build can refuse), marked or not', async () => {
    const problems = await problemsOf(
      mutate('story-de', (d) => {
        d.teaser = 'TODO: Teaser schreiben';
        d.body[0].children.push({ _type: 'span', _key: 's2', text: '[Platzhalter: Name des Betriebs]', marks: ['placeholder'] });
      }),
    );
    expectProblem(problems, 'warning', 'story-de', 'teaser', /„TODO“ sieht nach Platzhaltertext aus/);
    expectProblem(problems, 'warning', 'story-de', 'body[_key=="b1"].children[_key=="s2"].text', /noch ein Platzhalter/);
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    const plain = await problemsOf(
      mutate('guide-de', (d) => {
        d.summary = 'Miete: [Platzhalter: Betrag ergänzen] pro Monat.';
      }),
    );
    expectProblem(plain, 'warning', 'guide-de', 'summary', /Platzhalter: Betrag ergänzen/);
    expect(placeholderValidationCode).toMatch(/^custom\./);
  });

  it('German words typed without umlauts or ß, but not in English text, slugs or values', async () => {
    expectProblem(
      await problemsOf(
        mutate('story-de', (d) => {
          d.body[0].children[0].text = 'Tipps fuer die Bewerbung.';
        }),
      ),
      'error',
      'story-de',
      'body[_key=="b1"].children[_key=="s1"].text',
      /„fuer“ bitte mit Umlaut/,
    );
    expectProblem(
      await problemsOf(
        mutate('guide-de', (d) => {
          d.summary = 'Was Schueler wissen muessen.';
        }),
      ),
      'error',
      'guide-de',
      'summary',
      /Schueler/,
    );
    const allowed = await problemsOf(
      mutate('guide-en', (d) => {
        d.summary = 'Ask the Buergerbuero (citizens’ office) for help.';
        d.slug.current = 'tipps-fuer-schueler';
      }),
    );
    expect(allowed.map(formatProblem)).toEqual([]);
  });
});
