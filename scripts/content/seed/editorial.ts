/**
 * Editorial examples that prove every editorial type end to end in German and English:
 * two stories (fictitious people, `isExample: true`), two welcome guides, two blog posts by the
 * editorial team and two orientation pages. Guides never state fees, salary thresholds or
 * processing times as figures: they say that these change and point to the official source.
 */
import {authorId, contactId} from './members.ts'
import {branchId, townId} from './region.ts'
import {
  berlin,
  link,
  md,
  ref,
  rich,
  seo,
  slug,
  tdoc,
  type SanityDoc,
  type SeedModule,
} from './helpers.ts'

const LAST_REVIEWED = '2026-11-25'

const jobSearch = (kind: 1 | 4 | 34, term: string | undefined, place = 'Annaberg-Buchholz', radius = 25) =>
  `https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=${kind}${term ? `&was=${encodeURIComponent(term)}` : ''}&wo=${encodeURIComponent(place)}&umkreis=${radius}`

const keyed = <T extends object>(items: T[], prefix: string) => items.map((item, i) => ({...item, _key: `${prefix}${i + 1}`}))
const step = (title: string, text: string, l?: [string, string]) => ({
  _type: 'guideStep',
  title,
  text,
  ...(l ? {link: link(l[0], l[1])} : {}),
})
const faq = (question: string, answer: string) => ({_type: 'faqItem', question, answer})
const contacts = (...slugs: string[]) => slugs.map((s) => ({...ref(contactId(s)), _key: s}))

