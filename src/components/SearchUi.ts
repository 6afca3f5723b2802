/**
 * The search UI over Pagefind's JS API, loaded on demand by SearchView.astro. Everything the reader
 * typed or the index returned is written with textContent / DOM nodes, never as HTML: excerpts are
 * split at Pagefind's <mark> tags and rebuilt from text nodes.
 */
import type { SearchFilterKey, SearchStrings } from '../../site/i18n/types.ts';
import { fillTemplate } from '../../site/template.ts';

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
const FILTER_KEYS: SearchFilterKey[] = ['type', 'town', 'branch', 'audience', 'topic'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Pagefind's excerpts are HTML-escaped text with <mark>; turn the text back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Excerpt → [text, highlighted] runs; any tag other than <mark> is dropped as text. */
export function excerptRuns(excerpt: string): { text: string; mark: boolean }[] {
  const runs: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else if (part) runs.push({ text: decodeEntities(part.replace(/<[^>]*>/g, '')), mark });
  }
  return runs;
}

/** Only same-site paths become links. */
const internal = (url: string) => (/^\/(?!\/)/.test(url) ? url : undefined);

export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const fieldset = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const selects = new Map(FILTER_KEYS.map((key) => [key, root.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)!]));
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  status.textContent = strings.loading;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle ?? '/pagefind/'}pagefind.js`)) as Pagefind;
    // noWorker: the index is small; searching on the main thread saves the 43 kB worker download.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
  } catch {
    status.textContent = strings.failed;
    return;
  }

  // Filters: options from the index (values are content labels), counts in brackets.
  const available = await pagefind.filters();
  for (const [key, select] of selects) {
    const values = Object.entries(available[key] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
    select.closest<HTMLElement>('[data-filter-field]')!.hidden = values.length < 2;
  }

  // State from the URL, so results are linkable (?q=…&town=…&sort=date).
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? input.value;
  for (const [key, select] of selects) select.value = params.get(key) ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  fieldset.disabled = false;
  fieldset.hidden = false;
  // A query from the URL keeps "loading" until its results are counted: the status is never blank meanwhile.
  const startsWithQuery = Boolean(input.value.trim()) || [...selects.values()].some((select) => select.value);
  if (!startsWithQuery) status.textContent = '';
  // The filters appear above the rest of the page: keep whatever has focus on screen.
  if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
    document.activeElement.scrollIntoView({ block: 'nearest' });
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore(focusFirstNew: boolean): Promise<void> {
    const slice = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const fragments = await Promise.all(slice.map((result) => result.data()));
    if (mine !== generation) return;
    const items = fragments.map(resultItem);
    list.append(...items);
    shown += slice.length;
    more.hidden = shown >= results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  function resultItem(fragment: PagefindFragment): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'result';
    const image = fragment.meta.image && internal(fragment.meta.image);
    if (image) {
      const img = document.createElement('img');
      img.src = image;
      img.alt = '';
      img.width = 96;
      img.height = 64;
      img.loading = 'lazy';
      img.decoding = 'async';
      item.append(img);
    }
    const body = document.createElement('div');
    if (fragment.meta.type) {
      const type = document.createElement('p');
      type.className = 'result-type';
      type.textContent = fragment.meta.type;
      body.append(type);
    }
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = internal(fragment.url) ?? '#';
    link.textContent = fragment.meta.title || fragment.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const run of excerptRuns(fragment.excerpt)) {
      if (run.mark) {
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        excerpt.append(mark);
      } else {
        excerpt.append(document.createTextNode(run.text));
      }
    }
    body.append(heading, excerpt);
    item.append(body);
    return item;
  }

  function syncUrl(query: string, filters: Record<string, string>): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [key, value] of Object.entries(filters)) next.set(key, value);
    if (sort.value) next.set('sort', sort.value);
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    syncUrl(query, filters);
    const hasFilters = Object.keys(filters).length > 0 || Boolean(sort.value);
    if (!query && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      results = [];
      return;
    }
    const response = await pagefind.search(query || null, {
      filters,
      ...(sort.value ? { sort: { date: 'desc' as const } } : {}),
    });
    if (!response || mine !== generation) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    const shownQuery = query || Object.values(filters).join(', ') || strings.sortNewest;
    status.textContent =
      results.length === 0
        ? fillTemplate(strings.noResults, { query: shownQuery })
        : fillTemplate(results.length === 1 ? strings.resultsOne : strings.resultsMany, {
            count: String(results.length),
            query: shownQuery,
          });
    await showMore(false);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  input.addEventListener('input', () => {
    if (input.value.trim()) void pagefind.preload(input.value.trim());
    schedule();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  for (const select of [...selects.values(), sort]) select.addEventListener('change', () => void run());
  more.addEventListener('click', () => void showMore(true));

  if (startsWithQuery) await run();
}
