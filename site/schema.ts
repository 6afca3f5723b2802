/** The Studio's schema compiled for use outside the Studio (offline validation at build time). */
import { createSchema } from 'sanity';
import { schemaTypes } from '../studio/schemaTypes/index.ts';

export function compileStudioSchema() {
  return createSchema({ name: 'default', types: schemaTypes });
}
