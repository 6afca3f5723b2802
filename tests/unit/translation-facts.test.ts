/**
 * Facts in every translation match the German original, where a machine can check them: each
 * number (dates, figures, paragraph numbers, postcodes) and each external web address of the German
 * document appears in its translation. Numbers are compared without thousands separators
 * (328.000 = 328,000 = 328 000) and
 * leading zeros, numeric dates by day and year (06.07.2023 = 6 July 2023), addresses by their site (an authority's page in the
 * reader's language counts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from './translation-facts.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string; language?: string };
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const docs = new Map<string, Doc>(
  fs
    .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
    .map((doc) => [doc._id, doc]),
);

/** Translations that are summaries by design, and say so in their title ("summary translation"). */
const SUMMARIES = new Set(['allianceDocument']);
/** [german id, translation id] of every translation group. */
const pairs = [...docs.values()]
  .filter((doc) => doc._type === 'translation.metadata' && !(doc.schemaTypes as string[]).some((t) => SUMMARIES.has(t)))
  .flatMap((meta) => {
    const members = (meta.translations as { language: string; value: { _ref: string } }[]).map((t) => ({
      language: t.language,
      id: t.value._ref,
    }));
    const german = members.find((m) => m.language === 'de');
    return german ? members.filter((m) => m !== german && docs.has(m.id)).map((m) => [german.id, m.id] as const) : [];
  });

describe('facts in translations', () => {
  it('the check itself: numbers without separators, addresses by site', () => {
    const facts = extractFacts({
      _id: 'x',
      _type: 'post',
      text: 'Ca. 328.000 Menschen, 1,5 %, seit 14. Mai 2024 (§ 5 DDG), Stand 06.07.2023 https://www.bamf.de/DE/Themen/a.html',
    });
    expect([...facts.numbers].sort()).toEqual(['1', '14', '2023', '2024', '328000', '5', '6']);
    expect([...facts.sites]).toEqual(['www.bamf.de']);
  });

  it.each(pairs)('%s → %s keeps every number and every linked site', (germanId, translationId) => {
    const german = extractFacts(docs.get(germanId)!);
    const translation = extractFacts(docs.get(translationId)!);
    expect(
      [...german.numbers].filter((n) => !translation.numbers.has(n)),
      'numbers missing in the translation',
    ).toEqual([]);
    expect(
      [...german.sites].filter((s) => !translation.sites.has(s)),
      'linked sites missing in the translation',
    ).toEqual([]);
  });
});
