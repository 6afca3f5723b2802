import { ClipboardIcon } from '@sanity/icons/Clipboard';
import { defineField, defineType } from 'sanity';

import { allianceDocumentKinds, titleOf, toList } from '../enums';
import { bodyField, summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { contentGroup, GROUP, seoGroup } from '../groups';
import { formatGermanDate } from '../lib/dates';

export const allianceDocument = defineType({
  name: 'allianceDocument',
  title: 'Dokument der Allianz',
  type: 'document',
  icon: ClipboardIcon,
  groups: [contentGroup, seoGroup],
  fields: [
    ...translatableHeadFields({
      titleDescription: 'Der offizielle Titel, z. B. „Handlungskonzept der Fachkräfteallianz Erzgebirge 2025“.',
    }),
    defineField({
      name: 'kind',
      title: 'Art des Dokuments',
      type: 'string',
      group: GROUP.content,
      options: { list: toList(allianceDocumentKinds), layout: 'radio' },
    }),
    defineField({
      name: 'adoptedOn',
      title: 'Beschlossen am',
      type: 'date',
      group: GROUP.content,
      options: { dateFormat: 'DD.MM.YYYY' },
    }),
    summaryField({
      description: 'Worum geht es in dem Dokument? Zwei bis drei Sätze in einfacher Sprache.',
      requiredMessage: 'Bitte fassen Sie das Dokument in zwei bis drei Sätzen zusammen.',
    }),
    bodyField({
      description: 'Der Text des Dokuments. Überschriften 2 und 3 bilden das Inhaltsverzeichnis – bitte Ebenen nicht überspringen.',
    }),
    defineField({
      name: 'file',
      title: 'PDF-Datei',
      type: 'file',
      group: GROUP.content,
      description: 'Optional: das unterschriebene bzw. gestaltete Original als PDF (möglichst barrierefrei).',
      options: { accept: 'application/pdf' },
    }),
    ...translatableSeoFields(),
  ],
  orderings: [
    { title: 'Beschlossen, neueste zuerst', name: 'adoptedOnDesc', by: [{ field: 'adoptedOn', direction: 'desc' }] },
    { title: 'Titel A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', kind: 'kind', adoptedOn: 'adoptedOn' },
    prepare: ({ title, kind, adoptedOn }) => ({
      title,
      subtitle: [titleOf(allianceDocumentKinds, kind), formatGermanDate(adoptedOn)].filter(Boolean).join(' · '),
    }),
  },
});
