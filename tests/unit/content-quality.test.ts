/**
 * Editorial quality of the embedded dataset (issue 3): the real content passes, and each rule is
 * shown to fail on a broken copy of it – a guide without sources or lastReviewed, a translation
 * link to a document of another type, an image without alt text or file, a story without
 * isExample, placeholder words outside a marked placeholder, German words without umlauts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentQuality, formatQualityProblem, readDocs, TYPES_WITH_IMAGE, type Doc, type QualityProblem } from '../../scripts/content/quality.ts';

const contentDir = path.resolve('content');
const original = readDocs(contentDir);

/** A copy of content/ with data.ndjson replaced (images linked, not copied). */
function copyWith(documents: Doc[], { withImages = true } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-quality-'));
  fs.writeFileSync(path.join(dir, 'data.ndjson'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  if (withImages) fs.symlinkSync(path.join(contentDir, 'images'), path.join(dir, 'images'));
  return dir;
}

function problemsOf(documents: Doc[], options?: { withImages?: boolean }): QualityProblem[] {
  const dir = copyWith(documents, options);
  try {
    return checkContentQuality(documents, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function mutate(id: string, change: (doc: any) => void): Doc[] {
  return original.map((doc) => {
    if (doc._id !== id) return doc;
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  });
}

const first = (type: string, language = 'de'): any => {
  const found = original.find((d) => d._type === type && (d.language ?? language) === language);
  if (!found) throw new Error(`no ${type} in the dataset`);
  return found;
};
const expectProblem = (problems: QualityProblem[], documentId: string, rule: QualityProblem['rule']) =>
  expect(problems).toContainEqual(expect.objectContaining({ documentId, rule }));

describe('the embedded dataset', () => {
  it('has no content-quality problems', () => {
    expect(checkContentQuality(original, contentDir).map(formatQualityProblem)).toEqual([]);
  });

  it('holds the day-one content the issue asks for', () => {
    const count = (type: string, language?: string) =>
      original.filter((d) => d._type === type && (language === undefined || d.language === language)).length;
    expect(count('welcomeGuide', 'de')).toBeGreaterThanOrEqual(9);
    expect(count('welcomeGuide', 'en')).toBe(count('welcomeGuide', 'de'));
    expect(count('post', 'de')).toBeGreaterThanOrEqual(10);
    expect(count('story', 'de')).toBeGreaterThanOrEqual(10);
    expect(count('story', 'en')).toBeGreaterThanOrEqual(3);
    expect(count('orientationPage', 'de')).toBeGreaterThanOrEqual(4);
    const topics = new Set(original.filter((d) => d._type === 'welcomeGuide').map((d) => d.topic));
    for (const topic of ['aufenthalt-visum', 'anerkennung', 'ankommen-behoerden', 'wohnen', 'kinderbetreuung-schule', 'sprache', 'gesundheit-versicherung', 'rueckkehr-pendeln']) {
      expect(topics, topic).toContain(topic);
    }
    expect(original.some((d) => d._type === 'welcomeGuide' && (d.audience as string[]).includes('unternehmen') && d.topic === 'arbeit-jobsuche')).toBe(true);
    const pageKinds = new Set(original.filter((d) => d._type === 'page').map((d) => `${d.kind}/${d.language}`));
    for (const kind of ['impressum/de', 'impressum/en', 'datenschutz/de', 'datenschutz/en', 'barrierefreiheit/de', 'leichte-sprache/de']) {
      expect(pageKinds, kind).toContain(kind);
    }
  });

  it('gives every story, guide, post and event its own kind of picture (not one image for all)', () => {
    const assets = new Set(original.filter((d) => (TYPES_WITH_IMAGE as readonly string[]).includes(d._type)).map((d) => (d.image as any)?._sanityAsset));
    expect(assets.size).toBeGreaterThanOrEqual(30);
  });
});

describe('each rule fails on a broken copy', () => {
  it('a guide without sources', () => {
    const guide = first('welcomeGuide');
    expectProblem(problemsOf(mutate(guide._id, (d) => { delete d.sources; })), guide._id, 'guide-sources');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.sources = []; })), guide._id, 'guide-sources');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.sources[0].href = ''; })), guide._id, 'guide-sources');
  });

  it('a guide without lastReviewed', () => {
    const guide = first('welcomeGuide', 'en');
    expectProblem(problemsOf(mutate(guide._id, (d) => { delete d.lastReviewed; })), guide._id, 'guide-last-reviewed');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.lastReviewed = 'bald'; })), guide._id, 'guide-last-reviewed');
  });

  it('a guide without its English translation', () => {
    const guide = first('welcomeGuide');
    const withoutMeta = original.filter((d) => !(d._type === 'translation.metadata' && JSON.stringify(d).includes(`"${guide._id}"`)));
    expectProblem(problemsOf(withoutMeta), guide._id, 'guide-translation');
  });

  it('a translation link to a document of another type', () => {
    const meta = original.find((d) => d._type === 'translation.metadata' && (d.schemaTypes as string[])[0] === 'story')!;
    const post = first('post', 'en');
    const broken = mutate(meta._id, (d) => {
      const en = d.translations.find((t: any) => (t.language ?? t._key) === 'en');
      en.value._ref = post._id;
    });
    expectProblem(problemsOf(broken), meta._id, 'translation-type');
  });

  it('an image without alt text', () => {
    const story = first('story');
    expectProblem(problemsOf(mutate(story._id, (d) => { delete d.image.alt; })), story._id, 'image-alt');
    expectProblem(problemsOf(mutate(story._id, (d) => { d.image.alt = 'Illustration: Bild'; })), story._id, 'image-alt');
  });

  it('an image whose file is missing', () => {
    const post = first('post');
    const broken = mutate(post._id, (d) => { d.image._sanityAsset = 'image@file://./images/0000000000000000000000000000000000000000-1600x1000.webp'; });
    expectProblem(problemsOf(broken), post._id, 'image-file');
    expectProblem(problemsOf(original, { withImages: false }), post._id, 'image-file');
  });

  it('a story, guide, post or event without an image', () => {
    const event = first('event');
    expectProblem(problemsOf(mutate(event._id, (d) => { delete d.image; })), event._id, 'image-missing');
  });

  it('a story without isExample', () => {
    const story = first('story', 'en');
    expectProblem(problemsOf(mutate(story._id, (d) => { delete d.isExample; })), story._id, 'story-example');
  });

  it('placeholder words outside a marked placeholder', () => {
    const post = first('post');
    const inBody = mutate(post._id, (d) => { d.body[0].children[0].text = 'Lorem ipsum – hier kommt noch Text.'; });
    expectProblem(problemsOf(inBody), post._id, 'placeholder-word');
    const guide = first('welcomeGuide');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.steps[0].text = 'TODO: Schritt beschreiben'; })), guide._id, 'placeholder-word');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.summary = 'Telefon: xxx'; })), guide._id, 'placeholder-word');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.faq[0].answer = 'Antwort TBD'; })), guide._id, 'placeholder-word');
  });

  it('German words typed without umlauts or ß, in text but not in slugs or values', () => {
    const post = first('post');
    expectProblem(problemsOf(mutate(post._id, (d) => { d.body[0].children[0].text = 'Tipps fuer deine Bewerbung.'; })), post._id, 'german-spelling');
    const guide = first('welcomeGuide');
    expectProblem(problemsOf(mutate(guide._id, (d) => { d.summary = 'Was Schueler wissen muessen.'; })), guide._id, 'german-spelling');
    // Slugs and enumeration values are ASCII on purpose.
    const ascii = mutate(post._id, (d) => { d.slug.current = 'tipps-fuer-schueler'; d.audience = ['schueler']; });
    expect(problemsOf(ascii).filter((p) => p.rule === 'german-spelling')).toEqual([]);
  });

  it('accepts the same words inside a marked placeholder', () => {
    const post = first('post');
    const marked = mutate(post._id, (d) => {
      d.body[0].children[0].marks = ['placeholder'];
      d.body[0].children[0].text = '[Platzhalter: TODO Text folgt]';
      d.excerpt = `${d.excerpt} [Platzhalter: xxx ergänzen]`;
    });
    expect(problemsOf(marked).filter((p) => p.documentId === post._id)).toEqual([]);
  });

  it('an SEO description outside 50–160 characters', () => {
    const story = first('story');
    expectProblem(problemsOf(mutate(story._id, (d) => { d.seo.description = 'Zu kurz.'; })), story._id, 'seo-description');
  });
});
