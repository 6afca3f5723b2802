/** The routes the e2e tests visit: one of every view in every language, from the same route map the build uses. */
import { siteData } from '../../site/data.ts';
import { routeMap, type Route } from '../../site/route-map.ts';

export interface SampleRoute { path: string; view: string; language: string; title?: string }

export async function loadRoutes(): Promise<SampleRoute[]> {
  const samples = new Map<string, SampleRoute>();
  for (const route of routeMap(await siteData()) as Route[]) {
    const key = `${route.view}:${route.language}`;
    if (samples.has(key)) continue;
    const title = route.kind === 'document' ? (route.doc.title ?? undefined) : undefined;
    samples.set(key, { path: route.path, view: route.view, language: route.language, title });
  }
  return [...samples.values()];
}
