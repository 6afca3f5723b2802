/**
 * Datasets shaped like a real `sanity dataset export`, made for the tests: random-looking ids,
 * drafts next to published documents, unsorted lines, `_rev` / `_createdAt` / `_updatedAt`,
 * images under their sha1 names with `_sanityAsset` markers, assets.json.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

export type Doc = Record<string, any> & { _id: string; _type: string };

/** Singletons keep their fixed ids in a real project too. */
const FIXED_IDS = new Set(['siteSettings', 'regionFacts']);

const hash = (text: string) => createHash('sha1').update(text).digest('hex');
/** A uuid-shaped id as the Studio creates them (deterministic per seed, so failures reproduce). */
export const randomId = (seed: string) => {
  const h = hash(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const rev = (seed: string) => hash(`rev${seed}`).slice(0, 22);

function mapRefs(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, ids));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '_ref' && typeof child === 'string' ? (ids.get(child) ?? child) : mapRefs(child, ids);
  }
  return out;
}

/** Shuffles deterministically (a real export is ordered by the Content Lake, not by id). */
function shuffle<T>(items: T[], seed: string): T[] {
  return items
    .map((item, index) => ({ item, order: hash(`${seed}${index}`) }))
    .sort((a, b) => a.order.localeCompare(b.order))
    .map(({ item }) => item);
}

/**
 * The documents as a real project would export them: new ids (references follow), system fields,
 * a draft with unpublished changes for every `draftEvery`-th document, lines in no particular order.
 */
export function asRealExport(documents: Doc[], { seed = 'export', draftEvery = 3 } = {}): Doc[] {
  const ids = new Map(documents.map((doc) => [doc._id, FIXED_IDS.has(doc._id) ? doc._id : randomId(`${seed}${doc._id}`)]));
  const out: Doc[] = [];
  documents.forEach((doc, index) => {
    const published = mapRefs(doc, ids) as Doc;
    published._id = ids.get(doc._id)!;
    published._rev = rev(`${seed}${doc._id}`);
    published._createdAt ??= '2026-10-01T08:15:02Z';
    published._updatedAt ??= '2026-11-20T16:42:11Z';
    out.push(published);
    if (index % draftEvery === 0) {
      // An unfinished draft: required fields may be missing; the build reads published content only.
      const { title: _title, ...draft } = structuredClone(published);
      out.push({ ...draft, _id: `drafts.${published._id}`, _rev: rev(`draft${seed}${doc._id}`), _updatedAt: '2026-11-30T10:00:00Z' });
    }
  });
  return shuffle(out, seed);
}

export interface FixtureImage {
  marker: string;
  file: string;
  bytes: Buffer;
  sha1: string;
  assetId: string;
}

/** A real PNG stored under the export's name `<sha1>-<w>x<h>.png`. */
export async function fixtureImage(color = '#b0002a', width = 1200, height = 630): Promise<FixtureImage> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const name = `${sha1}-${width}x${height}.png`;
  return { marker: `image@file://./images/${name}`, file: `images/${name}`, bytes, sha1, assetId: `image-${sha1}-${width}x${height}-png` };
}

/** Writes a dataset folder in export format; returns its path. */
export function writeDataset(
  documents: Doc[],
  images: FixtureImage[],
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-export-')),
): string {
  fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'data.ndjson'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  const assets: Record<string, unknown> = {};
  for (const image of images) {
    fs.writeFileSync(path.join(dir, image.file), image.bytes);
    assets[`image-${image.sha1}`] = { originalFilename: 'fixture.png' };
  }
  fs.writeFileSync(path.join(dir, 'assets.json'), JSON.stringify(assets, null, 2));
  return dir;
}

const span = (key: string, text: string, marks: string[] = []) => ({ _type: 'span', _key: key, text, marks });
const block = (key: string, ...children: ReturnType<typeof span>[]) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children,
});

/** A small, valid editorial dataset (German and English guide, a story, its town) using one image. */
export function fixtureDocuments(image: FixtureImage): Doc[] {
  const picture = (alt: string) => ({ _type: 'imageWithAlt', _sanityAsset: image.marker, alt });
  const guide = (language: 'de' | 'en', title: string, summary: string) => ({
    _id: `guide-${language}`,
    _type: 'welcomeGuide',
    language,
    title,
    slug: { _type: 'slug', current: language === 'de' ? 'wohnung-finden' : 'finding-a-flat' },
    // Reviewed today: the Studio warns about reviews older than a year, relative to the real clock.
    summary,
    topic: 'wohnen',
    audience: ['international'],
    lastReviewed: new Date().toISOString().slice(0, 10),
    image: picture(
      language === 'de'
        ? 'Ein Schlüsselbund liegt auf einem Umzugskarton vor einer Haustür.'
        : 'A bunch of keys on a moving box in front of a door.',
    ),
    steps: [{ _type: 'guideStep', _key: 'step1', title: language === 'de' ? 'Wohnungsangebote prüfen' : 'Check flat offers' }],
    sources: [
      {
        _type: 'link',
        _key: 'src1',
        label: 'Bundesministerium der Justiz: Bürgerliches Gesetzbuch',
        href: 'https://www.gesetze-im-internet.de/bgb/',
      },
    ],
  });
  return [
    { _id: 'town-annaberg', _type: 'town', name: 'Annaberg-Buchholz', slug: { _type: 'slug', current: 'annaberg-buchholz' } },
    {
      _id: 'story-de',
      _type: 'story',
      language: 'de',
      title: 'Zurück im Erzgebirge',
      slug: { _type: 'slug', current: 'zurueck-im-erzgebirge' },
      teaser: 'Eine Mechatronikerin erzählt, warum sie nach zehn Jahren in München zurückgekommen ist.',
      image: picture('Eine Frau in Arbeitskleidung steht lächelnd vor einer Werkhalle im Schnee.'),
      body: [block('b1', span('s1', 'Nach der Ausbildung ging sie für zehn Jahre nach München. Heute führt sie ein Team in Annaberg.'))],
      town: { _type: 'reference', _ref: 'town-annaberg' },
      kind: 'rueckkehrer',
      publishedAt: '2026-10-01T09:00:00Z',
      isExample: true,
    },
    guide('de', 'Eine Wohnung finden', 'Wie Sie im Erzgebirge eine Wohnung finden und was Sie für den Mietvertrag brauchen.'),
    guide('en', 'Finding a flat', 'How to find a flat in the Erzgebirge and what you need for the tenancy agreement.'),
    {
      _id: 'translation-guide',
      _type: 'translation.metadata',
      schemaTypes: ['welcomeGuide'],
      translations: ['de', 'en'].map((language) => ({
        _key: language,
        _type: 'internationalizedArrayReferenceValue',
        language,
        value: { _type: 'reference', _ref: `guide-${language}`, _weak: true },
      })),
    },
  ];
}
