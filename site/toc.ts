/** The table of contents of a long document: its h2 headings with their h3 headings nested. */
import type { Heading } from './portable-text.ts';

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/** h2 entries with their h3 entries nested, for an ordered table of contents. */
export function tocTree(headings: readonly Heading[]): TocEntry[] {
  const tree: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { ...heading, children: [] };
    const parent = tree.at(-1);
    if (heading.level === 3 && parent) parent.children.push(entry);
    else tree.push(entry);
  }
  return tree;
}
