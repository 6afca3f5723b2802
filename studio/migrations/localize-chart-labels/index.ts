/**
 * Chart point labels and the region's source note became localised values (commit a1e8db4):
 * `dataPoint.label` string → localizedString, `regionFacts.sourceNote` text → localizedText.
 * Existing text was German, so it becomes the German value; the English one is left for editors.
 *
 *   npm run content:migrate -- localize-chart-labels [--dry-run]           (content/)
 *   cd studio && npx sanity migration run localize-chart-labels            (a project; dry run by default)
 */
import { at, defineMigration, set } from 'sanity/migrate';

import { defaultLanguage } from '../../config/languages';

export default defineMigration({
  title: 'Chart labels and the source note become localised values',
  migrate: {
    object(node) {
      if (node._type === 'dataPoint' && typeof node.label === 'string') {
        return at('label', set({ _type: 'localizedString', [defaultLanguage]: node.label }));
      }
      return undefined;
    },
    document(doc) {
      if (doc._type === 'regionFacts' && typeof doc.sourceNote === 'string') {
        return at('sourceNote', set({ _type: 'localizedText', [defaultLanguage]: doc.sourceNote }));
      }
      return undefined;
    },
  },
});
