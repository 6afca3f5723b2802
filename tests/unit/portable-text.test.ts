import { describe, expect, it } from 'vitest';
import { headingsOf, readingMinutes, renderBlocks, splitRichText, type Block } from '../../site/portable-text.ts';

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text.slice(0, 5), text, marks });
const block = (style: string, text: string, extra: Partial<Block> = {}): Block => ({
  _type: 'block',
  _key: `${style}-${text.length}`,
  style,
  markDefs: [],
  children: [span(text)],
  ...extra,
});
const options = { externalLabel: '(externer Link)' };

describe('portable text rendering', () => {
  it('gives headings unique, readable ids', () => {
    const blocks = [
      block('h2', 'Ausgangslage im Erzgebirgskreis'),
      block('h3', 'Wirtschaftsstruktur'),
      block('h2', 'Ausgangslage im Erzgebirgskreis'),
    ];
    const ids = [...headingsOf(blocks).values()].map((h) => h.id);
    expect(ids).toEqual(['ausgangslage-im-erzgebirgskreis', 'wirtschaftsstruktur', 'ausgangslage-im-erzgebirgskreis-2']);
    expect(renderBlocks(blocks, options)).toContain('<h2 id="ausgangslage-im-erzgebirgskreis">');
    // The Studio's slugify, as for document slugs: umlauts transliterated, & read as "und".
    const [fancy] = headingsOf([block('h2', 'Fähigkeiten & Größe')]).values();
    expect(fancy.id).toBe('faehigkeiten-und-groesse');
    expect([...headingsOf([block('h2', '!!!')]).values()][0].id).toBe('abschnitt');
  });

  it('drops unsafe link schemes and marks external links', () => {
    const withLink = (href: string): Block => ({
      _type: 'block',
      _key: 'l',
      style: 'normal',
      markDefs: [{ _key: 'm1', _type: 'link', href }],
      children: [{ _type: 'span', _key: 's', text: 'Klick', marks: ['m1'] }],
    });
    expect(renderBlocks([withLink('javascript:alert(1)')], options)).toBe('<p>Klick</p>');
    expect(renderBlocks([withLink('data:text/html,x')], options)).not.toContain('href');
    const external = renderBlocks([withLink('https://www.make-it-in-germany.com')], options);
    expect(external).toContain('rel="noopener"');
    expect(external).toContain('(externer Link)');
    expect(renderBlocks([withLink('/willkommen/')], options)).toBe('<p><a href="/willkommen/">Klick</a></p>');
  });

  it('highlights editor placeholders and escapes text', () => {
    const html = renderBlocks([{ ...block('normal', 'x'), children: [span('<b>HRB 123</b>', ['placeholder'])] }], options);
    expect(html).toBe('<p><mark class="placeholder" lang="de">&lt;b&gt;HRB 123&lt;/b&gt;</mark></p>');
  });

  it('splits image blocks out of the HTML runs', () => {
    const segments = splitRichText([block('normal', 'a'), { _type: 'imageWithAlt', _key: 'img' }, block('normal', 'b')], options);
    expect(segments.map((s) => s.kind)).toEqual(['html', 'image', 'html']);
  });

  it('estimates reading time at 200 words per minute, at least one minute', () => {
    expect(readingMinutes([block('normal', 'wort '.repeat(600))])).toBe(3);
    expect(readingMinutes([])).toBe(1);
  });
});
