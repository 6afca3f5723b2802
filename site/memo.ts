/**
 * The one memo of the site: a computation per SiteData object. A build has one data object, so
 * every page shares the result; the draft preview loads new data per page and gets fresh results,
 * and the old ones are garbage-collected with their data (WeakMap).
 */
import type { SiteData } from './data.ts';

export function perData<T>(compute: (data: SiteData) => T): (data: SiteData) => T {
  const cache = new WeakMap<SiteData, T>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, compute(data));
    return cache.get(data)!;
  };
}
