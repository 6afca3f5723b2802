import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetFromMarker, readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { createEmbeddedSource } from '../../site/sources/embedded.ts';

const SHA = 'a'.repeat(40);

function fixture(documents: object[], files: string[] = [`images/${SHA}-800x600.png`]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-fixture-'));
  fs.writeFileSync(path.join(dir, 'data.ndjson'), documents.map((d) => JSON.stringify(d)).join('\n'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'x');
  }
  return dir;
}

const town = { _id: 'town-aue', _type: 'town', name: 'Aue-Bad Schlema' };
const story = {
  _id: 'story-a-de',
  _type: 'story',
  title: 'Zurück',
  language: 'de',
  town: { _type: 'reference', _ref: 'town-aue' },
  image: { _type: 'imageWithAlt', alt: 'Bild', _sanityAsset: `image@file://./images/${SHA}-800x600.png` },
  body: [{ _type: 'imageWithAlt', _key: 'k1', alt: 'x', _sanityAsset: `image@file://./images/${'b'.repeat(40)}-10x10.png` }],
};
const draft = { ...story, _id: 'drafts.story-a-de', title: 'Entwurf' };

describe('readEmbeddedDataset', () => {
  it('drops drafts and turns _sanityAsset markers into asset references and asset documents', () => {
    const dataset = readEmbeddedDataset(fixture([town, story, draft]));
    expect(dataset.rawDocuments.map((d) => d._id)).toEqual(['town-aue', 'story-a-de']);
    const resolved = dataset.documents.find((d) => d._id === 'story-a-de');
    expect(resolved?.image).toEqual({
      _type: 'imageWithAlt',
      alt: 'Bild',
      asset: { _type: 'reference', _ref: `image-${SHA}-800x600-png` },
    });
    const asset = dataset.documents.find((d) => d._id === `image-${SHA}-800x600-png`);
    expect(asset).toMatchObject({
      _type: 'sanity.imageAsset',
      url: `file://./images/${SHA}-800x600.png`,
      metadata: { dimensions: { width: 800, height: 600 } },
    });
  });

  it('records every asset usage with its field path and whether the file exists', () => {
    const { assetUsages } = readEmbeddedDataset(fixture([town, story]));
    expect(assetUsages).toEqual([
      expect.objectContaining({ documentId: 'story-a-de', path: 'image', exists: true }),
      expect.objectContaining({ documentId: 'story-a-de', path: 'body[_key=="k1"]', exists: false }),
    ]);
  });

  it('reports lines that are not JSON documents', () => {
    const dir = fixture([town]);
    fs.appendFileSync(path.join(dir, 'data.ndjson'), '\n{"broken": \n{"_type":"x"}\n');
    expect(readEmbeddedDataset(dir).parseErrors.map((e) => e.line)).toEqual([2, 3]);
  });

  it('parses file assets and rejects malformed markers', () => {
    expect(assetFromMarker(`file@file://./files/${SHA}.pdf`)).toMatchObject({
      _id: `file-${SHA}-pdf`,
      _type: 'sanity.fileAsset',
      mimeType: 'application/pdf',
    });
    expect(assetFromMarker('image@https://example.org/x.png')).toBeUndefined();
    expect(assetFromMarker('image@file://./images/not-a-hash.png')).toBeUndefined();
  });
});

describe('createEmbeddedSource', () => {
  it('evaluates GROQ with params and dereferences through the id map', async () => {
    const source = createEmbeddedSource(readEmbeddedDataset(fixture([town, story, draft])));
    const result = await source.fetch(
      '*[_type == "story" && language == $language]{ title, "town": town->name, "width": image.asset->metadata.dimensions.width }',
      { language: 'de' },
    );
    expect(source.kind).toBe('embedded');
    expect(result).toEqual([{ title: 'Zurück', town: 'Aue-Bad Schlema', width: 800 }]);
  });

  it('answers the same query with different params correctly (parsed trees are cached without params)', async () => {
    const source = createEmbeddedSource(readEmbeddedDataset(fixture([town, story])));
    const query = '*[_id == $id][0]._type';
    expect(await source.fetch(query, { id: 'town-aue' })).toBe('town');
    expect(await source.fetch(query, { id: 'story-a-de' })).toBe('story');
  });

  it('returns null for a dangling reference instead of scanning or throwing', async () => {
    const orphan = { ...story, _id: 'story-b-de', town: { _type: 'reference', _ref: 'town-missing' } };
    const source = createEmbeddedSource(readEmbeddedDataset(fixture([orphan])));
    expect(await source.fetch('*[_id == "story-b-de"][0].town->name')).toBeNull();
  });
});

describe('query planner (equality indexes)', async () => {
  const { parse } = await import('groq-js');
  const { planQuery } = await import('../../site/sources/query-planner.ts');
  it('uses equality terms of the only *-filter, with literals or params', () => {
    expect(planQuery(parse('*[_type == "story" && language == $l]{title}'), { l: 'de' })?.equalities).toEqual([
      { path: ['_type'], value: 'story' },
      { path: ['language'], value: 'de' },
    ]);
    expect(
      planQuery(parse('!defined(*[_type == $type && slug.current == $s][0]._id)'), { type: 'post', s: 'x' })?.equalities,
    ).toContainEqual({ path: ['slug', 'current'], value: 'x' });
  });
  it('uses membership terms with a literal or parameter list (the Studio lists send `_type in $types`)', () => {
    expect(planQuery(parse('*[_type in $types && !(_id in path("drafts.**"))]'), { types: ['story', 'post'] })?.memberships).toEqual([
      { path: ['_type'], values: ['story', 'post'] },
    ]);
    expect(planQuery(parse('*[_type in ["town", $t]]'), { t: 'post' })?.memberships).toEqual([
      { path: ['_type'], values: ['town', 'post'] },
    ]);
    expect(planQuery(parse('*[_type in $types]'), { types: 'story' })).toBeUndefined();
  });
  it('does not plan queries that could read other documents', () => {
    expect(planQuery(parse('*[_type == "a" || _type == "b"]'), {})).toBeUndefined();
    expect(planQuery(parse('*[_type == "story"]{ "towns": *[_type == "town"] }'), {})).toBeUndefined();
    expect(planQuery(parse('*[defined(slug)]'), {})).toBeUndefined();
  });
  it('gives the same answers as a full scan', async () => {
    const source = createEmbeddedSource(readEmbeddedDataset(fixture([town, story, { ...story, _id: 'story-b-de', title: 'Anders' }])));
    expect(await source.fetch('*[_type == "story"]{ "town": town->name }')).toHaveLength(2);
    expect(await source.fetch('*[_type == "story" && title == $t]._id', { t: 'Anders' })).toEqual(['story-b-de']);
    expect(await source.fetch('count(*[_type == $t])', { t: 'town' })).toBe(1);
    expect(await source.fetch('*[_type == "story" && title == "nope"]')).toEqual([]);
    // A membership term keeps the dataset's order, as a full scan does.
    const scanned = (await source.fetch('*[_type == "story" || _type == "town"]._id')) as string[];
    expect(scanned).toHaveLength(3);
    expect(await source.fetch('*[_type in $types]._id', { types: ['story', 'town'] })).toEqual(scanned);
    expect(await source.fetch('*[_type in ["story"] && title == "Anders"]._id')).toEqual(['story-b-de']);
  });
});
