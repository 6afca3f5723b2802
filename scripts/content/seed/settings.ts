/**
 * The site settings singleton: navigation (route keys from site/routes.ts and site/i18n),
 * contact of the managing member, default SEO and the job search defaults.
 */
import {localized, localizedText, type SanityDoc, type SeedModule} from './helpers.ts'
import {WFE_EMAIL} from './members.ts'

const mainNav: Array<[route: string, de: string, en: string]> = [
  ['home', 'Start', 'Home'],
  ['stories', 'Geschichten', 'Stories'],
  ['welcome', 'Ankommen', 'Welcome'],
  ['blog', 'Ausbildung & Studium', 'Training & study'],
  ['orientation', 'Berufsorientierung', 'Career orientation'],
  ['jobs', 'Jobs', 'Jobs'],
  ['events', 'Termine', 'Events'],
  ['alliance', 'Fachkräfteallianz', 'The alliance'],
  ['figures', 'Region in Zahlen', 'Facts & figures'],
  ['search', 'Suche', 'Search'],
]

const footerNav: Array<[route: string, de: string, en: string]> = [
  ['impressum', 'Impressum', 'Legal notice'],
  ['datenschutz', 'Datenschutz', 'Privacy'],
  ['barrierefreiheit', 'Barrierefreiheit', 'Accessibility'],
  ['leichte-sprache', 'Leichte Sprache', 'Easy-to-read German'],
]

const navItems = (items: typeof mainNav) =>
  items.map(([route, de, en]) => ({_type: 'navItem', _key: route, label: localized(de, en), route}))

export const settings: SeedModule = (ctx) => {
  const doc: SanityDoc = {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'hERZland',
    tagline: localized('Arbeiten und Leben im Erzgebirge', 'Work and live in the Erzgebirge'),
    mainNav: navItems(mainNav),
    footerNav: navItems(footerNav),
    contact: {
      organisation: 'Wirtschaftsförderung Erzgebirge GmbH – geschäftsführendes Mitglied der Fachkräfteallianz Erzgebirge',
      address: '[Platzhalter: Straße und Hausnummer]\n09456 Annaberg-Buchholz',
      email: WFE_EMAIL,
      // phone: unknown to the editors – add in the Studio (the field only accepts a real number)
    },
    responsiblePerson: '[Platzhalter: Name und Anschrift der nach § 18 Abs. 2 MStV verantwortlichen Person]',
    defaultSeo: {
      description: localizedText(
        'hERZland ist die Website der Fachkräfteallianz Erzgebirge: Jobs, Ausbildung, Geschichten und Hilfe beim Ankommen im Erzgebirge.',
        'hERZland is the website of the Fachkräfteallianz Erzgebirge: jobs, training, stories and help with settling in the Erzgebirge.',
      ),
      image: ctx.image('og-default', 'de'),
    },
    jobSearch: {
      region: 'Erzgebirgskreis',
      defaultTown: 'Annaberg-Buchholz',
      radiusKm: 25,
      makerzUrl: 'https://www.makerz.me',
      portalUrl: 'https://www.fachkraefte-erzgebirge.de',
    },
  }
  return [doc]
}
