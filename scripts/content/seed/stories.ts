/**
 * hERZland stories. All people here are fictitious examples (`isExample: true`): plausible,
 * respectful, no real private persons, no real employers (only generic descriptions such as
 * "ein Metallbaubetrieb in Marienberg"), no salaries or statistics. Facts about the region and the
 * alliance's formats come from the Handlungskonzept (06.06.2024). Three stories also in English.
 */
import {branchId, townId} from './region.ts'
import {berlin, md, ref, rich, seo, slug, tdoc, type Lang, type SanityDoc, type SeedContext, type SeedModule} from './helpers.ts'
import {jobSearch, MAKERZ, PORTAL} from './kit.ts'

interface StoryVersion {
  title: string
  slug: string
  teaser: string
  quote: string
  role: string
  employer: string
  seo: string
  /** only where the title is longer than 60 characters */
  seoTitle?: string
  body: string
}

interface StoryDef {
  group: string
  image: string
  name: string
  age: number
  kind: 'rueckkehrer' | 'zugezogen' | 'international' | 'pendler' | 'azubi-studium' | 'arbeitgeber'
  town: string
  branch: string
  jobSearchTerm: string
  published: string
  de: StoryVersion
  en?: StoryVersion
}

const stories: StoryDef[] = [
  {
    group: 'zurueck-in-annaberg-buchholz',
    image: 'story-rueckkehr',
    name: 'Jana R.',
    age: 34,
    kind: 'rueckkehrer',
    town: 'annaberg-buchholz',
    branch: 'verarbeitendes-gewerbe-it',
    jobSearchTerm: 'Konstrukteur',
    published: '2026-11-02',
    de: {
      title: 'Zurück in Annaberg-Buchholz – und angekommen',
      slug: 'zurueck-in-annaberg-buchholz',
      teaser:
        'Jana R. hat zehn Jahre in München als Konstrukteurin gearbeitet. Dann wollte sie wieder näher bei ihrer Familie leben. Heute arbeitet sie bei einem Zulieferer im Erzgebirge.',
      quote: 'Ich dachte, ich muss mich zwischen Beruf und Heimat entscheiden. Das musste ich am Ende nicht.',
      role: 'Konstrukteurin bei einem Automobilzulieferer',
      employer: 'ein Automobilzulieferer im Erzgebirge',
      seo: 'Beispielgeschichte: Eine Konstrukteurin kehrt nach zehn Jahren in München ins Erzgebirge zurück – und findet Arbeit in der Region.',
      body: md`
        ## Weggehen war normal

        Nach dem Abitur ging Jana zum Studium nach Dresden, danach nach München. „Das war in meinem Jahrgang fast normal“, sagt sie. In München konstruierte sie Bauteile für Fahrzeuge. Die Arbeit mochte sie. Die Wege zur Arbeit, die Mieten und die Entfernung zur Familie weniger.

        ## Der Anstoß kam zwischen Weihnachten und Neujahr

        Über die Feiertage war Jana bei ihren Eltern im Erzgebirge. Ihre Mutter hatte in der Zeitung von der Karriere + Jobmesse Erzgebirge gelesen. „Ich bin eigentlich nur mitgegangen, um zu schauen“, erzählt Jana. An einem Stand kam sie mit einem Zulieferer aus der Region ins Gespräch. Drei Monate später hatte sie einen Arbeitsvertrag.

        ## Was anders ist

        Jana verdient weniger als in München. Das sagt sie offen. „Aber ich zahle auch viel weniger Miete, und ich bin in zehn Minuten bei der Arbeit.“ Im Betrieb ist vieles kleiner, die Wege sind kurz. „Ich rede direkt mit der Fertigung. Das hat mir in München gefehlt.“

        ## Janas Tipp

        Schauen Sie sich die Arbeitgeber in der Region genau an – es gibt mehr, als man denkt. Und reden Sie mit den Menschen an den Ständen: Viele sind selbst zurückgekommen.

        Jobs in der Region finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Konstrukteur')}) und im [Fachkräfteportal Erzgebirge](${PORTAL}). Was bei der Rückkehr zu beachten ist, zeigt unser Leitfaden [Rückkehr ins Erzgebirge](/willkommen/rueckkehr-ins-erzgebirge/).
      `,
    },
    en: {
      title: 'Back in Annaberg-Buchholz – and at home',
      slug: 'back-in-annaberg-buchholz',
      teaser:
        'Jana R. worked as a design engineer in Munich for ten years. Then she wanted to live closer to her family again. Today she works for a supplier in the Erzgebirge.',
      quote: 'I thought I had to choose between my job and my home. In the end, I didn’t.',
      role: 'Design engineer at an automotive supplier',
      employer: 'an automotive supplier in the Erzgebirge',
      seo: 'Example story: after ten years in Munich, a design engineer moves back to the Erzgebirge and finds work in the region.',
      body: md`
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
    },
  },
  {
    group: 'pflege-in-aue-bad-schlema',
    image: 'story-international',
    name: 'Linh N.',
    age: 27,
    kind: 'international',
    town: 'aue-bad-schlema',
    branch: 'gesundheit-soziales',
    jobSearchTerm: 'Pflegefachkraft',
    published: '2026-10-12',
    de: {
      title: 'Vom Mekong ins Erzgebirge: Pflege in Aue-Bad Schlema',
      slug: 'pflege-in-aue-bad-schlema',
      teaser:
        'Linh N. ist Pflegefachfrau und kommt aus Vietnam. Seit zwei Jahren arbeitet sie in einem Pflegeheim in Aue-Bad Schlema. Der Anfang war nicht leicht – heute fühlt sie sich zu Hause.',
      quote: 'Am Anfang war der Dialekt schwerer als die Grammatik.',
      role: 'Pflegefachfrau in einem Pflegeheim',
      employer: 'ein Pflegeheim in Aue-Bad Schlema',
      seo: 'Beispielgeschichte: Eine Pflegefachfrau aus Vietnam erzählt, wie sie in Aue-Bad Schlema angekommen ist und was ihr geholfen hat.',
      body: md`
        ## Der Weg nach Deutschland

        Linh hat in Vietnam eine Ausbildung als Pflegefachfrau gemacht. Schon dort lernte sie Deutsch. Damit sie in Deutschland als Pflegefachfrau arbeiten darf, musste ihr Abschluss anerkannt werden. „Das hat gedauert, und ich musste viele Papiere sammeln“, sagt sie. Ihr Arbeitgeber hat sie dabei unterstützt.

        ## Ankommen

        In den ersten Wochen halfen ihr die Kolleginnen bei Behördengängen und beim Einkaufen. „Ich wusste nicht, dass man sich in Deutschland für alles anmelden muss“, lacht Linh. Auf einer Welcome-Hutzn des Welcome Center Erzgebirge lernte sie andere Menschen kennen, die neu in der Region sind.

        ## Der Alltag

        Linh arbeitet im Schichtdienst. Die Bewohnerinnen und Bewohner mögen sie – und bringen ihr erzgebirgische Wörter bei. Im ersten Winter hat sie zum ersten Mal Schnee gesehen. „Jetzt gehe ich am Wochenende Ski fahren.“

        ## Linhs Tipp

        Lernen Sie so viel Deutsch wie möglich, schon vor der Reise. Und fragen Sie früh nach Hilfe: Das Welcome Center Erzgebirge berät Fachkräfte und Arbeitgeber.

        Wie Anerkennung und Visum funktionieren, erklären unsere Leitfäden [Ausländische Abschlüsse anerkennen lassen](/willkommen/auslaendische-abschluesse-anerkennen/) und [Aufenthalt und Visum für Fachkräfte](/willkommen/aufenthalt-und-visum-fuer-fachkraefte/).
      `,
    },
    en: {
      title: 'From the Mekong to the Erzgebirge: nursing in Aue-Bad Schlema',
      seoTitle: 'From the Mekong to Aue-Bad Schlema: a nurse’s story',
      slug: 'nursing-in-aue-bad-schlema',
      teaser:
        'Linh N. is a nurse from Vietnam. For two years she has been working in a care home in Aue-Bad Schlema. The start was not easy – today she feels at home.',
      quote: 'At first the local dialect was harder than the grammar.',
      role: 'Nurse in a care home',
      employer: 'a care home in Aue-Bad Schlema',
      seo: 'Example story: a nurse from Vietnam tells how she settled in Aue-Bad Schlema in the Erzgebirge and what helped her.',
      body: md`
        ## The way to Germany

        Linh trained as a nurse in Vietnam and learned German there. To work as a nurse in Germany, her qualification had to be recognised. “It took time, and I had to collect a lot of documents,” she says. Her employer helped her.

        ## Settling in

        In the first weeks her colleagues helped her with appointments at the authorities and with shopping. “I didn’t know that in Germany you have to register for everything,” Linh laughs. At a Welcome-Hutzn get-together of the Welcome Center Erzgebirge she met other people who are new to the region.

        ## Everyday life

        Linh works shifts. The residents like her – and teach her words in the local dialect. In her first winter she saw snow for the first time. “Now I go skiing at weekends.”

        ## Linh’s tip

        Learn as much German as you can before you travel. And ask for help early: the Welcome Center Erzgebirge advises skilled workers and employers.

        Our guides [Recognition of foreign qualifications](/en/welcome/recognition-of-foreign-qualifications/) and [Residence and visa for skilled workers](/en/welcome/residence-and-visa-for-skilled-workers/) explain the steps.
      `,
    },
  },
  {
    group: 'softwareentwickler-in-schwarzenberg',
    image: 'story-it',
    name: 'Ravi K.',
    age: 31,
    kind: 'international',
    town: 'schwarzenberg',
    branch: 'verarbeitendes-gewerbe-it',
    jobSearchTerm: 'Softwareentwickler',
    published: '2026-09-28',
    de: {
      title: 'Von Bengaluru nach Schwarzenberg: Software für die Fabrik',
      slug: 'softwareentwickler-in-schwarzenberg',
      teaser:
        'Ravi K. ist Softwareentwickler aus Indien. Mit der Blauen Karte EU kam er zu einem Industriebetrieb in Schwarzenberg. Er programmiert Software, die Maschinen in der Fertigung vernetzt – und lernt abends Deutsch.',
      quote: 'In der Großstadt war ich einer von vielen. Hier sehe ich jeden Tag, was meine Software in der Halle bewirkt.',
      role: 'Softwareentwickler in einem Industriebetrieb',
      employer: 'ein Hersteller von Industriekomponenten in Schwarzenberg',
      seo: 'Beispielgeschichte: Ein Softwareentwickler aus Indien kommt mit der Blauen Karte EU nach Schwarzenberg im Erzgebirge.',
      body: md`
        ## Ein Angebot aus dem Erzgebirge

        Ravi hat Informatik studiert und sieben Jahre in Bengaluru gearbeitet. Die Stellenanzeige eines Herstellers aus Schwarzenberg fand er auf einem Jobportal. „Ich musste erst auf der Karte suchen, wo das Erzgebirge liegt“, erzählt er. Das Vorstellungsgespräch lief per Video, auf Englisch.

        ## Der Weg über die Blaue Karte EU

        Weil Ravi einen Hochschulabschluss hat, konnte er mit der Blauen Karte EU kommen. Sein Arbeitgeber beantragte das beschleunigte Fachkräfteverfahren bei der Ausländerbehörde. „Die Firma hat die Behördengänge koordiniert. Ich musste vor allem Dokumente liefern.“ Nach der Ankunft meldete er seine Wohnung an, eröffnete ein Konto und holte seinen Aufenthaltstitel ab.

        ## Arbeiten auf Englisch, leben auf Deutsch

        Im Team wird viel Englisch gesprochen, in der Fertigung Deutsch. Ravi besucht einen Deutschkurs am Abend. „Beim Bäcker übe ich jeden Morgen.“ Am Wochenende wandert er mit Kollegen, im Winter hat er Langlauf ausprobiert.

        ## Ravis Tipp

        Fragen Sie Ihren Arbeitgeber, ob er das beschleunigte Fachkräfteverfahren nutzt. Und fangen Sie früh mit Deutsch an – auch wenn die Arbeitssprache Englisch ist.

        Die Schritte erklärt unser Leitfaden [Aufenthalt und Visum für Fachkräfte](/willkommen/aufenthalt-und-visum-fuer-fachkraefte/). Stellen in der IT finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Softwareentwickler', 'Schwarzenberg', 50)}).
      `,
    },
    en: {
      title: 'From Bengaluru to Schwarzenberg: software for the factory',
      slug: 'software-developer-in-schwarzenberg',
      teaser:
        'Ravi K. is a software developer from India. He came to a manufacturer in Schwarzenberg with an EU Blue Card. He writes software that connects machines on the shop floor – and learns German in the evenings.',
      quote: 'In the big city I was one of many. Here I see every day what my software does on the shop floor.',
      role: 'Software developer at a manufacturer',
      employer: 'a manufacturer of industrial components in Schwarzenberg',
      seo: 'Example story: a software developer from India moves to Schwarzenberg in the Erzgebirge with an EU Blue Card.',
      body: md`
        ## An offer from the Erzgebirge

        Ravi studied computer science and worked in Bengaluru for seven years. He found the job advert of a manufacturer from Schwarzenberg on a job portal. “First I had to look on the map to see where the Erzgebirge is,” he says. The interview was by video, in English.

        ## The EU Blue Card route

        Because Ravi has a university degree, he could come with an EU Blue Card. His employer applied for the fast-track procedure at the foreigners’ authority. “The company coordinated the appointments with the authorities. I mainly had to provide documents.” After arriving, he registered his address, opened a bank account and collected his residence permit.

        ## Working in English, living in German

        The team speaks a lot of English, the shop floor speaks German. Ravi attends a German course in the evenings. “I practise at the bakery every morning.” At weekends he goes hiking with colleagues, and in winter he tried cross-country skiing.

        ## Ravi’s tip

        Ask your employer whether they use the fast-track procedure. And start learning German early – even if you work in English.

        Our guide [Residence and visa for skilled workers](/en/welcome/residence-and-visa-for-skilled-workers/) explains the steps. IT jobs are listed in the [Federal Employment Agency’s job search (German)](${jobSearch(1, 'Softwareentwickler', 'Schwarzenberg', 50)}).
      `,
    },
  },
  {
    group: 'vom-pendler-zum-polier',
    image: 'story-bau',
    name: 'Maik S.',
    age: 41,
    kind: 'pendler',
    town: 'zwoenitz',
    branch: 'bauwesen',
    jobSearchTerm: 'Polier',
    published: '2026-11-16',
    de: {
      title: 'Zwölf Jahre Wochenpendler – jetzt Polier in der Heimat',
      slug: 'vom-pendler-zum-polier',
      teaser:
        'Maik S. ist Maurer und hat zwölf Jahre lang auf Baustellen in Bayern gearbeitet. Montags früh los, freitags spät zurück. Heute leitet er als Polier Baustellen rund um Zwönitz – und ist abends zu Hause.',
      quote: 'Früher habe ich meine Kinder am Telefon aufwachsen hören. Jetzt stehe ich am Spielfeldrand.',
      role: 'Polier in einem Bauunternehmen',
      employer: 'ein Bauunternehmen im Erzgebirgskreis',
      seo: 'Beispielgeschichte: Ein Maurer pendelt zwölf Jahre nach Bayern und arbeitet heute als Polier im Erzgebirge.',
      body: md`
        ## Die Woche auf der Autobahn

        Nach der Ausbildung zum Maurer fand Maik zuerst keine passende Stelle in der Nähe. Ein Kollege nahm ihn mit nach Bayern. „Am Anfang war das ein Abenteuer“, sagt er. Dann kamen die Kinder. Die Woche bestand aus Baustelle, Pension und Autobahn.

        ## Der Anruf

        Ein früherer Schulfreund arbeitet bei einem Bauunternehmen im Erzgebirgskreis. Er erzählte Maik, dass dort jemand gesucht wird, der Baustellen leiten kann. Maik schaute ins Fachkräfteportal Erzgebirge und in die Jobsuche der Arbeitsagentur. „Ich war überrascht, wie viele Bauunternehmen hier suchen.“

        ## Was sich geändert hat

        Als Polier ist Maik für die Abläufe auf der Baustelle verantwortlich: Er teilt die Kolonnen ein, spricht mit der Bauleitung und bildet Azubis mit aus. Die Wege sind kurz, die Baustellen liegen meist im Umkreis von einer halben Stunde. Weniger verdient er als in Bayern, sagt er. „Dafür spare ich die Pension, den Sprit und zwei Abende pro Woche im Stau.“

        ## Maiks Tipp

        Rechnen Sie ehrlich: Fahrtkosten, Unterkunft, Zeit. Und reden Sie mit Leuten aus der Region – viele Stellen bekommt man über Kontakte.

        Stellen am Bau finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Polier', 'Zwönitz', 30)}). Was Pendlerinnen und Pendler bei der Rückkehr beachten sollten, steht im Leitfaden [Rückkehr ins Erzgebirge](/willkommen/rueckkehr-ins-erzgebirge/).
      `,
    },
  },
  {
    group: 'von-hamburg-an-den-fichtelberg',
    image: 'story-tourismus',
    name: 'Svenja K.',
    age: 31,
    kind: 'zugezogen',
    town: 'oberwiesenthal',
    branch: 'tourismus',
    jobSearchTerm: 'Restaurantfachmann',
    published: '2026-08-24',
    de: {
      title: 'Von Hamburg an den Fichtelberg',
      slug: 'von-hamburg-an-den-fichtelberg',
      teaser:
        'Svenja K. hat in Hamburger Hotels gearbeitet. Nach einem Skiurlaub in Oberwiesenthal bewarb sie sich dort – und leitet heute das Restaurant eines Hotels am Fichtelberg.',
      quote: 'Ich wollte dort arbeiten, wo andere Urlaub machen. Und dort wohnen, wo ich mir die Miete leisten kann.',
      role: 'Restaurantleiterin in einem Hotel',
      employer: 'ein Hotel in Oberwiesenthal',
      seo: 'Beispielgeschichte: Eine Restaurantleiterin zieht von Hamburg nach Oberwiesenthal und arbeitet im Tourismus im Erzgebirge.',
      body: md`
        ## Ein Urlaub mit Folgen

        Svenja ist Restaurantfachfrau und hat nach der Ausbildung in mehreren Hotels in Hamburg gearbeitet. Im Winter machte sie mit Freunden Skiurlaub in Oberwiesenthal. „Am letzten Abend habe ich die Chefin unseres Hotels gefragt, ob sie Leute sucht.“ Sie suchte.

        ## Neu im Erzgebirge

        Der Umzug war schnell organisiert, die Anmeldung im Rathaus auch. Schwieriger war es, Anschluss zu finden. „In der Saison arbeitet man viel. Im Frühjahr habe ich mich dann beim Sportverein angemeldet.“ Heute kennt sie halb Oberwiesenthal – und halb Oberwiesenthal kennt sie.

        ## Arbeit im Rhythmus der Saison

        Im Winter kommen die Skifahrer, im Sommer Wanderer und Radfahrer. Svenja plant die Dienste, bildet eine Auszubildende aus und kümmert sich um die Gäste. „Tourismus ist im Erzgebirge ein ganzjähriges Geschäft geworden. Das hätte ich vorher nicht gedacht.“

        ## Svenjas Tipp

        Probieren Sie die Region vorher aus – im Urlaub, bei einem Probearbeitstag. Und suchen Sie sich früh einen Verein oder eine Gruppe: So kommen Sie schnell an.

        Stellen in Hotellerie und Gastronomie finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Restaurantfachmann', 'Oberwiesenthal', 30)}). Wie Sie eine Wohnung finden und sich anmelden, erklären die Leitfäden [Eine Wohnung im Erzgebirge finden](/willkommen/wohnung-finden/) und [Ankommen und anmelden](/willkommen/ankommen-und-anmelden/).
      `,
    },
  },
  {
    group: 'tischlerin-in-olbernhau',
    image: 'story-holz',
    name: 'Lea M.',
    age: 18,
    kind: 'azubi-studium',
    town: 'olbernhau',
    branch: 'handwerk',
    jobSearchTerm: 'Tischler',
    published: '2026-09-07',
    de: {
      title: 'Lea lernt Tischlerin: „Holz riecht nach Zuhause“',
      slug: 'tischlerin-in-olbernhau',
      teaser:
        'Lea M. ist im zweiten Ausbildungsjahr zur Tischlerin in einer Werkstatt bei Olbernhau. Entdeckt hat sie den Beruf bei einem Schulpraktikum. Heute baut sie Küchen, Treppen und Möbel nach Maß.',
      quote: 'Am Ende des Tages sehe ich, was ich geschafft habe. Das gibt mir kein Bildschirm.',
      role: 'Auszubildende zur Tischlerin',
      employer: 'eine Tischlerei bei Olbernhau',
      seo: 'Beispielgeschichte: Eine Auszubildende erzählt, wie sie über ein Schulpraktikum zur Tischlerei in Olbernhau kam.',
      body: md`
        ## Erst Praktikum, dann Vertrag

        In der neunten Klasse musste Lea ein Praktikum machen. „Ich hatte keine Ahnung, was ich will. Mein Opa hat früher gedrechselt, also habe ich es in einer Tischlerei versucht.“ Nach zwei Wochen war klar: Das passt. Auf der Ausbildungsmesse in Marienberg sprach sie noch einmal mit dem Betrieb. Ein paar Wochen später hatte sie ihren Ausbildungsvertrag.

        ## Der Alltag in der Werkstatt

        Die Ausbildung dauert drei Jahre. Lea arbeitet im Betrieb und geht in Blöcken zur Berufsschule. In der Werkstatt lernt sie, Holz zu sägen, zu fräsen und zu verleimen, Maschinen zu bedienen und Pläne zu lesen. Bei Kunden baut sie mit ihrem Gesellen Küchen und Schränke ein. „Am Anfang hatte ich Respekt vor den großen Maschinen. Jetzt arbeite ich sicher damit.“

        ## Was ihr wichtig ist

        Lea mag, dass sie am Abend sieht, was sie gebaut hat. Und dass ihr Betrieb mitten in der Region liegt, in der Holz eine lange Tradition hat. Nach der Gesellenprüfung will sie erst einmal arbeiten. „Vielleicht mache ich später meinen Meister.“

        ## Leas Tipp

        Mach ein Praktikum in einem Beruf, den du noch nicht kennst. Du kannst nur gewinnen.

        Ausbildungsplätze im Handwerk findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'Tischler', 'Olbernhau', 30)}). Wie du ein Praktikum findest, steht auf der Seite [Praktikum finden](/berufsorientierung/praktikum-finden/).
      `,
    },
  },
  {
    group: 'duales-studium-in-stollberg',
    image: 'story-dual',
    name: 'Paul W.',
    age: 21,
    kind: 'azubi-studium',
    town: 'stollberg',
    branch: 'verarbeitendes-gewerbe-it',
    jobSearchTerm: 'Duales Studium Wirtschaftsinformatik',
    published: '2026-10-26',
    de: {
      title: 'Studieren mit Gehalt: Paul und das duale Studium',
      slug: 'duales-studium-in-stollberg',
      teaser:
        'Paul W. studiert Wirtschaftsinformatik an der Dualen Hochschule Sachsen. Seine Praxisphasen verbringt er bei einem Maschinenbauunternehmen in Stollberg. Kennengelernt hat er den Betrieb beim Speeddating an seinem Gymnasium.',
      quote: 'Meine Freunde an der Uni schreiben Hausarbeiten über Fallbeispiele. Ich arbeite an echten.',
      role: 'Dualer Student der Wirtschaftsinformatik',
      employer: 'ein Maschinenbauunternehmen in Stollberg',
      seo: 'Beispielgeschichte: Ein Gymnasiast findet über Karriere Dual ein duales Studium bei einem Maschinenbauer in Stollberg.',
      body: md`
        ## Zehn Minuten, die etwas verändert haben

        In der elften Klasse nahm Paul an einem Schüler-Unternehmer-Speeddating an seinem Gymnasium teil – einem Format des Projekts Karriere Dual der Fachkräfteallianz. „Zehn Minuten pro Firma, dann klingelt es.“ Bei einem Maschinenbauer aus Stollberg blieb er hängen. Die Firma suchte duale Studierende für Wirtschaftsinformatik.

        ## Bewerbung beim Betrieb, nicht bei der Hochschule

        Beim dualen Studium in Sachsen bewirbt man sich zuerst bei einem Unternehmen, dem Praxispartner. Paul machte ein Praktikum in den Ferien, dann unterschrieb er den Vertrag. Die Firma meldete ihn an der Dualen Hochschule Sachsen an. Das Studium dauert drei Jahre; Theorie- und Praxisphasen wechseln sich ab.

        ## Theorie und Praxis

        An der Hochschule lernt Paul Programmieren, Datenbanken und Betriebswirtschaft. Im Betrieb arbeitet er daran, dass Daten aus der Fertigung, dem Lager und dem Vertrieb zusammenpassen. „Ich verstehe jetzt, wie eine Maschine vom Angebot bis zur Auslieferung entsteht.“ Semesterferien wie an der Uni gibt es kaum. Dafür bekommt er jeden Monat eine Vergütung.

        ## Pauls Tipp

        Geh zu den Veranstaltungen, die an deiner Schule angeboten werden, auch wenn du noch nicht weißt, was du willst. Und bewirb dich früh – viele Plätze sind ein Jahr vorher vergeben.

        Mehr zum dualen Studium steht in unserem Beitrag [Duales Studium an der Dualen Hochschule Sachsen](/blog/duales-studium-in-sachsen/). Duale Studienplätze findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'Duales Studium Wirtschaftsinformatik', 'Stollberg', 50)}).
      `,
    },
  },
  {
    group: 'metallbau-in-marienberg',
    image: 'story-metall',
    name: 'Katrin H.',
    age: 52,
    kind: 'arbeitgeber',
    town: 'marienberg',
    branch: 'handwerk',
    jobSearchTerm: 'Metallbauer',
    published: '2026-07-20',
    de: {
      title: 'Eine Chefin über Ausbildung, Zuwanderung und gute Arbeit',
      slug: 'metallbau-in-marienberg',
      teaser:
        'Katrin H. führt einen Metallbaubetrieb in Marienberg. Sie bildet jedes Jahr aus, hat einen Schweißer aus dem Ausland eingestellt und tauscht sich mit anderen Betrieben aus. Ihr Fazit: Fachkräfte kommen dorthin, wo man sich um sie kümmert.',
      quote: 'Wir können nicht mit den Gehältern in München mithalten. Aber wir können zeigen, dass jeder hier gebraucht wird.',
      role: 'Inhaberin eines Metallbaubetriebs',
      employer: 'ein Metallbaubetrieb in Marienberg',
      seo: 'Beispielgeschichte: Die Inhaberin eines Metallbaubetriebs in Marienberg erzählt, wie sie ausbildet und Fachkräfte gewinnt.',
      body: md`
        ## Ein Betrieb mit Geschichte

        Katrin hat den Betrieb von ihrem Vater übernommen. Heute fertigt das Team Treppen, Geländer, Tore und Stahlkonstruktionen für Kunden in der Region. Wie viele Betriebe im Erzgebirge ist er klein – und auf jede einzelne Fachkraft angewiesen.

        ## Nachwuchs aus der Nachbarschaft

        Jedes Jahr stellt Katrin auf der Ausbildungsmesse in Marienberg aus. Schülerinnen und Schüler können bei ihr ein Praktikum machen. „Wer bei uns ein Praktikum gemacht hat, weiß, worauf er sich einlässt. Die brechen seltener ab.“ In der Woche der offenen Unternehmen öffnet sie die Werkstatt für Schulklassen.

        ## Ein Schweißer aus dem Ausland

        Als ein erfahrener Schweißer in Rente ging, fand Katrin in der Region niemanden. Sie ließ sich vom Welcome Center Erzgebirge beraten, wie eine Einstellung aus dem Ausland funktioniert. Der Weg führte über die Anerkennung des Abschlusses und das beschleunigte Fachkräfteverfahren. „Das hat Monate gedauert. Aber wir hatten einen Plan und Ansprechpartner.“ Eine Kollegin hilft dem neuen Mitarbeiter seitdem bei Alltagsfragen, der Betrieb zahlt einen Teil des Deutschkurses.

        ## Von anderen lernen

        Im CSR-Netzwerk Erzgebirge tauscht sich Katrin mit anderen Unternehmen darüber aus, wie man ein guter Arbeitgeber wird. „Flexible Arbeitszeiten in einem Handwerksbetrieb? Ich war skeptisch. Inzwischen haben wir ein Modell, das für Eltern funktioniert.“

        ## Katrins Tipp für andere Betriebe

        Holen Sie sich früh Rat, bevor Sie im Ausland suchen – und planen Sie die Einarbeitung so sorgfältig wie die Anwerbung.

        Der Leitfaden [Fachkräfte aus dem Ausland gewinnen](/willkommen/fachkraefte-aus-dem-ausland-gewinnen/) zeigt die Schritte. Ausbildungsplätze im Metallbau stehen in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'Metallbauer', 'Marienberg', 30)}).
      `,
    },
  },
  {
    group: 'disponentin-in-zschopau',
    image: 'story-logistik',
    name: 'Franziska L.',
    age: 35,
    kind: 'rueckkehrer',
    town: 'zschopau',
    branch: 'logistik-handel',
    jobSearchTerm: 'Disponent',
    published: '2026-06-29',
    de: {
      title: 'Mit der Familie zurück: Disponentin in Zschopau',
      slug: 'disponentin-in-zschopau',
      teaser:
        'Franziska L. hat nach der Ausbildung in Leipzig in der Logistik gearbeitet. Als ihre Tochter in die Schule kam, zog die Familie zurück ins Erzgebirge. Heute plant sie die Touren einer Spedition bei Zschopau.',
      quote: 'Die Oma wohnt zwei Straßen weiter. Das ist für uns mehr wert als jede Gehaltserhöhung.',
      role: 'Disponentin in einer Spedition',
      employer: 'eine Spedition im Erzgebirgskreis',
      seo: 'Beispielgeschichte: Eine Disponentin zieht mit ihrer Familie von Leipzig zurück ins Erzgebirge und arbeitet in der Logistik.',
      body: md`
        ## Leipzig war gut – eine Zeit lang

        Franziska hat Kauffrau für Spedition und Logistikdienstleistung gelernt und danach in Leipzig gearbeitet. „Die Stadt war toll, solange wir zu zweit waren.“ Mit Kind wurde es eng: kleine Wohnung, lange Wege, die Großeltern weit weg.

        ## Die Entscheidung

        Als die Einschulung näher rückte, setzten sich Franziska und ihr Partner hin und rechneten. Miete, Kita, Fahrtwege, Zeit. Dann suchten beide im Erzgebirge nach Stellen. Franziska fand eine Spedition in der Nähe von Zschopau, ihr Partner einen Betrieb in Chemnitz. Die Grundschule meldeten sie rechtzeitig an, den Hortplatz auch.

        ## Der neue Job

        Als Disponentin plant Franziska, welcher Lkw wann wohin fährt. Sie spricht mit Kunden, Fahrern und Lagern und reagiert, wenn etwas schiefgeht. „Stau auf der Autobahn, Schnee auf dem Kamm – hier muss man flexibel sein.“ Ihr Arbeitgeber hat ihr eine Teilzeitstelle angeboten, die zu den Hortzeiten passt.

        ## Franziskas Tipp

        Suchen Sie als Paar gemeinsam – zwei passende Stellen sind die eigentliche Aufgabe. Und kümmern Sie sich früh um Kita- und Hortplätze.

        Stellen in der Logistik finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Disponent', 'Zschopau', 30)}). Wie Sie Kita und Schule organisieren, zeigt der Leitfaden [Kinderbetreuung und Schule im Erzgebirge](/willkommen/kinderbetreuung-und-schule/).
      `,
    },
  },
  {
    group: 'landwirt-bei-thum',
    image: 'story-landwirtschaft',
    name: 'Johannes B.',
    age: 22,
    kind: 'azubi-studium',
    town: 'thum',
    branch: 'landwirtschaft',
    jobSearchTerm: 'Landwirt',
    published: '2026-08-03',
    de: {
      title: 'Landwirt im Gebirge: Johannes hat seine Ausbildung geschafft',
      slug: 'landwirt-bei-thum',
      teaser:
        'Johannes B. hat gerade seine Ausbildung zum Landwirt abgeschlossen. Sein Betrieb bei Thum hält Milchkühe und bewirtschaftet Wiesen und Felder. Ein Beruf mit Technik, Verantwortung – und Wetter.',
      quote: 'Viele denken an Heugabel und Gummistiefel. Ich denke an Melkroboter, Bodenproben und Wetter-Apps.',
      role: 'Landwirt, frisch ausgelernt',
      employer: 'ein Landwirtschaftsbetrieb bei Thum',
      seo: 'Beispielgeschichte: Ein junger Landwirt erzählt von seiner Ausbildung auf einem Milchviehbetrieb im Erzgebirge.',
      body: md`
        ## Nicht vom Hof, trotzdem Bauer

        Johannes kommt nicht aus einer Landwirtsfamilie. „Ich war als Kind in den Ferien immer beim Nachbarn im Stall.“ Nach der Oberschule bewarb er sich bei einem Milchviehbetrieb in der Nähe von Thum. Die Ausbildung dauerte drei Jahre, mit Berufsschule in Blöcken.

        ## Landwirtschaft in der Höhe

        Das Erzgebirge ist kein einfacher Standort: Höhe, Klima und Böden machen die Arbeit schwerer als im Flachland. Das steht auch im Handlungskonzept der Fachkräfteallianz. Auf Johannes’ Betrieb wächst deshalb vor allem Gras für die Kühe. „Wir müssen das Wetter genau im Blick haben. Ein guter Tag zum Mähen ist Gold wert.“

        ## Technik im Stall

        Im Stall melkt ein Roboter, die Fütterung wird am Computer geplant. Johannes kümmert sich um die Tiere, fährt Traktor, wartet Maschinen und hilft bei der Buchführung. „Man muss ein bisschen von allem können. Das macht es spannend.“

        ## Johannes’ Tipp

        Mach ein Praktikum auf einem Hof – am besten im Sommer und im Winter. Dann weißt du, worauf du dich einlässt.

        Ausbildungsplätze in der Landwirtschaft findest du auf [makerz.me](${MAKERZ}) und in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(4, 'Landwirt', 'Thum', 30)}).
      `,
    },
  },
  {
    group: 'grenzpendlerin-in-johanngeorgenstadt',
    image: 'story-grenze',
    name: 'Petra V.',
    age: 44,
    kind: 'pendler',
    town: 'johanngeorgenstadt',
    branch: 'gesundheit-soziales',
    jobSearchTerm: 'Pflegefachkraft',
    published: '2026-07-06',
    de: {
      title: 'Über die Grenze zur Arbeit: Pflege in Johanngeorgenstadt',
      slug: 'grenzpendlerin-in-johanngeorgenstadt',
      teaser:
        'Petra V. wohnt auf der tschechischen Seite des Erzgebirges und arbeitet in einem ambulanten Pflegedienst in Johanngeorgenstadt. Ihr Arbeitsweg führt jeden Tag über die Grenze.',
      quote: 'Das Gebirge hört nicht an der Grenze auf. Die Menschen auch nicht.',
      role: 'Pflegefachfrau in einem ambulanten Pflegedienst',
      employer: 'ein ambulanter Pflegedienst in Johanngeorgenstadt',
      seo: 'Beispielgeschichte: Eine Pflegefachfrau pendelt täglich aus Tschechien zur Arbeit in einem Pflegedienst in Johanngeorgenstadt.',
      body: md`
        ## Ein kurzer Weg über die Grenze

        Petra ist in Tschechien zur Krankenschwester ausgebildet worden. Sie wohnt wenige Kilometer hinter der Grenze. Seit Tschechien zur EU gehört, darf sie ohne Arbeitserlaubnis in Deutschland arbeiten. Für die Arbeit als Pflegefachfrau brauchte sie aber die Anerkennung ihres Abschlusses – in Sachsen ist dafür der Kommunale Sozialverband zuständig.

        ## Sprache als Schlüssel

        Deutsch hatte Petra in der Schule gelernt, für die Pflege reichte es anfangs nicht. Sie besuchte einen Sprachkurs und lernte die Fachbegriffe im Dienst. „Meine Patientinnen haben sehr geduldig mit mir geübt.“ Heute erklärt sie Angehörigen Medikamentenpläne – auf Deutsch, manchmal auch auf Tschechisch.

        ## Unterwegs in den Dörfern

        Im ambulanten Dienst fährt Petra zu den Menschen nach Hause. Sie versorgt Wunden, gibt Medikamente und berät Familien. Im Winter sind die Wege manchmal glatt. „Dafür ist keine Tour wie die andere.“

        ## Petras Tipp

        Wenn Sie in der Nähe der Grenze wohnen: Schauen Sie auf beide Seiten. Und lassen Sie Ihren Abschluss früh anerkennen.

        Wie die Anerkennung funktioniert, zeigt der Leitfaden [Ausländische Abschlüsse anerkennen lassen](/willkommen/auslaendische-abschluesse-anerkennen/). Stellen in der Pflege finden Sie in der [Jobsuche der Bundesagentur für Arbeit](${jobSearch(1, 'Pflegefachkraft', 'Johanngeorgenstadt', 30)}).
      `,
    },
  },
]

function buildStory(ctx: SeedContext, s: StoryDef, lang: Lang, v: StoryVersion): SanityDoc {
  const d = tdoc('story', s.group, lang, {
    title: v.title,
    slug: slug(v.slug),
    teaser: v.teaser,
    image: ctx.image(s.image, lang),
    quote: v.quote,
    person: {_type: 'storyPerson', name: s.name, role: v.role, age: s.age},
    employer: v.employer,
    kind: s.kind,
    town: ref(townId(s.town)),
    branch: ref(branchId(s.branch)),
    jobSearchTerm: s.jobSearchTerm,
    publishedAt: berlin(s.published, '09:00'),
    isExample: true,
    seo: seo(v.seo, {title: v.seoTitle}),
  })
  d.body = rich(d._id, 'body', v.body)
  return d
}

export const storyDocs: SeedModule = (ctx) =>
  stories.flatMap((s) => [buildStory(ctx, s, 'de', s.de), ...(s.en ? [buildStory(ctx, s, 'en', s.en)] : [])])
