/**
 * Welcome guides for everyday life: arriving and registering, housing, childcare and school,
 * health insurance and social security, moving back to the Erzgebirge. German and English.
 * Same rules as guides-international.ts: sources named, no fees or thresholds as figures.
 */
import {md, type SeedModule} from './helpers.ts'
import {guide} from './guides-international.ts'
import {faq, jobSearch, law, PORTAL, PORTAL_FAIR, src, step} from './kit.ts'

export const guidesLiving: SeedModule = (ctx) => [
  // -------------------------------------------------------------------------------------------
  // Arriving and registering
  guide(ctx, 'ankommen-und-anmelden', 'de', 'guide-ankommen', {
    title: 'Ankommen und anmelden: die ersten Wochen',
    slug: 'ankommen-und-anmelden',
    summary:
      'Neu im Erzgebirge? Diese Schritte erledigen Sie in den ersten Wochen: Wohnung anmelden, Steuer-Identifikationsnummer, Krankenkasse, Bankkonto und – wenn Sie aus dem Ausland kommen – den Aufenthaltstitel. In der richtigen Reihenfolge und mit den zuständigen Stellen.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'ankommen-behoerden',
    steps: [
      step(
        'Wohnungsgeberbestätigung holen',
        'Wenn Sie einziehen, bestätigt Ihnen Ihre Vermieterin oder Ihr Vermieter den Einzug schriftlich oder elektronisch (§ 19 Bundesmeldegesetz). Diese Bestätigung brauchen Sie für die Anmeldung.',
        ['§ 19 Bundesmeldegesetz auf gesetze-im-internet.de', law('bmg', '19')],
      ),
      step(
        'Wohnung bei der Meldebehörde anmelden',
        'Innerhalb von zwei Wochen nach dem Einzug melden Sie sich bei der Meldebehörde an (§ 17 Bundesmeldegesetz) – im Bürgerbüro oder Einwohnermeldeamt Ihrer Stadt oder Gemeinde. Nehmen Sie Pass oder Personalausweis und die Wohnungsgeberbestätigung mit, für Familienmitglieder auch deren Dokumente. Vereinbaren Sie wenn möglich vorher einen Termin. Sie erhalten eine Meldebescheinigung.',
        ['§ 17 Bundesmeldegesetz auf gesetze-im-internet.de', law('bmg', '17')],
      ),
      step(
        'Steuer-Identifikationsnummer abwarten',
        'Nach der ersten Anmeldung in Deutschland schickt Ihnen das Bundeszentralamt für Steuern Ihre Steuer-Identifikationsnummer per Post. Ihr Arbeitgeber braucht sie für die Lohnabrechnung.',
        ['Bundeszentralamt für Steuern – Steuerliche Identifikationsnummer', src.bzst],
      ),
      step(
        'Krankenkasse wählen',
        'In Deutschland muss jeder krankenversichert sein. Wählen Sie vor dem ersten Arbeitstag eine Krankenkasse und geben Sie Ihrem Arbeitgeber die Mitgliedsbescheinigung. Haben Sie noch keine Sozialversicherungsnummer, kümmert sich die Krankenkasse darum, dass Sie eine bekommen. Mehr im Leitfaden „Krankenversicherung und Sozialversicherung“.',
        ['Leitfaden: Krankenversicherung und Sozialversicherung', '/willkommen/krankenversicherung-und-sozialversicherung/'],
      ),
      step(
        'Bankkonto eröffnen',
        'Ihr Gehalt wird auf ein Konto überwiesen. Jede Person, die sich rechtmäßig in der EU aufhält, hat Anspruch auf ein Basiskonto (§ 31 Zahlungskontengesetz). Banken fragen meist nach Pass und Meldebescheinigung.',
        ['§ 31 Zahlungskontengesetz auf gesetze-im-internet.de', law('zkg', '31')],
      ),
      step(
        'Aufenthaltstitel beantragen (wenn Sie aus einem Nicht-EU-Staat kommen)',
        'Sind Sie mit einem Visum eingereist, beantragen Sie vor dessen Ablauf den Aufenthaltstitel bei der Ausländerbehörde des Landratsamts Erzgebirgskreis. Termine sind oft knapp: Kümmern Sie sich gleich nach der Anmeldung darum.',
        ['Leitfaden: Aufenthalt und Visum für Fachkräfte', '/willkommen/aufenthalt-und-visum-fuer-fachkraefte/'],
      ),
      step(
        'Rundfunkbeitrag anmelden',
        'Für jede Wohnung ist ein Rundfunkbeitrag zu zahlen, egal wie viele Menschen dort wohnen. Nach der Anmeldung bekommen Sie meist Post vom Beitragsservice; Sie können sich auch selbst online anmelden. Wer bestimmte Sozialleistungen bezieht, kann sich befreien lassen.',
        ['Rundfunkbeitrag – ARD ZDF Deutschlandradio Beitragsservice', 'https://www.rundfunkbeitrag.de'],
      ),
      step(
        'Weitere Dinge nach Bedarf',
        'Familien beantragen Kindergeld bei der Familienkasse der Bundesagentur für Arbeit. Mit einem Führerschein aus einem Staat außerhalb von EU und EWR dürfen Sie in der Regel noch sechs Monate nach der Wohnsitznahme in Deutschland fahren; danach brauchen Sie einen deutschen Führerschein (§ 29 Fahrerlaubnis-Verordnung) – fragen Sie früh bei der Fahrerlaubnisbehörde des Landratsamts nach. Im ländlichen Erzgebirge ist ein Führerschein oft eine große Hilfe.',
        ['§ 29 Fahrerlaubnis-Verordnung auf gesetze-im-internet.de', law('fev_2010', '29')],
      ),
    ],
    faq: [
      faq(
        'Was passiert, wenn ich die Frist für die Anmeldung verpasse?',
        'Eine verspätete Anmeldung ist eine Ordnungswidrigkeit und kann ein Bußgeld kosten. Melden Sie sich trotzdem so schnell wie möglich an – ohne Meldebescheinigung verzögern sich Steuer-ID, Bankkonto und Aufenthaltstitel.',
      ),
      faq(
        'Ich ziehe innerhalb Deutschlands ins Erzgebirge. Was muss ich tun?',
        'Sie melden sich am neuen Wohnort innerhalb von zwei Wochen an; die Abmeldung am alten Wohnort geschieht dabei automatisch. Ihre Steuer-ID behalten Sie. Teilen Sie die neue Adresse Ihrer Krankenkasse, Ihrer Bank und Ihrem Arbeitgeber mit.',
      ),
      faq(
        'Wo finde ich die Meldebehörde?',
        'Meldebehörde ist die Stadt- oder Gemeindeverwaltung Ihres Wohnorts (Bürgerbüro oder Einwohnermeldeamt). Adressen und Öffnungszeiten stehen auf der Website Ihrer Stadt oder Gemeinde.',
      ),
      faq(
        'Wer hilft mir, wenn ich nicht weiterweiß?',
        'Das Welcome Center Erzgebirge berät Neu-Erzgebirgerinnen und Neu-Erzgebirger aus dem In- und Ausland und Rückkehrende. Viele Arbeitgeber helfen ihren neuen Beschäftigten ebenfalls bei den ersten Behördengängen.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'auslaenderbehoerde-erzgebirgskreis', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['Bundesmeldegesetz § 17: Anmeldung innerhalb von zwei Wochen', law('bmg', '17')],
      ['Bundesmeldegesetz § 19: Wohnungsgeberbestätigung', law('bmg', '19')],
      ['Bundeszentralamt für Steuern – Steuerliche Identifikationsnummer', src.bzst],
      ['Zahlungskontengesetz § 31: Anspruch auf ein Basiskonto', law('zkg', '31')],
      ['Rundfunkbeitrag – Beitragsservice', 'https://www.rundfunkbeitrag.de'],
      ['Fahrerlaubnis-Verordnung § 29: ausländische Fahrerlaubnisse', law('fev_2010', '29')],
      ['Make it in Germany – Leben in Deutschland', src.makeItDe],
    ],
    seo: 'Neu im Erzgebirge: Wohnung anmelden, Steuer-ID, Krankenkasse, Bankkonto und Aufenthaltstitel – die ersten Schritte in Reihenfolge.',
  }),

  guide(ctx, 'ankommen-und-anmelden', 'en', 'guide-ankommen', {
    title: 'Arriving and registering: your first weeks',
    slug: 'arriving-and-registering',
    summary:
      'New to the Erzgebirge? These are the things to do in your first weeks: register your address, receive your tax ID, choose a health insurance fund, open a bank account and – if you come from outside the EU – apply for your residence permit. In the right order, with the offices responsible.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'ankommen-behoerden',
    steps: [
      step(
        'Get the landlord’s confirmation',
        'When you move in, your landlord confirms this in writing or electronically (section 19 Federal Registration Act). You need this confirmation (Wohnungsgeberbestätigung) to register.',
        ['Section 19 Federal Registration Act (German)', law('bmg', '19')],
      ),
      step(
        'Register your address',
        'Within two weeks of moving in, register with the registration office (section 17 Federal Registration Act) – the citizens’ office (Bürgerbüro or Einwohnermeldeamt) of your town. Bring your passport or ID card and the landlord’s confirmation, and the documents of family members moving with you. Book an appointment beforehand if you can. You receive a registration certificate (Meldebescheinigung).',
        ['Section 17 Federal Registration Act (German)', law('bmg', '17')],
      ),
      step(
        'Wait for your tax ID',
        'After your first registration in Germany, the Federal Central Tax Office sends your tax identification number (Steuer-ID) by post. Your employer needs it for payroll.',
        ['Federal Central Tax Office – tax identification number', src.bzst],
      ),
      step(
        'Choose a health insurance fund',
        'Everyone living in Germany must have health insurance. Choose a fund (Krankenkasse) before your first working day and give your employer the membership certificate. If you do not have a social security number yet, the fund makes sure you get one. Read more in the guide “Health insurance and social security”.',
        ['Guide: Health insurance and social security', '/en/welcome/health-insurance-and-social-security/'],
      ),
      step(
        'Open a bank account',
        'Your salary is paid into a bank account. Everyone legally resident in the EU is entitled to a basic account (section 31 Payment Accounts Act). Banks usually ask for your passport and registration certificate.',
        ['Section 31 Payment Accounts Act (German)', law('zkg', '31')],
      ),
      step(
        'Apply for your residence permit (if you come from outside the EU)',
        'If you entered with a visa, apply for your residence permit at the foreigners’ authority of the Erzgebirgskreis district office before the visa expires. Appointments can be scarce: take care of it right after registering.',
        ['Guide: Residence and visa for skilled workers', '/en/welcome/residence-and-visa-for-skilled-workers/'],
      ),
      step(
        'Register for the broadcasting fee',
        'Every household pays a broadcasting fee (Rundfunkbeitrag), no matter how many people live there. After registering your address you usually receive a letter from the Beitragsservice; you can also register online yourself. People receiving certain social benefits can be exempted.',
        ['Broadcasting fee – Beitragsservice', 'https://www.rundfunkbeitrag.de'],
      ),
      step(
        'Other things, as needed',
        'Families apply for child benefit (Kindergeld) at the Familienkasse of the Federal Employment Agency. With a driving licence from a country outside the EU and the EEA you can usually drive for six more months after taking up residence in Germany; after that you need a German licence (section 29 Driving Licence Ordinance) – ask the driving licence office of the district early. In the rural Erzgebirge a driving licence is often a big help.',
        ['Section 29 Driving Licence Ordinance (German)', law('fev_2010', '29')],
      ),
    ],
    faq: [
      faq(
        'What happens if I miss the registration deadline?',
        'Registering late is an administrative offence and can lead to a fine. Register as soon as possible anyway – without a registration certificate, your tax ID, bank account and residence permit are delayed.',
      ),
      faq(
        'Where is the registration office?',
        'The registration office is part of your town or municipal administration (Bürgerbüro or Einwohnermeldeamt). Your town’s website lists the address and opening hours.',
      ),
      faq(
        'Do I need to speak German at the offices?',
        'Official procedures are in German. Take someone who speaks German if you can – many employers help their new staff with the first appointments. The Welcome Center Erzgebirge can also advise you.',
      ),
      faq(
        'Who helps me if I get stuck?',
        'The Welcome Center Erzgebirge advises newcomers from Germany and abroad and people moving back.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'auslaenderbehoerde-erzgebirgskreis', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['Federal Registration Act, section 17: registering within two weeks (German)', law('bmg', '17')],
      ['Federal Registration Act, section 19: landlord’s confirmation (German)', law('bmg', '19')],
      ['Federal Central Tax Office – tax identification number', src.bzst],
      ['Payment Accounts Act, section 31: right to a basic account (German)', law('zkg', '31')],
      ['Broadcasting fee – Beitragsservice', 'https://www.rundfunkbeitrag.de'],
      ['Driving Licence Ordinance, section 29: foreign driving licences (German)', law('fev_2010', '29')],
      ['Make it in Germany – living in Germany', src.makeItEn],
    ],
    seo: 'New in the Erzgebirge: register your address, get your tax ID, health insurance, bank account and residence permit – step by step.',
  }),

  // -------------------------------------------------------------------------------------------
  // Housing
  guide(ctx, 'wohnung-finden', 'de', 'guide-wohnen', {
    title: 'Eine Wohnung im Erzgebirge finden',
    slug: 'wohnung-finden',
    summary:
      'Ob Mietwohnung in der Stadt oder Haus auf dem Dorf: So suchen Sie eine Wohnung im Erzgebirge, verstehen Miete und Nebenkosten und wissen, welche Regeln für Kaution und Makler gelten.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'wohnen',
    steps: [
      step(
        'Wohnort und Arbeitsweg planen',
        'Das Erzgebirge ist ländlich, die Wege sind oft länger als in der Stadt. Prüfen Sie Fahrzeit und Verbindungen zum Arbeitsplatz, zur Schule und zur Kita. Busse und Bahnen im Erzgebirgskreis gehören zum Verkehrsverbund Mittelsachsen (VMS); das Deutschlandticket gilt im Nahverkehr.',
        ['Verkehrsverbund Mittelsachsen', 'https://www.vms.de'],
      ),
      step(
        'Angebote suchen',
        'Suchen Sie in Immobilienportalen, in den Lokalzeitungen und direkt bei Wohnungsgenossenschaften und kommunalen Wohnungsgesellschaften in Ihrem Wunschort. Fragen Sie auch Ihren künftigen Arbeitgeber – manche Betriebe helfen bei der Suche. Das Welcome Center Erzgebirge berät zum Ankommen in der Region.',
      ),
      step(
        'Miete verstehen',
        'Die Kaltmiete ist die Miete für die Wohnung selbst. Dazu kommen Betriebskosten (zum Beispiel Wasser, Müll, Hausreinigung) und Heizkosten als monatliche Vorauszahlung – zusammen ergibt das die Warmmiete. Strom und Internet schließen Sie meist selbst ab. Einmal im Jahr rechnet die Vermieterin oder der Vermieter die Betriebskosten ab.',
      ),
      step(
        'Besichtigung und Unterlagen',
        'Zur Besichtigung bringen Sie oft mit: Ausweis, Einkommensnachweis (Arbeitsvertrag oder Gehaltsabrechnungen) und manchmal eine Auskunft über Ihre Kreditwürdigkeit oder eine Bestätigung der bisherigen Vermieterin, dass Sie keine Mietschulden haben.',
      ),
      step(
        'Mietvertrag und Kaution',
        'Lesen Sie den Mietvertrag genau, bevor Sie unterschreiben. Die Kaution darf höchstens drei Monatsmieten ohne Betriebskosten betragen, und Sie dürfen sie in drei monatlichen Raten zahlen (§ 551 BGB). Halten Sie bei der Übergabe den Zustand der Wohnung und die Zählerstände in einem Protokoll fest.',
        ['§ 551 BGB auf gesetze-im-internet.de', law('bgb', '551')],
      ),
      step(
        'Einziehen und anmelden',
        'Lassen Sie sich den Einzug bestätigen (Wohnungsgeberbestätigung) und melden Sie sich innerhalb von zwei Wochen bei der Meldebehörde an. Schließen Sie Verträge für Strom und Internet ab. Eine private Haftpflichtversicherung ist in Deutschland üblich und wird empfohlen.',
        ['Leitfaden: Ankommen und anmelden', '/willkommen/ankommen-und-anmelden/'],
      ),
    ],
    faq: [
      faq(
        'Muss ich die Maklerprovision zahlen?',
        'Bei Mietwohnungen gilt das Bestellerprinzip: Wer den Makler beauftragt, bezahlt ihn (§ 2 Absatz 1a Wohnungsvermittlungsgesetz). Hat die Vermieterin oder der Vermieter den Makler beauftragt, zahlen Sie keine Provision.',
      ),
      faq(
        'Gibt es Hilfe, wenn das Einkommen knapp ist?',
        'Ja. Wer wenig verdient, kann Wohngeld beantragen – bei der Wohngeldstelle der Stadt oder des Landratsamts. Ob Sie Anspruch haben, hängt von Einkommen, Miete und Haushaltsgröße ab.',
      ),
      faq(
        'Ich brauche zuerst eine Übergangslösung. Was tun?',
        'Fragen Sie Ihren Arbeitgeber: Manche Betriebe haben Wohnungen oder Kontakte zu Vermietern. Für die ersten Wochen sind auch möblierte Wohnungen oder Ferienwohnungen eine Möglichkeit. Für die Anmeldung brauchen Sie auch dort eine Wohnungsgeberbestätigung.',
      ),
      faq(
        'Ich möchte ein Haus kaufen oder bauen. Wer berät mich?',
        'Beratung zu Finanzierung und Förderung geben Banken und die Verbraucherzentrale Sachsen. Die Stadt- und Gemeindeverwaltungen wissen, wo es Bauland gibt.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge'],
    sources: [
      ['Bürgerliches Gesetzbuch § 551: Mietsicherheit (Kaution)', law('bgb', '551')],
      ['Wohnungsvermittlungsgesetz § 2: Bestellerprinzip', law('wovermrg', '2')],
      ['Wohngeldgesetz', law('wogg')],
      ['Bundesmeldegesetz § 17: Anmeldung', law('bmg', '17')],
      ['Verkehrsverbund Mittelsachsen (VMS)', 'https://www.vms.de'],
    ],
    seo: 'Wohnung im Erzgebirge finden: wo suchen, was Kaltmiete und Warmmiete bedeuten, Regeln für Kaution und Makler, Wohngeld.',
  }),

  guide(ctx, 'wohnung-finden', 'en', 'guide-wohnen', {
    title: 'Finding a home in the Erzgebirge',
    slug: 'finding-a-home',
    summary:
      'Whether a rented flat in town or a house in a village: how to look for a home in the Erzgebirge, what rent and service charges mean, and which rules apply to deposits and estate agents.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'wohnen',
    steps: [
      step(
        'Plan where to live and how to get to work',
        'The Erzgebirge is rural, and distances are often longer than in a city. Check travel time and connections to work, school and childcare. Buses and trains in the district belong to the Verkehrsverbund Mittelsachsen (VMS); the Deutschlandticket is valid on local public transport.',
        ['Verkehrsverbund Mittelsachsen (German)', 'https://www.vms.de'],
      ),
      step(
        'Look for offers',
        'Search property portals and local newspapers, and contact housing cooperatives and municipal housing companies in the town you would like to live in. Ask your future employer too – some companies help with the search. The Welcome Center Erzgebirge advises on settling in the region.',
      ),
      step(
        'Understand the rent',
        'The “Kaltmiete” is the rent for the flat itself. Service charges (such as water, waste collection, cleaning of common areas) and heating are added as monthly advance payments – together this is the “Warmmiete”. Electricity and internet are usually separate contracts. Once a year the landlord sends a statement of the actual service charges.',
      ),
      step(
        'Viewing and documents',
        'For a viewing, landlords often ask for: ID, proof of income (employment contract or payslips) and sometimes a credit report or a confirmation from your previous landlord that you owe no rent.',
      ),
      step(
        'Tenancy agreement and deposit',
        'Read the agreement carefully before signing. The deposit may be at most three months’ rent without service charges, and you may pay it in three monthly instalments (section 551 Civil Code). At handover, record the condition of the flat and the meter readings in a written report.',
        ['Section 551 Civil Code (German)', law('bgb', '551')],
      ),
      step(
        'Move in and register',
        'Get the landlord’s confirmation of your move and register with the registration office within two weeks. Sign contracts for electricity and internet. Private liability insurance is common in Germany and recommended.',
        ['Guide: Arriving and registering', '/en/welcome/arriving-and-registering/'],
      ),
    ],
    faq: [
      faq(
        'Do I have to pay the estate agent?',
        'For rented flats, whoever hires the agent pays the agent (section 2 (1a) Housing Brokerage Act). If the landlord hired the agent, you pay no commission.',
      ),
      faq(
        'Is there help if my income is low?',
        'Yes. People on a low income can apply for housing benefit (Wohngeld) at the housing benefit office of the town or the district office. Whether you are eligible depends on income, rent and household size.',
      ),
      faq(
        'I need somewhere to stay first. What can I do?',
        'Ask your employer: some companies have flats or contacts to landlords. Furnished flats or holiday flats can also work for the first weeks. You need a landlord’s confirmation there too in order to register.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge'],
    sources: [
      ['Civil Code, section 551: rent deposit (German)', law('bgb', '551')],
      ['Housing Brokerage Act, section 2: “whoever orders pays” (German)', law('wovermrg', '2')],
      ['Housing Benefit Act (German)', law('wogg')],
      ['Federal Registration Act, section 17: registration (German)', law('bmg', '17')],
      ['Verkehrsverbund Mittelsachsen (VMS) (German)', 'https://www.vms.de'],
    ],
    seo: 'Finding a home in the Erzgebirge: where to look, what Kaltmiete and Warmmiete mean, rules for deposits and agents.',
  }),

  // -------------------------------------------------------------------------------------------
  // Childcare and school
  guide(ctx, 'kinderbetreuung-und-schule', 'de', 'guide-kinder', {
    title: 'Kinderbetreuung und Schule im Erzgebirge',
    slug: 'kinderbetreuung-und-schule',
    summary:
      'Kinderkrippe, Kindergarten, Hort und Schule: Welche Rechte Sie haben, wann Sie sich kümmern sollten und wie Sie Ihr Kind anmelden – auch wenn Ihre Familie neu aus dem Ausland kommt.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'kinderbetreuung-schule',
    steps: [
      step(
        'Betreuungsplatz früh anfragen',
        'Jedes Kind hat ab dem ersten Geburtstag einen Rechtsanspruch auf Förderung in einer Kindertageseinrichtung oder in der Kindertagespflege, ab drei Jahren bis zur Einschulung in einer Kita (§ 24 SGB VIII). Fragen Sie bei der Stadt- oder Gemeindeverwaltung Ihres Wohnorts oder direkt bei den Kitas nach freien Plätzen – am besten einige Monate vor dem gewünschten Beginn.',
        ['§ 24 SGB VIII auf gesetze-im-internet.de', law('sgb_8', '24')],
      ),
      step(
        'Elternbeitrag und Unterlagen klären',
        'Für Krippe, Kindergarten und Hort zahlen Eltern einen Elternbeitrag, den die Gemeinde oder der Träger festlegt; für Familien mit wenig Einkommen gibt es Ermäßigungen. Für die Aufnahme in Kita und Schule müssen Sie nachweisen, dass Ihr Kind gegen Masern geimpft oder immun ist (§ 20 Absatz 8 und 9 Infektionsschutzgesetz).',
        ['§ 20 Infektionsschutzgesetz auf gesetze-im-internet.de', law('ifsg', '20')],
      ),
      step(
        'Zur Schule anmelden',
        'In Sachsen werden alle Kinder schulpflichtig, die bis zum 30. Juni das sechste Lebensjahr vollendet haben; sie beginnen mit dem neuen Schuljahr (§ 27 Sächsisches Schulgesetz). Angemeldet wird im Jahr vor der Einschulung bei der Grundschule Ihres Schulbezirks. Ort und Zeit der Anmeldung gibt die Schule bzw. die Gemeinde bekannt, zum Beispiel im Amtsblatt.',
        ['Schulportal des Sächsischen Staatsministeriums für Kultus (Aufnahme in die Schule)', src.schuleSachsen],
      ),
      step(
        'Betreuung nach der Schule organisieren',
        'Viele Grundschulkinder in Sachsen besuchen nach dem Unterricht einen Hort. Seit dem 1. August 2026 haben Kinder der ersten Klasse einen Rechtsanspruch auf ganztägige Förderung; er wird jedes Jahr um eine Klassenstufe erweitert, bis er ab August 2029 für alle Grundschulkinder der Klassen 1 bis 4 gilt (§ 24 Absatz 4 SGB VIII).',
      ),
      step(
        'Nach der Grundschule',
        'Nach der vierten Klasse wechseln Kinder in Sachsen auf eine Oberschule oder ein Gymnasium. An der Oberschule erreichen sie den Hauptschul- oder Realschulabschluss, am Gymnasium das Abitur. Die Grundschule berät Sie dazu.',
      ),
      step(
        'Kommt Ihr Kind aus dem Ausland?',
        'Die Schulpflicht gilt auch für Kinder, die neu nach Deutschland kommen. Wenden Sie sich an die Grundschule oder weiterführende Schule in Ihrer Nähe. Kinder, die noch wenig Deutsch sprechen, bekommen in Sachsen Unterricht in Deutsch als Zweitsprache (DaZ). Bei Fragen hilft das Landesamt für Schule und Bildung.',
      ),
    ],
    faq: [
      faq(
        'Was tue ich, wenn ich keinen Kita-Platz finde?',
        'Melden Sie Ihren Bedarf schriftlich bei Ihrer Gemeinde und beim Jugendamt des Landratsamts Erzgebirgskreis an. Der Rechtsanspruch nach § 24 SGB VIII richtet sich an den Träger der öffentlichen Jugendhilfe; er muss Ihnen einen Platz in einer Kita oder in der Kindertagespflege nachweisen.',
      ),
      faq(
        'Bekomme ich Kindergeld?',
        'Kindergeld beantragen Sie bei der Familienkasse der Bundesagentur für Arbeit. Eltern aus dem Ausland haben je nach Aufenthaltstitel Anspruch; die Familienkasse prüft das im Einzelfall. Die aktuelle Höhe nennt die Familienkasse.',
      ),
      faq(
        'Kann mein Kind früher eingeschult werden?',
        'Ja. Kinder, die bis zum 30. September sechs Jahre alt werden, können von den Eltern angemeldet werden und gelten dann als schulpflichtig. Jüngere Kinder können auf Antrag aufgenommen werden, wenn sie den nötigen Entwicklungsstand haben; das entscheidet die Schulleitung (§ 27 Sächsisches Schulgesetz).',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'lasub'],
    sources: [
      ['SGB VIII § 24: Anspruch auf Förderung in Tageseinrichtungen und in der Kindertagespflege', law('sgb_8', '24')],
      ['Schulportal des Sächsischen Staatsministeriums für Kultus (Aufnahme in die Schule)', src.schuleSachsen],
      ['Infektionsschutzgesetz § 20: Nachweis über den Masernschutz', law('ifsg', '20')],
      ['Familienkasse der Bundesagentur für Arbeit – Kindergeld', src.arbeitsagentur],
      ['Landesamt für Schule und Bildung (LaSuB)', 'https://www.lasub.smk.sachsen.de'],
    ],
    seo: 'Kita, Hort und Schule im Erzgebirge: Rechtsanspruch ab einem Jahr, Schulanmeldung in Sachsen, Ganztag in der Grundschule.',
  }),

  guide(ctx, 'kinderbetreuung-und-schule', 'en', 'guide-kinder', {
    title: 'Childcare and school in the Erzgebirge',
    slug: 'childcare-and-school',
    summary:
      'Nursery, kindergarten, after-school care and school: what your rights are, when to act and how to register your child – also if your family is new to Germany.',
    audience: ['international', 'neu-erzgebirger', 'rueckkehrer'],
    topic: 'kinderbetreuung-schule',
    steps: [
      step(
        'Ask for a childcare place early',
        'From their first birthday, every child has a legal right to a place in a day-care centre (Kita) or with a childminder; from age three until school, in a Kita (section 24 Social Code VIII). Ask your town administration or the Kitas directly about free places – ideally a few months before you need one.',
        ['Section 24 Social Code VIII (German)', law('sgb_8', '24')],
      ),
      step(
        'Fees and documents',
        'Parents pay a fee for nursery, kindergarten and after-school care (Hort), set by the municipality or the provider; there are reductions for families on low incomes. For admission to a Kita and to school you must prove that your child is vaccinated against or immune to measles (section 20 (8) and (9) Infection Protection Act).',
        ['Section 20 Infection Protection Act (German)', law('ifsg', '20')],
      ),
      step(
        'Register your child for school',
        'In Saxony, all children who turn six by 30 June must start school with the new school year (section 27 Saxon School Act). You register your child in the year before school starts, at the primary school of your school district. The school or the municipality announces where and when, for example in the official gazette (Amtsblatt).',
        ['School portal of the Saxon State Ministry of Education, with “Aufnahme in die Schule” (German)', src.schuleSachsen],
      ),
      step(
        'Arrange care after school',
        'Many primary school children in Saxony go to an after-school centre (Hort). Since 1 August 2026, first-graders have a legal right to all-day care; it is extended by one grade each year until, from August 2029, it covers all primary school children in grades 1 to 4 (section 24 (4) Social Code VIII).',
      ),
      step(
        'After primary school',
        'After grade 4, children in Saxony move on to an Oberschule (leading to the lower or intermediate school certificate) or a Gymnasium (leading to the Abitur, the university entrance qualification). The primary school advises you.',
      ),
      step(
        'Is your child coming from abroad?',
        'Compulsory schooling also applies to children who are new to Germany. Contact the school near you. Children who speak little German receive lessons in German as a second language (DaZ) in Saxony. The State Office for Schools and Education (LaSuB) helps with questions.',
      ),
    ],
    faq: [
      faq(
        'What if I cannot find a Kita place?',
        'Register your need in writing with your municipality and the youth welfare office (Jugendamt) of the Erzgebirgskreis district office. The legal right under section 24 Social Code VIII is directed at the public youth welfare authority, which must offer you a place in a Kita or with a childminder.',
      ),
      faq(
        'Can I get child benefit?',
        'Apply for child benefit (Kindergeld) at the Familienkasse of the Federal Employment Agency. Parents from abroad may be eligible depending on their residence permit; the Familienkasse checks each case and publishes the current amount.',
      ),
      faq(
        'Will my child get help with German at school?',
        'Yes. Schools in Saxony offer German as a second language (DaZ) for children who are still learning German. Ask the school how your child will be supported in the first months.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'lasub'],
    sources: [
      ['Social Code VIII, section 24: right to childcare (German)', law('sgb_8', '24')],
      ['School portal of the Saxon State Ministry of Education, with “Aufnahme in die Schule” (German)', src.schuleSachsen],
      ['Infection Protection Act, section 20: proof of measles protection (German)', law('ifsg', '20')],
      ['Familienkasse of the Federal Employment Agency – child benefit', src.arbeitsagentur],
      ['State Office for Schools and Education Saxony (LaSuB) (German)', 'https://www.lasub.smk.sachsen.de'],
    ],
    seo: 'Childcare and school in the Erzgebirge: right to a Kita place from age one, school registration in Saxony, all-day primary care.',
  }),

  // -------------------------------------------------------------------------------------------
  // Health insurance and social security
  guide(ctx, 'krankenversicherung-und-sozialversicherung', 'de', 'guide-gesundheit', {
    title: 'Krankenversicherung und Sozialversicherung',
    slug: 'krankenversicherung-und-sozialversicherung',
    summary:
      'Wer in Deutschland arbeitet, ist in der Regel kranken-, pflege-, renten-, arbeitslosen- und unfallversichert. Dieser Leitfaden erklärt, was Sie selbst tun müssen, was der Arbeitgeber übernimmt und was im Krankheitsfall gilt.',
    audience: ['international', 'neu-erzgebirger'],
    topic: 'gesundheit-versicherung',
    steps: [
      step(
        'Versichert sein ab dem ersten Tag',
        'Für das Visum und die Einreise brauchen Sie eine Krankenversicherung, bis Ihre Beschäftigung beginnt – zum Beispiel eine Reisekrankenversicherung. Sobald Sie in Deutschland angestellt sind, sind Sie in der Regel in der gesetzlichen Krankenversicherung pflichtversichert (§ 5 SGB V). Nur wer mehr als die jährlich neu festgelegte Versicherungspflichtgrenze verdient, kann sich privat versichern.',
        ['§ 5 SGB V auf gesetze-im-internet.de', law('sgb_5', '5')],
      ),
      step(
        'Krankenkasse auswählen',
        'Sie wählen Ihre gesetzliche Krankenkasse selbst. Die Leistungen sind weitgehend gleich; unterschiedlich sind vor allem der Zusatzbeitrag und der Service. Eine Liste aller Krankenkassen veröffentlicht der GKV-Spitzenverband. Geben Sie Ihrem Arbeitgeber die Mitgliedsbescheinigung. Sie bekommen eine elektronische Gesundheitskarte mit Foto.',
        ['GKV-Spitzenverband – Liste der Krankenkassen', src.gkv],
      ),
      step(
        'Sozialversicherungsnummer',
        'Die Sozialversicherungsnummer vergibt die Deutsche Rentenversicherung. Wenn Sie noch keine haben, beantragt sie in der Regel Ihre Krankenkasse bei der Anmeldung. Ihr Arbeitgeber braucht die Nummer für die Anmeldung zur Sozialversicherung.',
        ['Deutsche Rentenversicherung', src.rentenversicherung],
      ),
      step(
        'Die Beiträge verstehen',
        'Kranken-, Pflege-, Renten- und Arbeitslosenversicherung werden als Prozentsatz vom Bruttolohn berechnet; Arbeitgeber und Beschäftigte zahlen jeweils ungefähr die Hälfte. Der Arbeitgeber zieht Ihren Anteil vom Lohn ab und überweist alles – Sie sehen es auf der Gehaltsabrechnung. Die Unfallversicherung bei der Berufsgenossenschaft bezahlt der Arbeitgeber allein. Die Beitragssätze ändern sich; die aktuellen Werte nennen die Krankenkassen.',
      ),
      step(
        'Ärztin oder Arzt finden',
        'Suchen Sie sich eine Hausarztpraxis in Ihrer Nähe. Außerhalb der Sprechzeiten erreichen Sie den ärztlichen Bereitschaftsdienst unter 116 117; dort hilft man auch bei der Suche nach Terminen. Im Notfall rufen Sie 112.',
        ['116117 – Patientenservice der Kassenärztlichen Vereinigungen', 'https://www.116117.de'],
      ),
      step(
        'Familie mitversichern',
        'Ehe- oder Lebenspartner und Kinder ohne eigenes oder mit nur geringem Einkommen können in der gesetzlichen Krankenversicherung beitragsfrei familienversichert werden (§ 10 SGB V). Fragen Sie Ihre Krankenkasse.',
        ['§ 10 SGB V auf gesetze-im-internet.de', law('sgb_5', '10')],
      ),
    ],
    faq: [
      faq(
        'Was muss ich tun, wenn ich krank bin?',
        'Sagen Sie Ihrem Arbeitgeber sofort Bescheid. Dauert die Krankheit länger als drei Kalendertage, brauchen Sie spätestens am folgenden Arbeitstag eine ärztliche Feststellung der Arbeitsunfähigkeit; der Arbeitgeber darf sie auch früher verlangen (§ 5 Entgeltfortzahlungsgesetz). Die Bescheinigung ruft der Arbeitgeber heute elektronisch bei der Krankenkasse ab.',
      ),
      faq(
        'Bekomme ich Geld, wenn ich krank bin?',
        'Ja. Ihr Arbeitgeber zahlt Ihren Lohn bis zu sechs Wochen weiter (§ 3 Entgeltfortzahlungsgesetz). Danach zahlt die gesetzliche Krankenkasse Krankengeld.',
      ),
      faq(
        'Zählen meine Rentenbeiträge aus dem Ausland?',
        'Innerhalb der EU und mit Staaten, mit denen Deutschland ein Sozialversicherungsabkommen hat, können Versicherungszeiten zusammengerechnet werden. Die Deutsche Rentenversicherung berät dazu.',
      ),
      faq(
        'Ich komme aus einem EU-Land. Brauche ich eine deutsche Krankenkasse?',
        'Wenn Sie in Deutschland angestellt sind, werden Sie Mitglied einer deutschen Krankenkasse. Die Europäische Krankenversicherungskarte (EHIC) Ihres Heimatlandes gilt für vorübergehende Aufenthalte, nicht für eine Beschäftigung in Deutschland.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['SGB V § 5: Versicherungspflicht', law('sgb_5', '5')],
      ['SGB V § 10: Familienversicherung', law('sgb_5', '10')],
      ['Entgeltfortzahlungsgesetz § 3 und § 5', law('entgfg', '3')],
      ['GKV-Spitzenverband', src.gkv],
      ['Deutsche Rentenversicherung', src.rentenversicherung],
      ['116117 – ärztlicher Bereitschaftsdienst', 'https://www.116117.de'],
      ['Make it in Germany – Krankenversicherung', src.makeItDe],
    ],
    seo: 'Krankenversicherung und Sozialversicherung in Deutschland: Krankenkasse wählen, Beiträge, Krankmeldung, Lohnfortzahlung.',
  }),

  guide(ctx, 'krankenversicherung-und-sozialversicherung', 'en', 'guide-gesundheit', {
    title: 'Health insurance and social security',
    slug: 'health-insurance-and-social-security',
    summary:
      'If you work in Germany, you are usually insured for health, long-term care, pension, unemployment and accidents at work. This guide explains what you have to do yourself, what your employer does and what applies when you are ill.',
    audience: ['international', 'neu-erzgebirger'],
    topic: 'gesundheit-versicherung',
    steps: [
      step(
        'Be insured from day one',
        'For the visa and entry you need health insurance until your employment starts – for example travel health insurance. Once you are employed in Germany, you are usually insured in the statutory health insurance (section 5 Social Code V). Only people earning more than the income threshold, which is set anew every year, can choose private insurance instead.',
        ['Section 5 Social Code V (German)', law('sgb_5', '5')],
      ),
      step(
        'Choose a health insurance fund',
        'You choose your statutory health insurance fund (Krankenkasse) yourself. Benefits are largely the same; the funds differ mainly in their additional contribution and service. The GKV-Spitzenverband publishes a list of all funds. Give your employer the membership certificate. You receive an electronic health card with your photo.',
        ['GKV-Spitzenverband – list of health insurance funds (German)', src.gkv],
      ),
      step(
        'Social security number',
        'The social security number is issued by the German Pension Insurance (Deutsche Rentenversicherung). If you do not have one yet, your health insurance fund usually applies for it when you join. Your employer needs the number to register you for social insurance.',
        ['Deutsche Rentenversicherung', src.rentenversicherung],
      ),
      step(
        'Understand the contributions',
        'Health, long-term care, pension and unemployment insurance are calculated as a percentage of your gross pay; employer and employee each pay roughly half. The employer deducts your share from your pay and transfers everything – you see it on your payslip. Accident insurance is paid by the employer alone. Contribution rates change; the health insurance funds publish the current figures.',
      ),
      step(
        'Find a doctor',
        'Find a general practitioner (Hausarzt) near you. Outside surgery hours, call the on-call medical service on 116 117; they also help you find appointments. In an emergency, call 112.',
        ['116117 – patient service of the associations of statutory health insurance physicians (German)', 'https://www.116117.de'],
      ),
      step(
        'Insure your family',
        'Spouses or partners and children with no or only a small income of their own can be insured free of charge through your statutory health insurance (family insurance, section 10 Social Code V). Ask your fund.',
        ['Section 10 Social Code V (German)', law('sgb_5', '10')],
      ),
    ],
    faq: [
      faq(
        'What do I do when I am ill?',
        'Tell your employer immediately. If you are ill for more than three calendar days, you need a doctor’s confirmation of your incapacity to work by the next working day at the latest; your employer may ask for it earlier (section 5 Continued Remuneration Act). Today the employer retrieves the certificate electronically from your health insurance fund.',
      ),
      faq(
        'Am I paid when I am ill?',
        'Yes. Your employer continues to pay your wages for up to six weeks (section 3 Continued Remuneration Act). After that, the statutory health insurance pays sickness benefit (Krankengeld).',
      ),
      faq(
        'Do my pension contributions from abroad count?',
        'Within the EU, and with countries that have a social security agreement with Germany, insurance periods can be added together. The German Pension Insurance advises you.',
      ),
      faq(
        'I come from an EU country. Do I need a German health insurance fund?',
        'If you are employed in Germany, you become a member of a German fund. The European Health Insurance Card (EHIC) from your home country covers temporary stays, not employment in Germany.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz'],
    sources: [
      ['Social Code V, section 5: compulsory insurance (German)', law('sgb_5', '5')],
      ['Social Code V, section 10: family insurance (German)', law('sgb_5', '10')],
      ['Continued Remuneration Act, sections 3 and 5 (German)', law('entgfg', '3')],
      ['GKV-Spitzenverband (German)', src.gkv],
      ['Deutsche Rentenversicherung', src.rentenversicherung],
      ['116117 – on-call medical service (German)', 'https://www.116117.de'],
      ['Make it in Germany – health insurance', src.makeItEn],
    ],
    seo: 'Health insurance and social security in Germany: choosing a fund, contributions, sick notes and sick pay – explained simply.',
  }),

  // -------------------------------------------------------------------------------------------
  // Moving back (returnees and commuters)
  guide(ctx, 'rueckkehr-ins-erzgebirge', 'de', 'guide-rueckkehr', {
    title: 'Rückkehr ins Erzgebirge',
    slug: 'rueckkehr-ins-erzgebirge',
    summary:
      'Sie sind im Erzgebirge aufgewachsen und möchten zurückkommen – oder Sie pendeln und wollen näher an der Heimat arbeiten? Dieser Leitfaden zeigt Schritt für Schritt, wie Sie Arbeit finden, welche Fristen gelten und wer Ihnen in der Region hilft.',
    audience: ['rueckkehrer', 'neu-erzgebirger'],
    topic: 'rueckkehr-pendeln',
    steps: [
      step(
        'Stellen in der Region ansehen',
        'Einen Überblick über Arbeitgeber und Stellen im Erzgebirge gibt das Fachkräfteportal Erzgebirge, das regionale Jobportal der Fachkräfteallianz. In der Jobsuche der Bundesagentur für Arbeit können Sie gezielt nach Ihrem Beruf und einem Umkreis um Ihren Wunschort suchen.',
        ['Fachkräfteportal Erzgebirge', PORTAL],
      ),
      step(
        'Gehalt und Lebenshaltungskosten ehrlich vergleichen',
        'Das Handlungskonzept der Fachkräfteallianz sagt offen: Beim Bruttoarbeitsentgelt liegt die Region bundesweit am unteren Ende. Vergleichen Sie deshalb nicht nur das Gehalt, sondern auch Miete, Fahrtwege, Kinderbetreuung und Zeit für Familie. Was in Ihrem Beruf üblich ist, zeigt der Entgeltatlas der Bundesagentur für Arbeit.',
        ['Entgeltatlas der Bundesagentur für Arbeit', src.entgeltatlas],
      ),
      step(
        'Die Karriere + Jobmesse Erzgebirge besuchen',
        'Jedes Jahr zwischen Weihnachten und Neujahr stellen sich regionale Arbeitgeber auf der Karriere + Jobmesse Erzgebirge vor – genau dann, wenn viele Rückkehrwillige ohnehin bei der Familie sind. Über die bisherige Laufzeit stellten sich dort insgesamt 30 regionale Unternehmen vor; zur Messe am 28.12.2023 in Annaberg-Buchholz kamen 200 Besucher.',
        ['Karriere + Jobmesse auf fachkraefte-erzgebirge.de', PORTAL_FAIR],
      ),
      step(
        'Beratung beim Welcome Center Erzgebirge',
        'Das Welcome Center Erzgebirge berät Rückkehrerinnen und Rückkehrer persönlich – zu Arbeit, Wohnen und Ankommen; 2023 waren es laut Handlungskonzept knapp 200 Anfragen von Rückkehrenden und Zugewanderten. Bei einer Welcome-Hutzn lernen Sie andere kennen, die zurückgekommen oder neu in der Region sind.',
        ['Welcome-Hutzn im Veranstaltungskalender', '/veranstaltungen/welcome-hutzn/'],
      ),
      step(
        'Rechtzeitig arbeitsuchend melden, falls nötig',
        'Wenn Ihr jetziges Arbeitsverhältnis endet und Sie noch keine neue Stelle haben, melden Sie sich spätestens drei Monate vor dem Ende arbeitsuchend bei der Agentur für Arbeit (§ 38 SGB III). Erfahren Sie später vom Ende, melden Sie sich innerhalb von drei Tagen. Das gilt auch, wenn Sie selbst kündigen.',
        ['Arbeitsuchend melden bei der Bundesagentur für Arbeit', src.arbeitsagentur],
      ),
      step(
        'Kinderbetreuung und Schule klären',
        'Fragen Sie früh bei der Stadt- oder Gemeindeverwaltung Ihres künftigen Wohnorts nach Plätzen in Krippe, Kindergarten und Hort und nach der zuständigen Grundschule.',
        ['Leitfaden: Kinderbetreuung und Schule', '/willkommen/kinderbetreuung-und-schule/'],
      ),
      step(
        'Umziehen und ummelden',
        'Melden Sie Ihre neue Wohnung innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde an (§ 17 Bundesmeldegesetz). Die Abmeldung am alten Wohnort geschieht dabei automatisch.',
        ['Leitfaden: Ankommen und anmelden', '/willkommen/ankommen-und-anmelden/'],
      ),
    ],
    faq: [
      faq(
        'Verdiene ich im Erzgebirge weniger?',
        'Oft ja. Das Handlungskonzept der Fachkräfteallianz nennt das Bruttoarbeitsentgelt in der Region am untersten Ende der bundesweiten Betrachtung. Rechnen Sie Miete, Fahrtkosten und Zeit ehrlich dagegen. Wie viel in Ihrem Beruf üblich ist, zeigt der Entgeltatlas der Bundesagentur für Arbeit.',
      ),
      faq(
        'Wann ist die nächste Karriere + Jobmesse?',
        'Die Messe findet jedes Jahr zwischen Weihnachten und Neujahr statt. Den genauen Termin finden Sie rechtzeitig in unserem Veranstaltungskalender und auf fachkraefte-erzgebirge.de/messe.',
      ),
      faq(
        'Ich pendle schon. Lohnt sich ein Wechsel?',
        'Das können nur Sie entscheiden. Rechnen Sie Fahrtzeit und Fahrtkosten ehrlich gegen ein mögliches geringeres Gehalt. Viele Pendlerinnen und Pendler gewinnen vor allem Zeit für Familie und Freunde.',
      ),
      faq(
        'Meine Partnerin oder mein Partner sucht auch Arbeit. Wer hilft?',
        'Das Welcome Center Erzgebirge berät auch Partnerinnen und Partner. Die Agentur für Arbeit Annaberg-Buchholz hilft bei der Stellensuche in der Region.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'],
    sources: [
      ['Sozialgesetzbuch III § 38: Pflicht zur frühzeitigen Arbeitsuchendmeldung', law('sgb_3', '38')],
      ['Bundesmeldegesetz § 17: Anmeldung innerhalb von zwei Wochen', law('bmg', '17')],
      ['Bundesagentur für Arbeit – Entgeltatlas', src.entgeltatlas],
      ['Fachkräfteportal Erzgebirge', PORTAL],
      ['Fachkräfteallianz Erzgebirge: Handlungskonzept zur regionalen Fachkräftesicherung (06.06.2024)', '/allianz/dokumente/handlungskonzept-2024/'],
    ],
    seo: 'Zurück ins Erzgebirge: Jobs finden, Gehalt ehrlich vergleichen, Fristen kennen, Beratung nutzen – für Rückkehrer und Pendler.',
    body: md`
      ## Sie sind nicht allein

      Viele Menschen kommen ins Erzgebirge zurück – nach dem Studium, nach Jahren in einer Großstadt oder wenn die Familie wächst. Wie das aussehen kann, zeigen unsere [hERZland-Geschichten](/geschichten/).

      Stellen in Ihrem Beruf finden Sie auch direkt in der [Jobsuche der Bundesagentur für Arbeit rund um Annaberg-Buchholz](${jobSearch(1)}).
    `,
  }),

  guide(ctx, 'rueckkehr-ins-erzgebirge', 'en', 'guide-rueckkehr', {
    title: 'Moving back to the Erzgebirge',
    slug: 'moving-back-to-the-erzgebirge',
    summary:
      'You grew up in the Erzgebirge and want to come back – or you commute and would like to work closer to home? This guide shows step by step how to find work, which deadlines apply and who helps you in the region.',
    audience: ['rueckkehrer', 'neu-erzgebirger'],
    topic: 'rueckkehr-pendeln',
    steps: [
      step(
        'Look at jobs in the region',
        'The Fachkräfteportal Erzgebirge, the alliance’s regional job portal, gives an overview of employers and jobs. In the job search of the Federal Employment Agency you can search for your occupation within a radius of the place you want to live.',
        ['Fachkräfteportal Erzgebirge (German)', PORTAL],
      ),
      step(
        'Compare pay and living costs honestly',
        'The alliance’s strategy paper says it openly: gross pay in the region is at the lowest end in Germany. So compare not only salaries but also rent, commuting, childcare and time for family. The Federal Employment Agency’s “Entgeltatlas” shows typical pay in your occupation.',
        ['Entgeltatlas of the Federal Employment Agency (German)', src.entgeltatlas],
      ),
      step(
        'Visit the Karriere + Jobmesse Erzgebirge',
        'Every year between Christmas and New Year, regional employers present themselves at the Karriere + Jobmesse Erzgebirge – just when many people who would like to come back are visiting their families anyway. Over the years, 30 regional companies have presented themselves there; the fair on 28 December 2023 in Annaberg-Buchholz had 200 visitors.',
        ['Karriere + Jobmesse on fachkraefte-erzgebirge.de (German)', PORTAL_FAIR],
      ),
      step(
        'Get advice from the Welcome Center Erzgebirge',
        'The Welcome Center Erzgebirge gives personal advice to people moving back – on work, housing and settling in. At a Welcome-Hutzn get-together you meet others who have come back or are new to the region.',
        ['Welcome-Hutzn in the events calendar', '/en/events/welcome-hutzn/'],
      ),
      step(
        'Register as a jobseeker in time, if needed',
        'If your current job ends and you do not have a new one yet, register as a jobseeker with the Federal Employment Agency at least three months before it ends (section 38 Social Code III). If you learn about the end later, register within three days. This also applies if you resign yourself.',
        ['Federal Employment Agency', src.arbeitsagentur],
      ),
      step(
        'Sort out childcare and school',
        'Ask the administration of your future town early about places in nurseries, kindergartens and after-school care, and about the primary school.',
        ['Guide: Childcare and school', '/en/welcome/childcare-and-school/'],
      ),
      step(
        'Move and register your address',
        'Register your new address with the registration office within two weeks of moving in (section 17 Federal Registration Act). Deregistration at your old address happens automatically.',
        ['Guide: Arriving and registering', '/en/welcome/arriving-and-registering/'],
      ),
    ],
    faq: [
      faq(
        'Will I earn less in the Erzgebirge?',
        'Often, yes. The alliance’s strategy paper places gross pay in the region at the lowest end in Germany. Weigh rent, travel costs and time honestly against it. The Federal Employment Agency’s “Entgeltatlas” shows typical pay in your occupation.',
      ),
      faq(
        'When is the next Karriere + Jobmesse?',
        'The fair takes place every year between Christmas and New Year. You will find the exact date in our events calendar and on fachkraefte-erzgebirge.de/messe in good time.',
      ),
      faq(
        'I already commute. Is changing jobs worth it?',
        'Only you can decide. Weigh travel time and costs honestly against a possibly lower salary. Many commuters mainly gain time for family and friends.',
      ),
    ],
    contacts: ['welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'],
    sources: [
      ['Social Code III, section 38: registering early as a jobseeker (German)', law('sgb_3', '38')],
      ['Federal Registration Act, section 17: registering within two weeks (German)', law('bmg', '17')],
      ['Federal Employment Agency – Entgeltatlas (German)', src.entgeltatlas],
      ['Fachkräfteportal Erzgebirge (German)', PORTAL],
      ['Fachkräfteallianz Erzgebirge: strategy paper (6 June 2024)', '/en/alliance/documents/action-plan-2024/'],
    ],
    seo: 'Moving back to the Erzgebirge: finding a job, comparing pay honestly, deadlines and advice – for returnees and commuters.',
    body: md`
      ## You are not alone

      Many people come back to the Erzgebirge – after their studies, after years in a big city or when their family grows. Our [hERZland stories](/en/stories/) show what that can look like.
    `,
  }),
]
