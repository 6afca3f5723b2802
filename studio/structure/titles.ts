/** Plural German titles for desk lists (schema titles are singular). */
export const listTitles = {
  story: 'Geschichten',
  welcomeGuide: 'Ankommens-Leitfäden',
  post: 'Beiträge (Ausbildung & Studium)',
  orientationPage: 'Berufsorientierung',
  event: 'Veranstaltungen',
  page: 'Seiten',
  allianceDocument: 'Dokumente der Allianz',
  project: 'Projekte',
  actionField: 'Handlungsfelder',
  member: 'Mitglieder',
  town: 'Orte',
  branch: 'Branchen',
  person: 'Personen (Autor/innen)',
  contact: 'Ansprechstellen',
  siteSettings: 'Website-Einstellungen',
  regionFacts: 'Zahlen & Fakten zur Region',
} as const;

export type ListTitleKey = keyof typeof listTitles;
