/**
 * Editor placeholders still in the content: "[Platzhalter: …]" in any text, and Portable Text
 * spans with the `placeholder` decorator. Normal builds show them highlighted, so the alliance sees
 * what is missing; a release build (HERZLAND_RELEASE=1 or `npm run build -- --release`) refuses to
 * publish while any remains, listing each by document and field. Framework-free.
 */
import type { Problem } from './validate.ts';

/** The marker editors type into plain text fields (also highlighted by PlaceholderText.astro). */
export const PLACEHOLDER_TEXT = /\[Platzhalter:[^\]]*\]/;
const PLACEHOLDER_DECORATOR = 'placeholder';

export const hasPlaceholder = (text: string | null | undefined): boolean => Boolean(text && PLACEHOLDER_TEXT.test(text));

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** `[_key=="a1"]` where the item has a key, else `[3]`, as in Sanity's field paths. */
const segment = (item: unknown, index: number) => {
  const key = (item as { _key?: unknown } | null)?._key;
  return typeof key === 'string' ? `[_key=="${key}"]` : `[${index}]`;
};

function* walk(value: unknown, path: string): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') {
    const match = PLACEHOLDER_TEXT.exec(value);
    if (match) yield { path, text: match[0] };
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${path}${segment(item, index)}`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (object._type === 'span' && Array.isArray(object.marks) && object.marks.includes(PLACEHOLDER_DECORATOR)) {
    yield { path, text: String(object.text ?? '') };
    return;
  }
  for (const [field, child] of Object.entries(object)) {
    if (field.startsWith('_')) continue;
    yield* walk(child, path ? `${path}.${field}` : field);
  }
}

/** One error per placeholder, in the build's `ERROR <id> (<type>) <path>: <message>` form. */
export function findPlaceholders(documents: readonly Doc[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of documents) {
    if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.')) continue;
    for (const { path, text } of walk(doc, '')) {
      problems.push({
        level: 'error',
        documentId: doc._id,
        documentType: doc._type,
        path,
        message: `Platzhalter vor der Veröffentlichung ersetzen: ${text}`,
      });
    }
  }
  return problems;
}

/** True when this build is a release: `HERZLAND_RELEASE=1` or the `--release` argument. */
export function isReleaseBuild(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.HERZLAND_RELEASE?.trim().toLowerCase();
  return argv.includes('--release') || (Boolean(flag) && flag !== '0' && flag !== 'false');
}
