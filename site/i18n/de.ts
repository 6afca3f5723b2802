import type { Locale } from './types.ts';

const de: Locale = {
  dateLocale: 'de-DE',
  sections: {
    home: '', stories: 'geschichten', welcome: 'willkommen', blog: 'blog',
    documents: 'allianz/dokumente', members: 'allianz/mitglieder', projects: 'allianz/projekte',
    events: 'veranstaltungen', orientation: 'berufsorientierung', jobs: 'jobs', search: 'suche',
    alliance: 'allianz', figures: 'region-in-zahlen',
  },
  sectionTitles: {
    home: 'Startseite', stories: 'hERZland-Geschichten', welcome: 'Willkommen im Erzgebirge',
    blog: 'Ausbildung & Studium', documents: 'Dokumente', members: 'Mitglieder', projects: 'Projekte',
    events: 'Veranstaltungen', orientation: 'Berufsorientierung', jobs: 'Jobs & Ausbildungsplätze',
    search: 'Suche', alliance: 'Fachkräfteallianz', figures: 'Region in Zahlen',
  },
  labels: {
    // story kinds
    rueckkehrer: 'Rückkehrer', zugezogen: 'Zugezogen aus Deutschland', international: 'International',
    pendler: 'Pendler', 'azubi-studium': 'Ausbildung & Studium', arbeitgeber: 'Arbeitgeber',
    // guide audiences and topics
    'neu-erzgebirger': 'Neu-Erzgebirger aus Deutschland', unternehmen: 'Unternehmen',
    'aufenthalt-visum': 'Aufenthalt & Visum', anerkennung: 'Anerkennung', 'arbeit-jobsuche': 'Arbeit & Jobsuche',
    wohnen: 'Wohnen', 'kinderbetreuung-schule': 'Kinderbetreuung & Schule', sprache: 'Sprache',
    'ankommen-behoerden': 'Ankommen & Behörden', 'gesundheit-versicherung': 'Gesundheit & Versicherung',
    'rueckkehr-pendeln': 'Rückkehr & Pendeln',
    // post categories and audiences
    ausbildung: 'Ausbildung', 'duales-studium': 'Duales Studium', praktikum: 'Praktikum',
    ferienjob: 'Ferienjob', berufsorientierung: 'Berufsorientierung', weiterbildung: 'Weiterbildung',
    schueler: 'Schülerinnen und Schüler', eltern: 'Eltern', lehrkraefte: 'Lehrkräfte',
    ausbildungsmessen: 'Ausbildungsmessen', bewerbung: 'Bewerbung',
    // alliance documents
    handlungskonzept: 'Handlungskonzept', beschluss: 'Beschluss', geschaeftsordnung: 'Geschäftsordnung',
    vereinbarung: 'Vereinbarung', bericht: 'Bericht',
    // projects
    laufend: 'laufend', abgeschlossen: 'abgeschlossen', geplant: 'geplant',
    // members
    mitglied: 'Mitglied', geschaeftsfuehrend: 'geschäftsführendes Mitglied',
  },
  ui: {
    skipToContent: 'Zum Inhalt springen', mainNavigation: 'Hauptnavigation',
    footerNavigation: 'Service und Rechtliches', languageSwitch: 'Sprache wählen',
    readMore: 'Weiterlesen', example: 'Beispiel',
    exampleNotice: 'Beispielgeschichte: Die Person ist erfunden. So oder ähnlich erleben es Menschen im Erzgebirge.',
    publishedOn: 'Veröffentlicht am', lastReviewed: 'Zuletzt geprüft am', steps: 'Schritt für Schritt',
    faq: 'Häufige Fragen', contacts: 'Wer hilft in der Region', sources: 'Offizielle Quellen',
    related: 'Das könnte Sie auch interessieren', jobsLikeThis: 'Passende Jobs in der Region',
    externalLink: '(externer Link)', download: 'Herunterladen', tableOfContents: 'Inhalt',
    upcoming: 'Demnächst', past: 'Vergangene Veranstaltungen', addToCalendar: 'In den Kalender (.ics)',
    author: 'Autor', readingTime: 'Lesezeit', notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft Ihnen einer dieser Einstiege weiter:',
    results: 'Ergebnisse', online: 'Online', registration: 'Anmeldung', organisers: 'Veranstalter',
    goal: 'Projektziel', targetGroup: 'Zielgruppe', status: 'Stand', yearlyResults: 'Ergebnisse nach Jahren',
    year: 'Jahr', adoptedOn: 'Beschlossen am', members: 'Mitglieder', responsible: 'Verantwortlich',
    links: 'Weiterführende Links', placeholder: 'Platzhalter',
  },
};
export default de;
