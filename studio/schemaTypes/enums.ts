/**
 * Enumerations of the content model: stable lowercase ASCII values with German
 * titles for editors. The site keeps its own public labels in `site/i18n/`.
 *
 * Framework-free on purpose, so the site and the offline validator can import
 * the value lists (e.g. `valuesOf(storyKinds)`).
 */
export type Option<Value extends string = string> = { readonly value: Value; readonly title: string };

export const storyKinds = [
  { value: 'rueckkehrer', title: 'Rückkehrer/in' },
  { value: 'zugezogen', title: 'Zugezogen' },
  { value: 'international', title: 'International' },
  { value: 'pendler', title: 'Pendler/in' },
  { value: 'azubi-studium', title: 'Ausbildung / Studium' },
  { value: 'arbeitgeber', title: 'Arbeitgeber' },
] as const satisfies readonly Option[];

export const guideAudiences = [
  { value: 'rueckkehrer', title: 'Rückkehrer/innen' },
  { value: 'neu-erzgebirger', title: 'Neu-Erzgebirger/innen' },
  { value: 'international', title: 'Internationale Fachkräfte' },
  { value: 'unternehmen', title: 'Unternehmen' },
] as const satisfies readonly Option[];

export const guideTopics = [
  { value: 'aufenthalt-visum', title: 'Aufenthalt & Visum' },
  { value: 'anerkennung', title: 'Anerkennung von Abschlüssen' },
  { value: 'arbeit-jobsuche', title: 'Arbeit & Jobsuche' },
  { value: 'wohnen', title: 'Wohnen' },
  { value: 'kinderbetreuung-schule', title: 'Kinderbetreuung & Schule' },
  { value: 'sprache', title: 'Sprache' },
  { value: 'ankommen-behoerden', title: 'Ankommen & Behörden' },
  { value: 'gesundheit-versicherung', title: 'Gesundheit & Versicherung' },
  { value: 'rueckkehr-pendeln', title: 'Rückkehr & Pendeln' },
] as const satisfies readonly Option[];

export const postCategories = [
  { value: 'ausbildung', title: 'Ausbildung' },
  { value: 'duales-studium', title: 'Duales Studium' },
  { value: 'praktikum', title: 'Praktikum' },
  { value: 'ferienjob', title: 'Ferienjob' },
  { value: 'berufsorientierung', title: 'Berufsorientierung' },
  { value: 'weiterbildung', title: 'Weiterbildung' },
] as const satisfies readonly Option[];

export const postAudiences = [
  { value: 'schueler', title: 'Schüler/innen' },
  { value: 'eltern', title: 'Eltern' },
  { value: 'lehrkraefte', title: 'Lehrkräfte' },
  { value: 'unternehmen', title: 'Unternehmen' },
] as const satisfies readonly Option[];

export const orientationAudiences = [
  { value: 'schueler', title: 'Schüler/innen' },
  { value: 'eltern', title: 'Eltern' },
  { value: 'lehrkraefte', title: 'Lehrkräfte' },
] as const satisfies readonly Option[];

export const orientationTopics = [
  { value: 'berufsorientierung', title: 'Berufsorientierung' },
  { value: 'duales-studium', title: 'Duales Studium' },
  { value: 'praktikum', title: 'Praktikum' },
  { value: 'ausbildungsmessen', title: 'Ausbildungsmessen' },
  { value: 'bewerbung', title: 'Bewerbung' },
] as const satisfies readonly Option[];

export const allianceDocumentKinds = [
  { value: 'handlungskonzept', title: 'Handlungskonzept' },
  { value: 'beschluss', title: 'Beschluss' },
  { value: 'geschaeftsordnung', title: 'Geschäftsordnung' },
  { value: 'vereinbarung', title: 'Vereinbarung' },
  { value: 'bericht', title: 'Bericht' },
] as const satisfies readonly Option[];

export const projectStatuses = [
  { value: 'geplant', title: 'Geplant' },
  { value: 'laufend', title: 'Laufend' },
  { value: 'abgeschlossen', title: 'Abgeschlossen' },
] as const satisfies readonly Option[];

export const pageKinds = [
  { value: 'impressum', title: 'Impressum' },
  { value: 'datenschutz', title: 'Datenschutzerklärung' },
  { value: 'barrierefreiheit', title: 'Erklärung zur Barrierefreiheit' },
  { value: 'leichte-sprache', title: 'Leichte Sprache' },
  { value: 'ueber-uns', title: 'Über uns' },
  { value: 'sonstige', title: 'Sonstige Seite' },
] as const satisfies readonly Option[];

export const actionFieldFrameworks = [
  { value: 'regional', title: 'Handlungsfeld der Fachkräfteallianz Erzgebirge' },
  { value: 'sachsen2030', title: 'Fachkräftestrategie Sachsen 2030' },
] as const satisfies readonly Option[];

export const memberKinds = [
  { value: 'arbeitsagentur', title: 'Agentur für Arbeit' },
  { value: 'jobcenter', title: 'Jobcenter' },
  { value: 'kammer', title: 'Kammer' },
  { value: 'kommune', title: 'Kommune / Landkreis' },
  { value: 'gewerkschaft', title: 'Gewerkschaft' },
  { value: 'verband', title: 'Verband' },
  { value: 'wirtschaftsfoerderung', title: 'Wirtschaftsförderung' },
  { value: 'bildung', title: 'Bildungseinrichtung' },
  { value: 'wohlfahrt', title: 'Wohlfahrtsverband' },
] as const satisfies readonly Option[];

export const memberRoles = [
  { value: 'mitglied', title: 'Mitglied' },
  { value: 'geschaeftsfuehrend', title: 'Geschäftsführende Stelle' },
] as const satisfies readonly Option[];

/** The plain value ids of an option list, e.g. for the site or the offline validator. */
export function valuesOf<const Options extends readonly Option[]>(options: Options): Array<Options[number]['value']> {
  return options.map((option) => option.value);
}

/** The German editor title of a value, falling back to the value itself. */
export function titleOf(options: readonly Option[], value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return options.find((option) => option.value === value)?.title ?? value;
}

/** A fresh mutable `{title, value}` list for a field's `options.list`. */
export function toList<const Options extends readonly Option[]>(
  options: Options,
): Array<{ title: string; value: Options[number]['value'] }> {
  return options.map(({ title, value }) => ({ title, value }));
}
