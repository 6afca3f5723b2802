/**
 * Portable Text → HTML for the site: headings get stable ids (for tables of contents), links are
 * checked (unsafe schemes never reach the HTML) and external ones marked, editor placeholders are
 * highlighted. Image blocks are left to the Astro image component (see splitRichText).
 */
import { escapeHTML, toHTML, type PortableTextBlockComponent } from '@portabletext/to-html';
import { isExternalHref, safeHref } from './routes.ts';
import { defaultLanguage } from '../studio/config/languages.ts';
import { slugify } from '../studio/schemaTypes/lib/slug.ts';

/** Placeholders are notes to the editors, written in the Studio's language whatever the page's. */
const placeholderMark = (children: string) => `<mark class="placeholder" lang="${defaultLanguage}">${children}</mark>`;

export interface Block {
  _type: string;
  _key?: string;
  style?: string;
  children?: { text?: string; [k: string]: unknown }[];
  [k: string]: unknown;
}
export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

const HEADING_LEVELS: Record<string, 2 | 3> = { h2: 2, h3: 3 };

export function plainText(block: Block): string {
  return (block.children ?? []).map((child) => child.text ?? '').join('');
}

/** Anchor id of a heading: the Studio's slug of its text (an empty one becomes "abschnitt"). */
const headingSlug = (text: string) => slugify(text) || 'abschnitt';

/**
 * Headings of a body with unique ids, in document order, keyed by the block object itself (the
 * renderer looks them up by the block it is given). The same ids are used when rendering.
 */
export function headingsOf(blocks: readonly Block[] | null | undefined): Map<object, Heading> {
  const headings = new Map<object, Heading>();
  const used = new Map<string, number>();
  for (const block of blocks ?? []) {
    const level = block._type === 'block' ? HEADING_LEVELS[block.style ?? ''] : undefined;
    if (!level) continue;
    const text = plainText(block);
    const base = headingSlug(text);
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    headings.set(block, { id: count ? `${base}-${count + 1}` : base, text, level });
  }
  return headings;
}

export interface RenderOptions {
  externalLabel: string;
  /**
   * Print: a link's address is printed after it once per sheet. Hrefs already printed (shared by
   * one body's runs, seeded by the page) get the class `print-url-repeat`, which prints no address.
   */
  printedHrefs?: Set<string>;
}

/** Class for a link whose address the printed sheet already shows. */
export const PRINT_URL_REPEAT = 'print-url-repeat';

/** Every link href of a body, in reading order. */
export function hrefsOf(blocks: readonly Block[] | null | undefined): string[] {
  return (blocks ?? [])
    .flatMap((block) =>
      ((block as { markDefs?: { _type?: string; href?: string }[] }).markDefs ?? [])
        .filter((def) => def._type === 'link' && def.href)
        .map((def) => safeHref(def.href) ?? ''),
    )
    .filter(Boolean);
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions, headings = headingsOf(blocks)): string {
  const heading =
    (tag: 'h2' | 'h3'): PortableTextBlockComponent =>
    ({ children, value }) => {
      const id = headings.get(value)?.id;
      return `<${tag}${id ? ` id="${escapeHTML(id)}"` : ''}>${children}</${tag}>`;
    };
  return toHTML(blocks as Block[], {
    onMissingComponent: false,
    components: {
      block: { h2: heading('h2'), h3: heading('h3') },
      marks: {
        placeholder: ({ children }) => placeholderMark(children),
        link: ({ children, value }) => {
          const href = safeHref((value as { href?: string })?.href);
          if (!href) return children;
          const printed = options.printedHrefs;
          const repeat = printed?.has(href) ? ` class="${PRINT_URL_REPEAT}"` : '';
          printed?.add(href);
          if (!isExternalHref(href)) return `<a href="${escapeHTML(href)}"${repeat}>${children}</a>`;
          return `<a href="${escapeHTML(href)}" rel="noopener" class="external${repeat ? ` ${PRINT_URL_REPEAT}` : ''}">${children}<span class="visually-hidden"> ${escapeHTML(options.externalLabel)}</span></a>`;
        },
      },
      types: { imageWithAlt: () => '' },
      // Checklists to tick off: boxes on screen and on paper (the list stays a list for assistive tech).
      list: { check: ({ children }) => `<ul class="checklist">${children}</ul>` },
      listItem: { check: ({ children }) => `<li>${children}</li>` },
    },
  });
}

export type RichTextSegment = { kind: 'html'; html: string } | { kind: 'image'; block: Block };

/** Splits a body into HTML runs and image blocks, so images can go through the image pipeline. */
export function splitRichText(blocks: readonly Block[] | null | undefined, options: RenderOptions): RichTextSegment[] {
  const all = blocks ?? [];
  const headings = headingsOf(all);
  const segments: RichTextSegment[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length) segments.push({ kind: 'html', html: renderBlocks(run, options, headings) });
    run = [];
  };
  for (const block of all) {
    if (block._type === 'imageWithAlt') {
      flush();
      segments.push({ kind: 'image', block });
    } else {
      run.push(block);
    }
  }
  flush();
  return segments;
}

const WORDS_PER_MINUTE = 200;
export function readingMinutes(blocks: readonly Block[] | null | undefined): number {
  const words = (blocks ?? []).map(plainText).join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
