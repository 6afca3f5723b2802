/**
 * The editorial content a reader finds on day one, assembled from one module per type:
 *   stories.ts              hERZland stories (fictitious people, `isExample: true`)
 *   guides-international.ts welcome guides: visa, recognition, German courses, hiring from abroad
 *   guides-living.ts        welcome guides: registering, housing, childcare/school, insurance, moving back
 *   posts.ts                blog posts on training topics
 *   orientation.ts          career orientation pages for schools
 * Shared builders and links live in kit.ts.
 */
import type {SeedModule} from './helpers.ts'
import {guidesInternational} from './guides-international.ts'
import {guidesLiving} from './guides-living.ts'
import {orientationDocs} from './orientation.ts'
import {postDocs} from './posts.ts'
import {storyDocs} from './stories.ts'

export const editorial: SeedModule = (ctx) => [
  ...storyDocs(ctx),
  ...guidesInternational(ctx),
  ...guidesLiving(ctx),
  ...postDocs(ctx),
  ...orientationDocs(ctx),
]
