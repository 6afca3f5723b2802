/**
 * Fills `{name}` placeholders of an interface string (i18n strings that travel as JSON to the
 * browser cannot be functions). Unknown names stay as they are, so a typo shows on the page.
 * Framework-free and dependency-free: the search UI bundles it too.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