export const editorial: SeedModule = (ctx) => {
  const docs: SanityDoc[] = []
  const add = (d: SanityDoc, body?: string) => {
    if (body !== undefined) d.body = rich(d._id, 'body', body)
    docs.push(d)
  }

  // ---------------------------------------------------------------------------------------------
  // Stories (fictitious examples)

  add(
    tdoc('story', 'zurueck-in-annaberg-buchholz', 'de', {
      title: 'Zurück in Annaberg-Buchholz – und angekommen',
      slug: slug('zurueck-in-annaberg-buchholz'),
      teaser:
        'Jana R. hat zehn Jahre in München als Konstrukteurin gearbeitet. Dann wollte sie wieder näher bei ihrer Familie leben. Heute arbeitet sie bei einem Zulieferer im Erzgebirge.',
      image: ctx.image('story-rueckkehr', 'de'),
      quote: 'Ich dachte, ich muss mich zwischen Beruf und Heimat entscheiden. Das musste ich am Ende nicht.',
      person: {_type: 'storyPerson', name: 'Jana R.', role: 'Konstrukteurin bei einem Automobilzulieferer', age: 34},
      kind: 'rueckkehrer',
      town: ref(townId('annaberg-buchholz')),
      branch: ref(branchId('verarbeitendes-gewerbe-it')),
      jobSearchTerm: 'Konstrukteur',
      publishedAt: berlin('2026-11-02', '09:00'),
      isExample: true,
      seo: seo('Beispielgeschichte: Eine Konstrukteurin kehrt nach zehn Jahren in München ins Erzgebirge zurück – und findet Arbeit in der Region.'),
    }),
    md`
      ## Weggehen war normal

      Nach dem Abitur ging Jana zum Studium nach Dresden, danach nach München. „Das war in meinem Jahrgang fast normal“, sagt sie. In München konstruierte sie Bauteile für Fahrzeuge. Die Arbeit mochte sie. Die Wege zur Arbeit, die Mieten und die Entfernung zur Familie weniger.

      ## Der Anstoß kam zwischen Weihnachten und Neujahr

      Über die Feiertage war Jana bei ihren Eltern im Erzgebirge. Ihre Mutter hatte in der Zeitung von der Karriere + Jobmesse Erzgebirge gelesen. „Ich bin eigentlich nur mitgegangen, um zu schauen“, erzählt Jana. An einem Stand kam sie mit einem Zulieferer aus der Region ins Gespräch. Drei Monate später hatte sie einen Arbeitsvertrag.

      ## Was anders ist

      Jana verdient weniger als in München. Das sagt sie offen. „Aber ich zahle auch viel weniger Miete, und ich bin in zehn Minuten bei der Arbeit.“ Im Betrieb ist vieles kleiner, die Wege sind kurz. „Ich rede direkt mit der Fertigung. Das hat mir in München gefehlt.“

      ## Janas Tipp

      Schauen Sie sich die Arbeitgeber in der Region genau an – es gibt mehr, als man denkt. Und reden Sie mit den Menschen an den Ständen: Viele sind selbst zurückgekommen.

      Jobs in der Region finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Konstrukteur')}) und im [Fachkräfteportal Erzgebirge](https://www.fachkraefte-erzgebirge.de). Was bei der Rückkehr zu beachten ist, zeigt unser Leitfaden [Rückkehr ins Erzgebirge](/willkommen/rueckkehr-ins-erzgebirge/).
    `,
  )

  add(
    tdoc('story', 'zurueck-in-annaberg-buchholz', 'en', {
      title: 'Back in Annaberg-Buchholz – and at home',
      slug: slug('back-in-annaberg-buchholz'),
      teaser:
        'Jana R. worked as a design engineer in Munich for ten years. Then she wanted to live closer to her family again. Today she works for a supplier in the Erzgebirge.',
      image: ctx.image('story-rueckkehr', 'en'),
      quote: 'I thought I had to choose between my job and my home. In the end, I didn’t.',
      person: {_type: 'storyPerson', name: 'Jana R.', role: 'Design engineer at an automotive supplier', age: 34},
      kind: 'rueckkehrer',
      town: ref(townId('annaberg-buchholz')),
      branch: ref(branchId('verarbeitendes-gewerbe-it')),
      jobSearchTerm: 'Konstrukteur',
      publishedAt: berlin('2026-11-02', '09:00'),
      isExample: true,
      seo: seo('Example story: after ten years in Munich, a design engineer moves back to the Erzgebirge and finds work in the region.'),
    }),
    md`
      ## Leaving was normal

      After school Jana went to Dresden to study, then to Munich. “Almost everyone in my year left,” she says. In Munich she designed vehicle parts. She liked the work – the commute, the rent and the distance from her family less so.

      ## It started between Christmas and New Year

      Jana spent the holidays with her parents in the Erzgebirge. Her mother had read about the Karriere + Jobmesse Erzgebirge, the region’s job fair. “I only went along to have a look,” Jana says. At one stand she got talking to a supplier from the region. Three months later she had a contract.

      ## What is different

      Jana earns less than in Munich, and she says so openly. “But my rent is much lower, and I get to work in ten minutes.” The company is smaller, decisions are quick. “I talk directly to the people in production. I missed that in Munich.”

      ## Jana’s tip

      Take a close look at the employers in the region – there are more than you think. And talk to the people at the stands: many of them came back themselves.

      Find jobs in the region in the [job search of the Federal Employment Agency (German)](${jobSearch(1, 'Konstrukteur')}). Our guide [Moving back to the Erzgebirge](/en/welcome/moving-back-to-the-erzgebirge/) explains what to think of.
    `,
  )

  add(
    tdoc('story', 'pflege-in-aue-bad-schlema', 'de', {
      title: 'Vom Mekong ins Erzgebirge: Pflege in Aue-Bad Schlema',
      slug: slug('pflege-in-aue-bad-schlema'),
      teaser:
        'Linh N. ist Pflegefachfrau und kommt aus Vietnam. Seit zwei Jahren arbeitet sie in einem Pflegeheim in Aue-Bad Schlema. Der Anfang war nicht leicht – heute fühlt sie sich zu Hause.',
      image: ctx.image('story-international', 'de'),
      quote: 'Am Anfang war der Dialekt schwerer als die Grammatik.',
      person: {_type: 'storyPerson', name: 'Linh N.', role: 'Pflegefachfrau in einem Pflegeheim', age: 27},
      kind: 'international',
      town: ref(townId('aue-bad-schlema')),
      branch: ref(branchId('gesundheit-soziales')),
      jobSearchTerm: 'Pflegefachkraft',
      publishedAt: berlin('2026-10-12', '09:00'),
      isExample: true,
      seo: seo('Beispielgeschichte: Eine Pflegefachfrau aus Vietnam erzählt, wie sie in Aue-Bad Schlema angekommen ist und was ihr geholfen hat.'),
    }),
    md`
      ## Der Weg nach Deutschland

      Linh hat in Vietnam eine Ausbildung als Pflegefachfrau gemacht. Schon dort lernte sie Deutsch. Damit sie in Deutschland als Pflegefachfrau arbeiten darf, musste ihr Abschluss anerkannt werden. „Das hat gedauert, und ich musste viele Papiere sammeln“, sagt sie. Ihr Arbeitgeber hat sie dabei unterstützt.

      ## Ankommen

      In den ersten Wochen halfen ihr die Kolleginnen bei Behördengängen und beim Einkaufen. „Ich wusste nicht, dass man sich in Deutschland für alles anmelden muss“, lacht Linh. Auf einer Welcome-Hutzn des Welcome Center Erzgebirge lernte sie andere Menschen kennen, die neu in der Region sind.

      ## Der Alltag

      Linh arbeitet im Schichtdienst. Die Bewohnerinnen und Bewohner mögen sie – und bringen ihr erzgebirgische Wörter bei. Im ersten Winter hat sie zum ersten Mal Schnee gesehen. „Jetzt gehe ich am Wochenende Ski fahren.“

      ## Linhs Tipp

      Lernen Sie so viel Deutsch wie möglich, schon vor der Reise. Und fragen Sie früh nach Hilfe: Das Welcome Center Erzgebirge berät kostenlos.

      Wie Aufenthalt, Visum und Anerkennung funktionieren, erklärt unser Leitfaden [Aufenthalt und Visum für Fachkräfte](/willkommen/aufenthalt-und-visum-fuer-fachkraefte/).
    `,
  )

  add(
    tdoc('story', 'pflege-in-aue-bad-schlema', 'en', {
      title: 'From the Mekong to the Erzgebirge: nursing in Aue-Bad Schlema',
      slug: slug('nursing-in-aue-bad-schlema'),
      teaser:
        'Linh N. is a nurse from Vietnam. For two years she has been working in a care home in Aue-Bad Schlema. The start was not easy – today she feels at home.',
      image: ctx.image('story-international', 'en'),
      quote: 'At first the local dialect was harder than the grammar.',
      person: {_type: 'storyPerson', name: 'Linh N.', role: 'Nurse in a care home', age: 27},
      kind: 'international',
      town: ref(townId('aue-bad-schlema')),
      branch: ref(branchId('gesundheit-soziales')),
      jobSearchTerm: 'Pflegefachkraft',
      publishedAt: berlin('2026-10-12', '09:00'),
      isExample: true,
      seo: seo('Example story: a nurse from Vietnam tells how she settled in Aue-Bad Schlema in the Erzgebirge and what helped her.'),
    }),
    md`
      ## The way to Germany

      Linh trained as a nurse in Vietnam and learned German there. To work as a nurse in Germany, her qualification had to be recognised. “It took time, and I had to collect a lot of documents,” she says. Her employer helped her.

      ## Settling in

      In the first weeks her colleagues helped her with appointments at the authorities and with shopping. “I didn’t know that in Germany you have to register for everything,” Linh laughs. At a Welcome-Hutzn evening of the Welcome Center Erzgebirge she met other people who are new to the region.

      ## Everyday life

      Linh works shifts. The residents like her – and teach her words in the local dialect. In her first winter she saw snow for the first time. “Now I go skiing at weekends.”

      ## Linh’s tip

      Learn as much German as you can before you travel. And ask for help early: the Welcome Center Erzgebirge gives free advice.

      Our guide [Residence and visa for skilled workers](/en/welcome/residence-and-visa-for-skilled-workers/) explains residence, visa and recognition step by step.
    `,
  )

  // ---------------------------------------------------------------------------------------------
  // Welcome guides

  const visaSourcesDe = [
    link('Make it in Germany – Portal der Bundesregierung für Fachkräfte aus dem Ausland', 'https://www.make-it-in-germany.com/de/'),
    link('Anerkennung in Deutschland – Informationsportal zur Anerkennung ausländischer Berufsqualifikationen', 'https://www.anerkennung-in-deutschland.de'),
    link('Bundesamt für Migration und Flüchtlinge (BAMF)', 'https://www.bamf.de'),
    link('Auswärtiges Amt – Visa und Einreise', 'https://www.auswaertiges-amt.de'),
    link('Aufenthaltsgesetz § 81a: Beschleunigtes Fachkräfteverfahren', 'https://www.gesetze-im-internet.de/aufenthg_2004/__81a.html'),
  ]
  const visaSourcesEn = [
    link('Make it in Germany – the German government’s portal for skilled workers from abroad', 'https://www.make-it-in-germany.com/en/'),
    link('Recognition in Germany – information on recognising foreign qualifications', 'https://www.anerkennung-in-deutschland.de'),
    link('Federal Office for Migration and Refugees (BAMF)', 'https://www.bamf.de'),
    link('Federal Foreign Office – visa and entry', 'https://www.auswaertiges-amt.de'),
    link('Residence Act, section 81a: fast-track procedure for skilled workers (German)', 'https://www.gesetze-im-internet.de/aufenthg_2004/__81a.html'),
  ]

  add(
    tdoc('welcomeGuide', 'aufenthalt-und-visum-fuer-fachkraefte', 'de', {
      title: 'Aufenthalt und Visum für Fachkräfte',
      slug: slug('aufenthalt-und-visum-fuer-fachkraefte'),
      summary:
        'Sie haben einen Berufs- oder Hochschulabschluss aus dem Ausland und möchten im Erzgebirge arbeiten? Dieser Leitfaden zeigt die Schritte in der richtigen Reihenfolge und wer Ihnen in der Region hilft. Er ersetzt keine Rechtsberatung.',
      image: ctx.image('guide-visum', 'de'),
      audience: ['international', 'unternehmen'],
      topic: 'aufenthalt-visum',
      steps: keyed(
        [
          step(
            'Abschluss anerkennen lassen',
            'Für viele Aufenthaltstitel muss Ihr ausländischer Abschluss in Deutschland anerkannt oder als vergleichbar bewertet sein. In reglementierten Berufen, zum Beispiel in der Pflege, ist die Anerkennung Pflicht. Welche Stelle für Ihren Beruf zuständig ist, zeigt der Anerkennungs-Finder. Beginnen Sie damit früh – das Verfahren braucht Zeit.',
            ['Anerkennungs-Finder auf anerkennung-in-deutschland.de', 'https://www.anerkennung-in-deutschland.de'],
          ),
          step(
            'Arbeitsplatz finden',
            'Mit einem konkreten Arbeitsangebot ist der Weg meist einfacher. Stellen im Erzgebirge finden Sie in der Jobsuche der Bundesagentur für Arbeit und im Fachkräfteportal Erzgebirge. Unter bestimmten Voraussetzungen können Sie mit der Chancenkarte auch zur Arbeitssuche einreisen.',
            ['Stellen rund um Annaberg-Buchholz in der Jobsuche der Bundesagentur für Arbeit', jobSearch(1, undefined)],
          ),
          step(
            'Den passenden Aufenthaltstitel wählen',
            'Es gibt verschiedene Wege, zum Beispiel die Blaue Karte EU für Menschen mit Hochschulabschluss oder Aufenthaltserlaubnisse für Fachkräfte mit Berufsausbildung. Für die Blaue Karte EU gilt eine Mindestgehaltsgrenze, die jedes Jahr neu festgelegt wird. Die aktuellen Werte und Voraussetzungen finden Sie nur auf den offiziellen Seiten.',
            ['Wege nach Deutschland auf make-it-in-germany.com', 'https://www.make-it-in-germany.com/de/'],
          ),
          step(
            'Beschleunigtes Fachkräfteverfahren prüfen',
            'Ihr künftiger Arbeitgeber kann mit Ihrer Vollmacht bei der zuständigen Ausländerbehörde das beschleunigte Fachkräfteverfahren beantragen. Das kostet eine Gebühr, kann die Verfahren aber deutlich beschleunigen. Das Welcome Center Erzgebirge berät Unternehmen dazu.',
          ),
          step(
            'Visum beantragen',
            'Das Visum beantragen Sie bei der deutschen Auslandsvertretung (Botschaft oder Generalkonsulat) in Ihrem Land. Rechnen Sie mit Wartezeiten für Termine. Für das Visum fallen Gebühren an; die aktuellen Beträge nennt die Auslandsvertretung.',
            ['Visa und Einreise beim Auswärtigen Amt', 'https://www.auswaertiges-amt.de'],
          ),
          step(
            'Nach dem Einzug: Wohnung anmelden',
            'Melden Sie Ihre Wohnung innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde Ihrer Stadt oder Gemeinde an. Danach bekommen Sie Ihre Steuer-Identifikationsnummer automatisch per Post. Die Meldebescheinigung brauchen Sie außerdem oft für ein Bankkonto.',
          ),
          step(
            'Aufenthaltstitel bei der Ausländerbehörde beantragen',
            'Wenn Sie mit einem Visum eingereist sind, beantragen Sie rechtzeitig vor dessen Ablauf den Aufenthaltstitel bei der Ausländerbehörde. Für Wohnorte im Erzgebirgskreis ist in der Regel die Ausländerbehörde des Landratsamts zuständig.',
            ['Landratsamt Erzgebirgskreis', 'https://www.erzgebirgskreis.de'],
          ),
        ],
        'step',
      ),
      faq: keyed(
        [
          faq(
            'Brauche ich Deutschkenntnisse?',
            'Das hängt vom Aufenthaltstitel und vom Beruf ab. Für manche Wege ist ein bestimmtes Sprachniveau vorgeschrieben, in reglementierten Berufen wie der Pflege meist auch für die Anerkennung. Unabhängig davon erleichtert Deutsch den Alltag und den Start im Betrieb sehr. Die Voraussetzungen im Einzelfall nennt make-it-in-germany.com.',
          ),
          faq(
            'Was kostet das alles?',
            'Für Anerkennung, Visum, beschleunigtes Fachkräfteverfahren und Aufenthaltstitel fallen Gebühren an. Die Beträge ändern sich und hängen vom Einzelfall ab. Deshalb nennen wir hier keine Zahlen: Die aktuellen Gebühren erfahren Sie bei der zuständigen Stelle (Anerkennungsstelle, Auslandsvertretung, Ausländerbehörde).',
          ),
          faq(
            'Wie lange dauert es?',
            'Das ist sehr unterschiedlich – je nach Herkunftsland, Beruf und Auslastung der Behörden. Das beschleunigte Fachkräfteverfahren kann die Zeit verkürzen. Planen Sie großzügig und beginnen Sie früh mit der Anerkennung.',
          ),
          faq(
            'Kann meine Familie mitkommen?',
            'Ehe- oder Lebenspartner und minderjährige Kinder können unter bestimmten Voraussetzungen nachziehen. Die Regeln hängen vom Aufenthaltstitel ab. Informationen geben make-it-in-germany.com und die deutsche Auslandsvertretung.',
          ),
          faq(
            'Wer hilft mir im Erzgebirge?',
            'Das Welcome Center Erzgebirge berät kostenlos – Sie und Ihren künftigen Arbeitgeber. Zu Stellen und Beratung hilft die Agentur für Arbeit, zur Anerkennung in IHK-Berufen die IHK.',
          ),
        ],
        'faq',
      ),
      contacts: contacts('welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'ihk-regionalkammer-erzgebirge'),
      sources: keyed(visaSourcesDe, 'src'),
      lastReviewed: LAST_REVIEWED,
      seo: seo('Aufenthalt, Visum und Anerkennung für Fachkräfte aus dem Ausland: die Schritte in der richtigen Reihenfolge und wer im Erzgebirge hilft.'),
    }),
    md`
      ## Gut zu wissen

      Die Regeln für Einwanderung ändern sich regelmäßig. Gehaltsgrenzen, Gebühren und Bearbeitungszeiten nennen wir deshalb bewusst nicht. Prüfen Sie die aktuellen Angaben immer auf den offiziellen Seiten, die unten verlinkt sind.

      Dieser Leitfaden ersetzt keine Rechtsberatung. Bei Fragen zu Ihrem Fall hilft das Welcome Center Erzgebirge.
    `,
  )

  add(
    tdoc('welcomeGuide', 'aufenthalt-und-visum-fuer-fachkraefte', 'en', {
      title: 'Residence and visa for skilled workers',
      slug: slug('residence-and-visa-for-skilled-workers'),
      summary:
        'You have a vocational or university qualification from abroad and want to work in the Erzgebirge? This guide shows the steps in the right order and who helps you in the region. It is not legal advice.',
      image: ctx.image('guide-visum', 'en'),
      audience: ['international', 'unternehmen'],
      topic: 'aufenthalt-visum',
      steps: keyed(
        [
          step(
            'Get your qualification recognised',
            'For many residence permits your foreign qualification must be recognised or rated as comparable in Germany. In regulated professions, such as nursing, recognition is required. The “Recognition Finder” shows which office is responsible for your profession. Start early – the procedure takes time.',
            ['Recognition Finder on anerkennung-in-deutschland.de', 'https://www.anerkennung-in-deutschland.de'],
          ),
          step(
            'Find a job',
            'With a concrete job offer the way is usually easier. Find jobs in the Erzgebirge in the job search of the Federal Employment Agency and on the Fachkräfteportal Erzgebirge. Under certain conditions the Opportunity Card (Chancenkarte) lets you come to Germany to look for work.',
            ['Jobs around Annaberg-Buchholz in the Federal Employment Agency’s job search (German)', jobSearch(1, undefined)],
          ),
          step(
            'Choose the right residence permit',
            'There are several ways, for example the EU Blue Card for university graduates or residence permits for skilled workers with vocational training. The EU Blue Card has a minimum salary that is set anew every year. Check the current figures and conditions on the official websites only.',
            ['Ways to Germany on make-it-in-germany.com', 'https://www.make-it-in-germany.com/en/'],
          ),
          step(
            'Consider the fast-track procedure',
            'With your power of attorney, your future employer can apply for the fast-track procedure for skilled workers at the responsible foreigners’ authority. There is a fee, but it can speed things up considerably. The Welcome Center Erzgebirge advises employers on this.',
          ),
          step(
            'Apply for your visa',
            'Apply for the visa at the German embassy or consulate in your country. Expect waiting times for appointments. Visa fees apply; the embassy or consulate tells you the current amounts.',
            ['Visa and entry – Federal Foreign Office', 'https://www.auswaertiges-amt.de'],
          ),
          step(
            'After moving in: register your address',
            'Register your flat with the registration office of your town within two weeks of moving in. After that, your tax identification number is sent to you automatically by post. Banks often ask for the registration certificate too.',
          ),
          step(
            'Apply for your residence permit',
            'If you entered with a visa, apply for your residence permit at the foreigners’ authority in good time before the visa expires. For places in the Erzgebirgskreis district this is usually the foreigners’ authority of the district office (Landratsamt).',
            ['Landratsamt Erzgebirgskreis (German)', 'https://www.erzgebirgskreis.de'],
          ),
        ],
        'step',
      ),
      faq: keyed(
        [
          faq(
            'Do I need to speak German?',
            'That depends on the residence permit and the job. Some routes require a certain language level; in regulated professions such as nursing it is usually also needed for recognition. In any case, German makes everyday life and your start at work much easier. make-it-in-germany.com explains the requirements.',
          ),
          faq(
            'What does it cost?',
            'There are fees for recognition, the visa, the fast-track procedure and the residence permit. The amounts change and depend on your case. That is why we do not give figures here: ask the responsible office (recognition authority, embassy or consulate, foreigners’ authority) for the current fees.',
          ),
          faq(
            'How long does it take?',
            'It varies a lot – depending on your country, your profession and how busy the authorities are. The fast-track procedure can shorten the time. Plan generously and start early with recognition.',
          ),
          faq(
            'Can my family come with me?',
            'Spouses or partners and children under 18 can join you under certain conditions. The rules depend on your residence permit. make-it-in-germany.com and the German embassy or consulate have the details.',
          ),
          faq(
            'Who helps me in the Erzgebirge?',
            'The Welcome Center Erzgebirge gives free advice – to you and to your future employer. The Federal Employment Agency helps with jobs, the Chamber of Industry and Commerce (IHK) with recognition in IHK occupations.',
          ),
        ],
        'faq',
      ),
      contacts: contacts('welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'ihk-regionalkammer-erzgebirge'),
      sources: keyed(visaSourcesEn, 'src'),
      lastReviewed: LAST_REVIEWED,
      seo: seo('Residence, visa and recognition for skilled workers from abroad: the steps in the right order and who helps in the Erzgebirge.'),
    }),
    md`
      ## Good to know

      Immigration rules change regularly. That is why we do not give salary thresholds, fees or processing times here. Always check the current details on the official websites linked below.

      This guide is not legal advice. If you have questions about your case, contact the Welcome Center Erzgebirge.
    `,
  )

  add(
    tdoc('welcomeGuide', 'rueckkehr-ins-erzgebirge', 'de', {
      title: 'Rückkehr ins Erzgebirge',
      slug: slug('rueckkehr-ins-erzgebirge'),
      summary:
        'Sie sind im Erzgebirge aufgewachsen und möchten zurückkommen? Dieser Leitfaden zeigt Schritt für Schritt, wie Sie Arbeit finden, welche Fristen gelten und wer Ihnen in der Region hilft.',
      image: ctx.image('guide-rueckkehr', 'de'),
      audience: ['rueckkehrer', 'neu-erzgebirger'],
      topic: 'rueckkehr-pendeln',
      steps: keyed(
        [
          step(
            'Stellen in der Region ansehen',
            'Einen Überblick über Arbeitgeber und Stellen im Erzgebirge gibt das Fachkräfteportal Erzgebirge. In der Jobsuche der Bundesagentur für Arbeit können Sie gezielt nach Ihrem Beruf und einem Umkreis um Ihren Wunschort suchen.',
            ['Fachkräfteportal Erzgebirge', 'https://www.fachkraefte-erzgebirge.de'],
          ),
          step(
            'Die Karriere + Jobmesse Erzgebirge besuchen',
            'Jedes Jahr zwischen Weihnachten und Neujahr stellen sich regionale Arbeitgeber auf der Karriere + Jobmesse Erzgebirge vor – genau dann, wenn viele Rückkehrwillige ohnehin bei der Familie sind.',
            ['Karriere + Jobmesse auf fachkraefte-erzgebirge.de', 'https://www.fachkraefte-erzgebirge.de/messe'],
          ),
          step(
            'Beratung beim Welcome Center Erzgebirge',
            'Das Welcome Center Erzgebirge berät Rückkehrerinnen und Rückkehrer persönlich und kostenlos – zu Arbeit, Wohnen und Ankommen. Auch Ihre Partnerin oder Ihr Partner kann sich beraten lassen.',
          ),
          step(
            'Rechtzeitig arbeitsuchend melden, falls nötig',
            'Wenn Ihr jetziges Arbeitsverhältnis endet und Sie noch keine neue Stelle haben, melden Sie sich spätestens drei Monate vor dem Ende arbeitsuchend bei der Agentur für Arbeit. Erfahren Sie später vom Ende, melden Sie sich innerhalb von drei Tagen. Das gilt auch, wenn Sie selbst kündigen.',
            ['Arbeitsuchend melden bei der Bundesagentur für Arbeit', 'https://www.arbeitsagentur.de'],
          ),
          step(
            'Kinderbetreuung und Schule klären',
            'Fragen Sie früh bei der Stadt- oder Gemeindeverwaltung Ihres künftigen Wohnorts nach Plätzen in Krippe, Kindergarten und Hort und nach den zuständigen Schulen.',
          ),
          step(
            'Umziehen und ummelden',
            'Melden Sie Ihre neue Wohnung innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde an.',
          ),
        ],
        'step',
      ),
      faq: keyed(
        [
          faq(
            'Verdiene ich im Erzgebirge weniger?',
            'Oft ja. Das Handlungskonzept der Fachkräfteallianz sagt offen: Beim Bruttoarbeitsentgelt liegt die Region bundesweit am unteren Ende. Vergleichen Sie deshalb nicht nur das Gehalt, sondern auch Miete, Fahrtwege und Kinderbetreuung. Wie viel in Ihrem Beruf üblich ist, zeigt der Entgeltatlas der Bundesagentur für Arbeit.',
          ),
          faq(
            'Wann ist die nächste Karriere + Jobmesse?',
            'Die Messe findet jedes Jahr zwischen Weihnachten und Neujahr statt. Den genauen Termin finden Sie rechtzeitig in unserem Veranstaltungskalender und auf fachkraefte-erzgebirge.de/messe.',
          ),
          faq(
            'Ich pendle schon. Lohnt sich ein Wechsel?',
            'Das können nur Sie entscheiden. Rechnen Sie Fahrtzeit und Fahrtkosten ehrlich gegen ein mögliches geringeres Gehalt. Viele Pendlerinnen und Pendler gewinnen vor allem Zeit für Familie und Freunde.',
          ),
        ],
        'faq',
      ),
      contacts: contacts('welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'),
      sources: keyed(
        [
          link('Sozialgesetzbuch III § 38: Pflicht zur frühzeitigen Arbeitsuchendmeldung', 'https://www.gesetze-im-internet.de/sgb_3/__38.html'),
          link('Bundesmeldegesetz § 17: Anmeldung innerhalb von zwei Wochen', 'https://www.gesetze-im-internet.de/bmg/__17.html'),
          link('Bundesagentur für Arbeit', 'https://www.arbeitsagentur.de'),
          link('Fachkräfteportal Erzgebirge', 'https://www.fachkraefte-erzgebirge.de'),
        ],
        'src',
      ),
      lastReviewed: LAST_REVIEWED,
      seo: seo('Zurück ins Erzgebirge: Jobs finden, Fristen kennen, Beratung nutzen – der Leitfaden für Rückkehrerinnen und Rückkehrer.'),
    }),
    md`
      ## Sie sind nicht allein

      Viele Menschen kommen ins Erzgebirge zurück – nach dem Studium, nach Jahren in einer Großstadt oder wenn die Familie wächst. Wie das aussehen kann, zeigen unsere [hERZland-Geschichten](/geschichten/).
    `,
  )

  add(
    tdoc('welcomeGuide', 'rueckkehr-ins-erzgebirge', 'en', {
      title: 'Moving back to the Erzgebirge',
      slug: slug('moving-back-to-the-erzgebirge'),
      summary:
        'You grew up in the Erzgebirge and want to come back? This guide shows step by step how to find work, which deadlines apply and who helps you in the region.',
      image: ctx.image('guide-rueckkehr', 'en'),
      audience: ['rueckkehrer', 'neu-erzgebirger'],
      topic: 'rueckkehr-pendeln',
      steps: keyed(
        [
          step(
            'Look at jobs in the region',
            'The Fachkräfteportal Erzgebirge gives an overview of employers and jobs in the region. In the job search of the Federal Employment Agency you can search for your occupation within a radius of the place you want to live.',
            ['Fachkräfteportal Erzgebirge (German)', 'https://www.fachkraefte-erzgebirge.de'],
          ),
          step(
            'Visit the Karriere + Jobmesse Erzgebirge',
            'Every year between Christmas and New Year, regional employers present themselves at the Karriere + Jobmesse Erzgebirge – just when many people who would like to come back are visiting their families anyway.',
            ['Karriere + Jobmesse on fachkraefte-erzgebirge.de (German)', 'https://www.fachkraefte-erzgebirge.de/messe'],
          ),
          step(
            'Get advice from the Welcome Center Erzgebirge',
            'The Welcome Center Erzgebirge gives personal, free advice to people moving back – on work, housing and settling in. Your partner can get advice too.',
          ),
          step(
            'Register as a jobseeker in time, if needed',
            'If your current job ends and you do not have a new one yet, register as a jobseeker with the Federal Employment Agency at least three months before it ends. If you learn about the end later, register within three days. This also applies if you resign yourself.',
            ['Federal Employment Agency', 'https://www.arbeitsagentur.de'],
          ),
          step(
            'Sort out childcare and school',
            'Ask the town or municipal administration of your future home early about places in nurseries, kindergartens and after-school care, and about schools.',
          ),
          step(
            'Move and register your address',
            'Register your new address with the registration office within two weeks of moving in.',
          ),
        ],
        'step',
      ),
      faq: keyed(
        [
          faq(
            'Will I earn less in the Erzgebirge?',
            'Often, yes. The alliance’s strategy paper says openly that gross wages in the region are among the lowest in Germany. So compare not only salaries but also rent, commuting and childcare. The Federal Employment Agency’s “Entgeltatlas” shows typical pay in your occupation.',
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
        'faq',
      ),
      contacts: contacts('welcome-center-erzgebirge', 'agentur-fuer-arbeit-annaberg-buchholz', 'jobcenter-erzgebirgskreis'),
      sources: keyed(
        [
          link('Social Code III, section 38: registering early as a jobseeker (German)', 'https://www.gesetze-im-internet.de/sgb_3/__38.html'),
          link('Federal Registration Act, section 17: registering within two weeks (German)', 'https://www.gesetze-im-internet.de/bmg/__17.html'),
          link('Federal Employment Agency', 'https://www.arbeitsagentur.de'),
          link('Fachkräfteportal Erzgebirge (German)', 'https://www.fachkraefte-erzgebirge.de'),
        ],
        'src',
      ),
      lastReviewed: LAST_REVIEWED,
      seo: seo('Moving back to the Erzgebirge: finding a job, knowing the deadlines and getting advice – a guide for people coming home.'),
    }),
    md`
      ## You are not alone

      Many people come back to the Erzgebirge – after their studies, after years in a big city or when their family grows. Our [hERZland stories](/en/stories/) show what that can look like.
    `,
  )

  // ---------------------------------------------------------------------------------------------
  // Blog posts (author: the editorial team)

  add(
    tdoc('post', 'was-ist-eine-ausbildung', 'de', {
      title: 'Was ist eine Ausbildung?',
      slug: slug('was-ist-eine-ausbildung'),
      excerpt:
        'Lernen im Betrieb und in der Berufsschule – und dabei Geld verdienen: So funktioniert eine duale Ausbildung. Und so findest du einen Ausbildungsplatz im Erzgebirge.',
      image: ctx.image('post-ausbildung', 'de'),
      category: 'ausbildung',
      audience: ['schueler', 'eltern'],
      author: ref(authorId),
      publishedAt: berlin('2026-09-14', '08:00'),
      seo: seo('Was ist eine duale Ausbildung, wie lange dauert sie, was verdienst du? Einfach erklärt – mit Tipps für Ausbildungsplätze im Erzgebirge.'),
    }),
    md`
      In einer Ausbildung lernst du einen Beruf. In Deutschland gibt es über 300 anerkannte Ausbildungsberufe – von Anlagenmechanikerin bis Zerspanungsmechaniker.

      ## Zwei Lernorte: Betrieb und Berufsschule

      Die meisten Ausbildungen sind **dual**. Das heißt: Du arbeitest in einem Betrieb und gehst zusätzlich in die Berufsschule. Im Betrieb lernst du die Praxis, in der Berufsschule die Theorie. Manche Berufe, zum Beispiel im Sozialwesen, lernst du dagegen an einer Berufsfachschule.

      ## Wie lange dauert eine Ausbildung?

      Meist zwei bis dreieinhalb Jahre. Mit guten Noten oder Abitur kannst du die Ausbildung manchmal verkürzen. Am Ende legst du eine Prüfung ab – in vielen Berufen vor der Industrie- und Handelskammer (IHK) oder der Handwerkskammer.

      ## Verdiene ich dabei Geld?

      Ja. In einer dualen Ausbildung bekommst du jeden Monat eine Ausbildungsvergütung. Es gibt eine gesetzliche Mindestvergütung; die genaue Höhe hängt vom Beruf, vom Ausbildungsjahr und vom Betrieb ab. Aktuelle Zahlen findest du beim Bundesinstitut für Berufsbildung (BIBB).

      ## So findest du einen Ausbildungsplatz im Erzgebirge

      - Auf [makerz.me](https://www.makerz.me) findest du Ausbildungsplätze, duale Studiengänge, Praktika und Ferienjobs im Erzgebirgskreis.
      - In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, undefined)}) suchst du nach Ausbildungsstellen in deiner Nähe.
      - Auf den [Ausbildungsmessen Erzgebirge](/berufsorientierung/ausbildungsmessen/) in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg sprichst du direkt mit Betrieben.
      - Die Berufsberatung der Agentur für Arbeit hilft dir, wenn du noch nicht weißt, welcher Beruf zu dir passt.

      ## Unser Tipp

      Mach vorher ein [Praktikum](/berufsorientierung/praktikum-finden/). So merkst du schnell, ob der Beruf zu dir passt – und der Betrieb lernt dich kennen.
    `,
  )

  add(
    tdoc('post', 'was-ist-eine-ausbildung', 'en', {
      title: 'What is an apprenticeship in Germany?',
      slug: slug('what-is-an-apprenticeship'),
      excerpt:
        'Learning at a company and at vocational school – and earning money at the same time: this is how a dual apprenticeship works. And this is how you find one in the Erzgebirge.',
      image: ctx.image('post-ausbildung', 'en'),
      category: 'ausbildung',
      audience: ['schueler', 'eltern'],
      author: ref(authorId),
      publishedAt: berlin('2026-09-14', '08:00'),
      seo: seo('What is a dual apprenticeship, how long does it take, do you get paid? Explained simply – with tips for finding one in the Erzgebirge.'),
    }),
    md`
      In an apprenticeship (German: Ausbildung) you learn an occupation. Germany has over 300 recognised training occupations – from plant mechanic to machining technician.

      ## Two places of learning: company and vocational school

      Most apprenticeships are **dual**: you work at a company and also attend vocational school. At the company you learn the practice, at school the theory. Some occupations, for example in social care, are taught at full-time vocational schools instead.

      ## How long does it take?

      Usually two to three and a half years. With good grades or the Abitur you can sometimes shorten it. At the end you take an exam – in many occupations before the Chamber of Industry and Commerce (IHK) or the Chamber of Skilled Crafts.

      ## Do I get paid?

      Yes. In a dual apprenticeship you get a training allowance every month. There is a legal minimum; the exact amount depends on the occupation, the year of training and the company. The Federal Institute for Vocational Education and Training (BIBB) publishes current figures.

      ## How to find an apprenticeship in the Erzgebirge

      - [makerz.me](https://www.makerz.me) (German) lists apprenticeships, dual study places, internships and holiday jobs in the district.
      - The [job search of the Federal Employment Agency](${jobSearch(4, undefined)}) (German) finds apprenticeships near you.
      - At the Erzgebirge apprenticeship fairs in Annaberg-Buchholz, Aue-Bad Schlema, Stollberg and Marienberg you can talk to companies directly.

      ## Our tip

      Do an [internship](/en/career-orientation/finding-an-internship/) first. You will quickly see whether the job suits you – and the company gets to know you.
    `,
  )

  add(
    tdoc('post', 'duales-studium-in-sachsen', 'de', {
      title: 'Duales Studium an der Dualen Hochschule Sachsen (früher Berufsakademie Sachsen)',
      slug: slug('duales-studium-in-sachsen'),
      excerpt:
        'Studieren, im Betrieb arbeiten und jeden Monat Geld verdienen: Das duale Studium verbindet Theorie und Praxis. Ein Standort liegt mitten im Erzgebirge – in Breitenbrunn.',
      image: ctx.image('post-duales-studium', 'de'),
      category: 'duales-studium',
      audience: ['schueler', 'eltern', 'lehrkraefte'],
      author: ref(authorId),
      publishedAt: berlin('2026-10-05', '08:00'),
      seo: seo('Duales Studium in Sachsen: wie es funktioniert, wie du dich bewirbst und warum der Standort Breitenbrunn im Erzgebirge liegt.'),
    }),
    md`
      Bei einem dualen Studium wechseln sich Theorie und Praxis ab: Ein paar Wochen lernst du an der Hochschule, dann arbeitest du im Unternehmen. Das Unternehmen heißt **Praxispartner**. Es stellt dich an und zahlt dir jeden Monat eine Vergütung.

      ## Aus der Berufsakademie wird die Duale Hochschule Sachsen

      In Sachsen bietet vor allem die frühere Berufsakademie Sachsen duale Studiengänge an. Sie ist seit 2025 eine Hochschule: die **Duale Hochschule Sachsen**. Es gibt sieben Standorte: Bautzen, Breitenbrunn, Dresden, Glauchau, Leipzig, Plauen und Riesa. **Breitenbrunn liegt im Erzgebirgskreis.**

      Angeboten werden mehr als 40 Studiengänge in Wirtschaft, Technik sowie im Sozial- und Gesundheitswesen. Nach drei Jahren hast du in der Regel einen Bachelorabschluss. Das aktuelle Angebot steht auf der Website der Hochschule.

      ## So bewirbst du dich

      1. Such dir einen Studiengang aus, der zu dir passt.
      2. Bewirb dich bei einem Unternehmen, das Praxispartner für diesen Studiengang ist – nicht bei der Hochschule selbst.
      3. Hast du einen Vertrag mit dem Praxispartner, meldet er dich für das Studium an.

      Bewirb dich früh: Viele Unternehmen besetzen ihre Plätze schon ein Jahr vor Studienbeginn.

      ## Duale Studienplätze im Erzgebirge finden

      - Auf [makerz.me](https://www.makerz.me) findest du duale Studienangebote von Unternehmen im Erzgebirgskreis.
      - Die [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'duales Studium')}) zeigt Ausbildungs- und duale Studienplätze in deiner Nähe.
      - Auf der Studienmesse MAKERZSTUDI triffst du Unternehmen und Hochschulen. Sie gehört zum Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) für Gymnasiastinnen und Gymnasiasten.

      ## Passt das zu mir?

      Ein duales Studium ist anspruchsvoll: Du hast kaum Semesterferien und musst in Hochschule und Betrieb gleichzeitig dranbleiben. Dafür verdienst du vom ersten Monat an Geld und sammelst Berufserfahrung.
    `,
  )

  add(
    tdoc('post', 'duales-studium-in-sachsen', 'en', {
      title: 'Dual study at the Duale Hochschule Sachsen (formerly Berufsakademie Sachsen)',
      slug: slug('dual-study-in-saxony'),
      excerpt:
        'Study, work at a company and get paid every month: dual study combines theory and practice. One of the campuses is right in the Erzgebirge – in Breitenbrunn.',
      image: ctx.image('post-duales-studium', 'en'),
      category: 'duales-studium',
      audience: ['schueler', 'eltern', 'lehrkraefte'],
      author: ref(authorId),
      publishedAt: berlin('2026-10-05', '08:00'),
      seo: seo('Dual study in Saxony: how it works, how to apply and why one of the campuses is in Breitenbrunn in the Erzgebirge.'),
    }),
    md`
      In a dual study programme, theory and practice alternate: you spend a few weeks at university, then you work at a company. The company is called your **practice partner**. It employs you and pays you every month.

      ## From Berufsakademie to Duale Hochschule Sachsen

      In Saxony, dual study programmes are offered mainly by the former Berufsakademie Sachsen, which has been a university since 2025: the **Duale Hochschule Sachsen**. It has seven campuses: Bautzen, Breitenbrunn, Dresden, Glauchau, Leipzig, Plauen and Riesa. **Breitenbrunn is in the Erzgebirgskreis district.**

      There are more than 40 programmes in business, engineering, and social and health care. After three years you usually have a bachelor’s degree. The university’s website lists the current programmes.

      ## How to apply

      1. Choose a programme that suits you.
      2. Apply to a company that is a practice partner for this programme – not to the university itself.
      3. Once you have a contract with the practice partner, the company registers you for the programme.

      Apply early: many companies fill their places a year before the programme starts.

      ## Finding dual study places in the Erzgebirge

      - [makerz.me](https://www.makerz.me) (German) lists dual study offers from companies in the district.
      - At the MAKERZSTUDI study fair you can meet companies and universities. It is part of the [Karriere Dual](/en/alliance/projects/karriere-dual/) project for grammar school students.

      ## Is it right for me?

      Dual study is demanding: there are hardly any semester breaks, and you have to keep up at university and at work. In return you earn money from the first month and gain work experience.
    `,
  )

  // ---------------------------------------------------------------------------------------------
  // Orientation pages

  add(
    tdoc('orientationPage', 'ausbildungsmessen', 'de', {
      title: 'Ausbildungsmessen im Erzgebirge',
      slug: slug('ausbildungsmessen'),
      summary:
        'Auf den Ausbildungsmessen Erzgebirge, der Studienmesse MAKERZSTUDI und in der Woche der offenen Unternehmen lernst du Betriebe aus der Region direkt kennen. So bereitest du dich vor.',
      audience: ['schueler', 'eltern', 'lehrkraefte'],
      topic: 'ausbildungsmessen',
      links: keyed(
        [
          link('Termine der Messen im Veranstaltungskalender', '/veranstaltungen/'),
          link('MAKERZ – Ausbildung, Studium, Praktika und Ferienjobs im Erzgebirgskreis', 'https://www.makerz.me'),
        ],
        'link',
      ),
      seo: seo('Ausbildungsmessen im Erzgebirge: wo sie stattfinden, was dich erwartet und wie du dich gut vorbereitest.'),
    }),
    md`
      ## Welche Messen gibt es?

      - **Ausbildungsmessen Erzgebirge** an vier Standorten im Landkreis: Annaberg-Buchholz, Aue-Bad Schlema, Stollberg und Marienberg. Hier stellen Betriebe Ausbildungsberufe und duale Studiengänge vor.
      - **MAKERZSTUDI** – die jährliche Studienmesse für Gymnasiastinnen und Gymnasiasten aus dem Projekt Karriere Dual.
      - **Woche der offenen Unternehmen** – Betriebe in deiner Nähe öffnen ihre Türen.

      Die aktuellen Termine findest du im [Veranstaltungskalender](/veranstaltungen/).

      ## So bereitest du dich vor

      1. Schau dir vorher an, welche Betriebe da sind, und such dir drei bis fünf aus.
      2. Überleg dir Fragen, zum Beispiel: Wie sieht ein normaler Arbeitstag aus? Was verdiene ich in der Ausbildung? Kann ich ein Praktikum machen?
      3. Nimm etwas zum Schreiben mit und notiere dir Namen von Ansprechpersonen.
      4. Trau dich: Die Menschen an den Ständen freuen sich über Fragen.

      ## Für Eltern und Lehrkräfte

      Begleiten Sie die Jugendlichen gern – lassen Sie sie aber selbst fragen. Viele Betriebe bieten nach der Messe Praktika oder einen Schnuppertag an.
    `,
  )

  add(
    tdoc('orientationPage', 'praktikum-finden', 'de', {
      title: 'Praktikum finden',
      slug: slug('praktikum-finden'),
      summary:
        'Ein Praktikum zeigt dir, ob ein Beruf zu dir passt. Hier erfährst du, wo du Praktikumsplätze im Erzgebirge findest und worauf du achten solltest.',
      audience: ['schueler', 'eltern', 'lehrkraefte'],
      topic: 'praktikum',
      links: keyed(
        [
          link('Praktikumsplätze rund um Annaberg-Buchholz bei der Bundesagentur für Arbeit', jobSearch(34, undefined)),
          link('MAKERZ – Praktika und Ferienjobs im Erzgebirgskreis', 'https://www.makerz.me'),
        ],
        'link',
      ),
      seo: seo('Praktikum im Erzgebirge finden: wo du suchst, wie du dich bewirbst und welche Regeln für Schülerinnen und Schüler gelten.'),
    }),
    md`
      ## Warum ein Praktikum?

      In ein paar Tagen oder Wochen im Betrieb merkst du, ob dir ein Beruf Spaß macht. Und der Betrieb lernt dich kennen – oft wird aus einem guten Praktikum ein Ausbildungsplatz.

      ## Wo finde ich Praktikumsplätze?

      - Auf [makerz.me](https://www.makerz.me) findest du Praktika und Ferienjobs im Erzgebirgskreis.
      - In der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(34, undefined)}) kannst du nach Praktika in deiner Nähe suchen.
      - Frag direkt bei Betrieben nach, die du auf einer [Ausbildungsmesse](/berufsorientierung/ausbildungsmessen/) kennengelernt hast.

      ## Für Gymnasiastinnen und Gymnasiasten

      Das Projekt [Karriere Dual](/allianz/projekte/karriere-dual/) der Fachkräfteallianz hilft bei der Praktikumssuche. Laut Handlungskonzept der Allianz (2024) übernimmt es auch die Versicherungskosten.

      ## Gut zu wissen

      - Schulpraktika organisiert deine Schule. Freiwillige Praktika kannst du zum Beispiel in den Ferien machen.
      - Wenn du unter 18 bist, gelten besondere Regeln zum Schutz junger Beschäftigter (Jugendarbeitsschutzgesetz), zum Beispiel zu Arbeitszeiten.
      - Eine kurze Bewerbung reicht oft: ein paar Sätze, warum dich der Beruf interessiert, und dein letztes Zeugnis.
    `,
  )

  add(
    tdoc('orientationPage', 'praktikum-finden', 'en', {
      title: 'Finding an internship',
      slug: slug('finding-an-internship'),
      summary:
        'An internship shows you whether a job suits you. Here you can find out where to look for internships in the Erzgebirge and what to keep in mind.',
      audience: ['schueler', 'eltern', 'lehrkraefte'],
      topic: 'praktikum',
      links: keyed(
        [
          link('Internships around Annaberg-Buchholz at the Federal Employment Agency (German)', jobSearch(34, undefined)),
          link('MAKERZ – internships and holiday jobs in the district (German)', 'https://www.makerz.me'),
        ],
        'link',
      ),
      seo: seo('Finding an internship in the Erzgebirge: where to look, how to apply and which rules apply to school students.'),
    }),
    md`
      ## Why do an internship?

      A few days or weeks at a company show you whether you enjoy a job. And the company gets to know you – a good internship often leads to an apprenticeship.

      ## Where can I find internships?

      - [makerz.me](https://www.makerz.me) (German) lists internships and holiday jobs in the district.
      - The [job search of the Federal Employment Agency](${jobSearch(34, undefined)}) (German) finds internships near you.
      - Ask companies you met at an apprenticeship fair directly.

      ## Good to know

      - Your school organises school internships. You can do voluntary internships in the holidays, for example.
      - If you are under 18, special rules protect young workers (Youth Employment Protection Act), for example on working hours.
      - A short application is often enough: a few sentences on why the job interests you, and your latest school report.
    `,
  )

  return docs
}
