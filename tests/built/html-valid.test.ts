/**
 * Every HTML page in dist/ is valid according to html-validate with the project config
 * (.htmlvalidate.json: html-validate:recommended plus the exceptions below), validated in-process.
 *
 * Exceptions in .htmlvalidate.json – each one must be justified here (a test keeps the two in sync):
 * - `void-style: off` – purely stylistic (both `<br>` and `<br/>` are valid HTML). Astro writes
 *   `<br>`, but @portabletext/to-html's default hard-break serializer writes `<br/>`, so rich text
 *   would fail either setting.
 * - `attribute-boolean-style: off` – stylistic as well (`checked`, `checked=""` and
 *   `checked="checked"` are equivalent). Astro writes `checked`, React 19's server renderer (islands)
 *   writes `checked=""`/`selected=""`; no single setting fits both.
 * - `attr-case: lowercase or camelcase` – HTML attribute names are case-insensitive. React 19's
 *   server renderer writes some props in their camelCase spelling (`autoComplete="off"`) into the
 *   island's HTML. Upper-case or Pascal-case names still fail.
 * - `valid-id: relaxed` – HTML allows any non-empty id without spaces; the strict mode also demands a
 *   leading letter (for unescaped CSS selectors). The Handlungskonzept's numbered chapters give
 *   heading ids like `1-1-wirtschaftsstruktur`, used only as #fragment targets of the table of
 *   contents. Relaxed mode still rejects empty ids and ids with whitespace; duplicates are a separate rule.
 * And one exact string is removed before validation: Astro's island bootstrap style
 * `<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>`, which Astro writes
 * into <body> right before the first island (a <style> in <body> is not permitted content). Only
 * this generated string is removed; any other misplaced <style> still fails element-permitted-content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import { distDir, ensureBuilt, htmlFiles } from './built-site.ts';

const JUSTIFIED_EXCEPTIONS: Record<string, unknown> = {
  'void-style': 'off',
  'attribute-boolean-style': 'off',
  'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
  'valid-id': ['error', { relaxed: true }],
};
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

await ensureBuilt();
const files = htmlFiles();
// The project config, loaded explicitly (a dist/ outside the repo, DIST_DIR, must not lose it).
const projectConfig = JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader(projectConfig));

function format(file: string, messages: Message[]): string {
  return messages.map((m) => `  ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}\n    at ${m.selector ?? '?'}`).join('\n');
}

describe('html-validate', () => {
  test('the config extends html-validate:recommended and every exception is documented', () => {
    expect(projectConfig.extends).toEqual(['html-validate:recommended']);
    expect(projectConfig.rules ?? {}).toEqual(JUSTIFIED_EXCEPTIONS);
  });

  test('dist/ has pages to validate', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files)('%s is valid HTML', async (file) => {
    const source = fs.readFileSync(path.join(distDir, file), 'utf8').replaceAll(ASTRO_ISLAND_STYLE, '');
    const report = await validator.validateString(source, path.join(distDir, file));
    const messages = report.results.flatMap((result) => result.messages);
    expect(messages.length, `${messages.length} problem(s):\n${format(file, messages)}`).toBe(0);
  });
});
