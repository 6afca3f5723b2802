import { ChartUpwardIcon } from '@sanity/icons/ChartUpward';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { MAX_YEAR, MIN_YEAR } from '../constants';
import { required } from '../rules';

export const yearlyResult = defineType({
  name: 'yearlyResult',
  title: 'Ergebnis eines Jahres',
  type: 'object',
  icon: ChartUpwardIcon,
  fields: [
    defineField({
      name: 'year',
      title: 'Jahr',
      type: 'number',
      validation: (rule) => [
        required(rule, 'Bitte tragen Sie das Jahr ein, z. B. 2024.'),
        rule
          .integer()
          .min(MIN_YEAR)
          .max(MAX_YEAR)
          .error(`Bitte tragen Sie ein vierstelliges Jahr zwischen ${MIN_YEAR} und ${MAX_YEAR} ein.`),
      ],
    }),
    defineField({
      name: 'note',
      title: 'Anmerkung',
      type: 'string',
      description: 'Optional, z. B. „Stand: 30. September“ oder „erstes Projektjahr“.',
    }),
    defineField({
      name: 'metrics',
      title: 'Kennzahlen',
      type: 'array',
      of: [defineArrayMember({ type: 'metric' })],
    }),
  ],
  preview: {
    select: { year: 'year', note: 'note', metrics: 'metrics' },
    prepare: ({ year, note, metrics }) => ({
      title: year ? String(year) : 'Jahr fehlt',
      subtitle: [note, Array.isArray(metrics) ? `${metrics.length} Kennzahl(en)` : undefined].filter(Boolean).join(' · '),
    }),
  },
});
