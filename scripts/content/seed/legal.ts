/**
 * Legal and service pages: Impressum (§ 5 DDG, § 18 Abs. 2 MStV), Datenschutzerklärung (DSGVO,
 * § 25 TDDDG; no cookies, optional cookieless Matomo), Erklärung zur Barrierefreiheit (Sächsisches
 * Barrierefreie-Websites-Gesetz with BITV 2.0), Leichte Sprache and Über uns. Details the editors
 * could not verify are marked with the placeholder decorator ([[Platzhalter: …]]).
 */
import {md, rich, seo, slug, tdoc, type SanityDoc, type SeedModule} from './helpers.ts'
import {MEMBER_LIST_EN, WFE_EMAIL} from './members.ts'

const UPDATED = '2026-11-25'

const IMPRESSUM_DE = md`
## Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG)

hERZland ist die Website der Fachkräfteallianz Erzgebirge. Anbieter ist das geschäftsführende Mitglied der Allianz:

**Wirtschaftsförderung Erzgebirge GmbH** \\
[[Platzhalter: Straße und Hausnummer]], 09456 Annaberg-Buchholz

Vertreten durch die Geschäftsführung: [[Platzhalter: Name der Geschäftsführerin oder des Geschäftsführers]]

## Kontakt

E-Mail: [${WFE_EMAIL}](mailto:${WFE_EMAIL})

Telefon: [[Platzhalter: Telefonnummer]]

## Registereintrag

Registergericht: [[Platzhalter: Amtsgericht]]

Registernummer: [[Platzhalter: HRB-Nummer]]

## Umsatzsteuer-Identifikationsnummer

Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: [[Platzhalter: USt-IdNr., falls vorhanden]]

## Verantwortlich für journalistisch-redaktionelle Inhalte nach § 18 Abs. 2 Medienstaatsvertrag (MStV)

[[Platzhalter: Name und Anschrift der verantwortlichen Person]]

## Die Fachkräfteallianz Erzgebirge

In der Fachkräfteallianz Erzgebirge arbeiten 13 Partner zusammen. Wer dazugehört, lesen Sie unter [Über uns](/ueber-uns/).

## Beispielinhalte

Geschichten, die als „Beispiel“ gekennzeichnet sind, zeigen erfundene Personen. Sie beschreiben, wie es Menschen im Erzgebirge erleben können. Ähnlichkeiten mit realen Personen sind nicht beabsichtigt.

## Bildnachweis

Die Illustrationen auf dieser Website wurden für hERZland erstellt. Bei Fotos steht der Nachweis direkt am Bild.

## Links zu anderen Websites

Diese Website verlinkt auf Angebote anderer Anbieter, zum Beispiel der Bundesagentur für Arbeit. Für deren Inhalte sind allein diese Anbieter verantwortlich. Wenn wir von Rechtsverstößen auf verlinkten Seiten erfahren, entfernen wir den Link umgehend.
`

const IMPRESSUM_EN = md`
> This is an English translation of the German Impressum (legal notice required by § 5 of the German Digital Services Act, DDG).

## Provider

hERZland is the website of the Fachkräfteallianz Erzgebirge (Skilled Workers Alliance Erzgebirge). The provider is the alliance’s managing member:

**Wirtschaftsförderung Erzgebirge GmbH** \\
[[Platzhalter: Straße und Hausnummer]], 09456 Annaberg-Buchholz, Germany

Represented by the managing director: [[Platzhalter: Name der Geschäftsführerin oder des Geschäftsführers]]

## Contact

Email: [${WFE_EMAIL}](mailto:${WFE_EMAIL})

Phone: [[Platzhalter: Telefonnummer]]

## Commercial register

Register court: [[Platzhalter: Amtsgericht]]

Registration number: [[Platzhalter: HRB-Nummer]]

## VAT identification number

VAT identification number under § 27a of the German VAT Act: [[Platzhalter: USt-IdNr., falls vorhanden]]

## Responsible for editorial content under § 18 (2) of the German Interstate Media Treaty (MStV)

[[Platzhalter: Name und Anschrift der verantwortlichen Person]]

## Example content

Stories marked as “example” show fictitious people. They describe what people in the Erzgebirge may experience. Any resemblance to real persons is unintended.

## Image credits

The illustrations on this website were created for hERZland. Photo credits are shown next to each photo.

## Links to other websites

This website links to other providers, for example the Federal Employment Agency. These providers alone are responsible for their content. If we learn that a linked page breaks the law, we remove the link immediately.
`

const DATENSCHUTZ_DE = md`
## Das Wichtigste in Kürze

- Diese Website setzt **keine Cookies** und speichert nichts auf Ihrem Gerät.
- Wir binden **keine Inhalte Dritter** ein: Schriftarten liegen auf unserem eigenen Server, es gibt keine eingebetteten Videos, Karten oder Social-Media-Knöpfe.
- Die **Suche** läuft in Ihrem Browser. Ihr Browser lädt dafür Teile des Suchindex von unserem Server; Ihre Suchbegriffe werden nicht an uns übertragen.
- Links zu anderen Websites öffnen Sie selbst. Erst dann erhält der andere Anbieter Daten von Ihrem Browser.

## Verantwortlicher

Wirtschaftsförderung Erzgebirge GmbH \\
[[Platzhalter: Straße und Hausnummer]], 09456 Annaberg-Buchholz \\
E-Mail: [${WFE_EMAIL}](mailto:${WFE_EMAIL})

## Datenschutzbeauftragte oder Datenschutzbeauftragter

[[Platzhalter: Name und Kontaktdaten der oder des Datenschutzbeauftragten]]

## Bereitstellung der Website und Server-Logdateien

Wenn Sie eine Seite aufrufen, sendet Ihr Browser technisch notwendige Daten an unseren Server. Dabei werden folgende Angaben kurzzeitig in Logdateien gespeichert:

- IP-Adresse
- Datum und Uhrzeit des Abrufs
- aufgerufene Seite oder Datei
- Website, von der Sie kommen (Referrer), soweit Ihr Browser sie übermittelt
- Browser und Betriebssystem
- Statuscode und übertragene Datenmenge

**Zweck:** die Website auszuliefern, ihre Sicherheit zu gewährleisten (zum Beispiel Angriffe abzuwehren) und Fehler zu finden.

**Rechtsgrundlage:** Art. 6 Abs. 1 Buchst. f DSGVO. Unser berechtigtes Interesse ist ein sicherer und stabiler Betrieb der Website.

**Speicherdauer:** [[Platzhalter: Speicherdauer der Logdateien, z. B. 7 Tage – mit dem Hosting-Anbieter abstimmen]]. Danach werden die Daten gelöscht.

**Hosting:** [[Platzhalter: Name und Sitz des Hosting-Anbieters]]. Mit dem Anbieter besteht ein Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO.

## Keine Cookies, kein Zugriff auf Ihr Gerät

Wir speichern keine Informationen auf Ihrem Gerät und lesen dort keine aus (§ 25 Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz, TDDDG). Deshalb fragen wir Sie auch nicht nach einer Einwilligung.

## Reichweitenmessung mit Matomo

[[Platzhalter: Diesen Abschnitt nur veröffentlichen, wenn Matomo tatsächlich eingesetzt wird.]]

Um zu verstehen, welche Inhalte genutzt werden, setzen wir die Software Matomo auf einem eigenen Server ein ([[Platzhalter: Serverstandort]]). Matomo ist so eingestellt, dass

- keine Cookies gesetzt und keine Daten auf Ihrem Gerät gespeichert werden,
- IP-Adressen vor der Speicherung gekürzt werden,
- keine Nutzerprofile über mehrere Websites gebildet werden und
- keine Daten an Dritte gehen.

Sendet Ihr Browser das Signal „Do Not Track“ oder „Global Privacy Control“, wird Matomo gar nicht erst geladen; es werden dann keine Daten an Matomo übertragen. Seitenadressen übermitteln wir ohne den Teil nach dem Fragezeichen (Query-String). So gelangen zum Beispiel Ihre Suchbegriffe nie zu Matomo.

Wiederkehrende Aufrufe erkennt Matomo dann nur näherungsweise anhand technischer Merkmale, zum Beispiel der gekürzten IP-Adresse und der Browserangaben.

**Rechtsgrundlage:** Art. 6 Abs. 1 Buchst. f DSGVO. Unser berechtigtes Interesse ist, das Angebot an den Bedarf der Besucherinnen und Besucher anzupassen. **Speicherdauer:** [[Platzhalter: Speicherdauer der Matomo-Rohdaten]]. Sie können der Verarbeitung jederzeit widersprechen (Art. 21 DSGVO), zum Beispiel per E-Mail.

## Kontakt per E-Mail

Wenn Sie uns eine E-Mail schreiben, verarbeiten wir Ihre Angaben, um Ihre Anfrage zu beantworten. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. f DSGVO, bei Anfragen zu einem Vertrag Art. 6 Abs. 1 Buchst. b DSGVO. Wir löschen die Daten, wenn sie nicht mehr gebraucht werden und keine gesetzlichen Aufbewahrungspflichten bestehen.

## Links zu anderen Websites

Wir verlinken auf andere Angebote, zum Beispiel die Jobsuche der Bundesagentur für Arbeit, makerz.me oder das Fachkräfteportal Erzgebirge. Solange Sie einen Link nicht anklicken, erhalten diese Anbieter keine Daten von Ihnen. Nach dem Klick gilt die Datenschutzerklärung des jeweiligen Anbieters.

## Empfänger und Übermittlung in Drittländer

Ihre Daten erhält außer uns nur unser Hosting-Anbieter als Auftragsverarbeiter. [[Platzhalter: Angeben, ob Daten in Staaten außerhalb der EU übermittelt werden – bei einem Hosting in der EU: „Eine Übermittlung in Drittländer findet nicht statt.“]]

## Keine automatisierte Entscheidungsfindung

Wir treffen keine automatisierten Entscheidungen über Sie und erstellen keine Profile (Art. 22 DSGVO).

## Ihre Rechte

Sie haben das Recht auf

- Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO),
- Berichtigung (Art. 16 DSGVO),
- Löschung (Art. 17 DSGVO),
- Einschränkung der Verarbeitung (Art. 18 DSGVO),
- Datenübertragbarkeit (Art. 20 DSGVO) und
- Widerspruch gegen die Verarbeitung (Art. 21 DSGVO).

Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Für uns zuständig ist die Sächsische Datenschutz- und Transparenzbeauftragte, Postfach 11 01 32, 01330 Dresden, [www.datenschutz.sachsen.de](https://www.datenschutz.sachsen.de).
`

const DATENSCHUTZ_EN = md`
> This is an English translation of our German privacy policy (Datenschutzerklärung).

## In brief

- This website sets **no cookies** and stores nothing on your device.
- We embed **no third-party content**: fonts are served from our own server, and there are no embedded videos, maps or social media buttons.
- The **search** runs in your browser. Your browser loads parts of the search index from our server; your search terms are not sent to us.
- You decide whether to follow links to other websites. Only then does the other provider receive data from your browser.

## Controller

Wirtschaftsförderung Erzgebirge GmbH \\
[[Platzhalter: Straße und Hausnummer]], 09456 Annaberg-Buchholz, Germany \\
Email: [${WFE_EMAIL}](mailto:${WFE_EMAIL})

## Data protection officer

[[Platzhalter: Name und Kontaktdaten der oder des Datenschutzbeauftragten]]

## Providing the website and server log files

When you open a page, your browser sends technically necessary data to our server. The following is stored briefly in log files: IP address, date and time, the page or file requested, the website you came from (referrer, if your browser sends it), browser and operating system, status code and amount of data transferred.

**Purpose:** delivering the website, keeping it secure (for example fending off attacks) and finding errors. **Legal basis:** Art. 6 (1) (f) GDPR; our legitimate interest is the secure and stable operation of the website. **Storage period:** [[Platzhalter: Speicherdauer der Logdateien]]. **Hosting:** [[Platzhalter: Name und Sitz des Hosting-Anbieters]], under a data processing agreement according to Art. 28 GDPR.

## No cookies, no access to your device

We neither store information on your device nor read any from it (§ 25 of the German Telecommunications Digital Services Data Protection Act, TDDDG). That is why we do not ask for your consent.

## Audience measurement with Matomo

[[Platzhalter: Diesen Abschnitt nur veröffentlichen, wenn Matomo tatsächlich eingesetzt wird.]]

To understand which content is used, we run Matomo on our own server. It sets no cookies, stores nothing on your device, shortens IP addresses before storing them, builds no cross-site profiles and passes no data to third parties.

If your browser sends a “Do Not Track” or “Global Privacy Control” signal, Matomo is not loaded at all and no data is sent to it. Page addresses are sent without their query string (the part after the question mark), so your search terms, for example, never reach Matomo.

Legal basis: Art. 6 (1) (f) GDPR. You can object at any time (Art. 21 GDPR), for example by email.

## Contacting us by email

If you email us, we process your details to answer your enquiry (Art. 6 (1) (f) GDPR, or Art. 6 (1) (b) GDPR for enquiries about a contract). We delete the data when it is no longer needed and no statutory retention period applies.

## Recipients

Apart from us, only our hosting provider receives your data, as a processor. [[Platzhalter: Angeben, ob Daten in Staaten außerhalb der EU übermittelt werden.]] We make no automated decisions about you and create no profiles (Art. 22 GDPR).

## Your rights

You have the right of access (Art. 15 GDPR), rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18), data portability (Art. 20) and to object (Art. 21). You can also lodge a complaint with a supervisory authority (Art. 77 GDPR). The authority responsible for us is the Sächsische Datenschutz- und Transparenzbeauftragte (Saxon Data Protection and Transparency Commissioner), Postfach 11 01 32, 01330 Dresden, Germany, [www.datenschutz.sachsen.de](https://www.datenschutz.sachsen.de).
`

const BARRIEREFREIHEIT_DE = md`
Die Wirtschaftsförderung Erzgebirge GmbH betreibt hERZland als geschäftsführendes Mitglied der Fachkräfteallianz Erzgebirge. Sie ist bemüht, die Website barrierefrei zugänglich zu machen. Rechtsgrundlage ist das Barrierefreie-Websites-Gesetz (BfWebG) des Freistaates Sachsen in Verbindung mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Maßstab sind die Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA und die europäische Norm EN 301 549.

Diese Erklärung gilt für die Website hERZland.

## Stand der Vereinbarkeit mit den Anforderungen

Diese Website ist mit den Anforderungen [[Platzhalter: vollständig oder teilweise – nach der Prüfung eintragen]] vereinbar.

Die Bewertung beruht auf [[Platzhalter: Selbstbewertung oder BITV-Test vom TT.MM.JJJJ]].

## Nicht barrierefreie Inhalte

[[Platzhalter: Nach der Prüfung eintragen, welche Inhalte nicht barrierefrei sind und warum, oder „Keine bekannt“.]]

Uns sind bereits folgende Einschränkungen bekannt:

- Ein Video in Deutscher Gebärdensprache, das Inhalt und Bedienung der Website erklärt, fehlt noch (BITV 2.0 § 4). Eine Erklärung in Leichter Sprache gibt es unter [Leichte Sprache](/leichte-sprache/).
- Die Volltextsuche funktioniert nur mit eingeschaltetem JavaScript. Alle Inhalte erreichen Sie auch ohne Suche über das Menü.
- Viele Links führen zu Angeboten anderer Stellen, zum Beispiel zur Jobsuche der Bundesagentur für Arbeit. Für deren Barrierefreiheit sind diese Stellen verantwortlich.

## Erstellung dieser Erklärung

Diese Erklärung wurde am [[Platzhalter: Datum]] erstellt und zuletzt am [[Platzhalter: Datum]] überprüft.

## Barrieren melden

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Oder brauchen Sie Informationen in einer für Sie zugänglichen Form? Dann schreiben Sie uns bitte: [${WFE_EMAIL}](mailto:${WFE_EMAIL}). Bitte nennen Sie die Seite und beschreiben Sie das Problem. Wir antworten Ihnen so schnell wie möglich, spätestens innerhalb eines Monats.

## Durchsetzungsverfahren

Wenn Sie auf Ihre Meldung innerhalb eines Monats keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die Durchsetzungsstelle des Freistaates Sachsen wenden. Sie vermittelt zwischen Ihnen und uns. Das Verfahren ist für Sie kostenlos; Sie brauchen keinen Rechtsbeistand.

Durchsetzungsstelle bei der Sächsischen Staatskanzlei \\
E-Mail: [durchsetzungsstelle@sk.sachsen.de](mailto:durchsetzungsstelle@sk.sachsen.de) \\
Website: [www.durchsetzungsstelle.sachsen.de](https://www.durchsetzungsstelle.sachsen.de)

Unterstützung bietet auch der Landesbeauftragte für Inklusion der Menschen mit Behinderungen, Sächsische Staatskanzlei, Archivstraße 1, 01097 Dresden.

## Leichte Sprache und Deutsche Gebärdensprache

Informationen zu dieser Website in Leichter Sprache finden Sie unter [Leichte Sprache](/leichte-sprache/).

[[Platzhalter: Video in Deutscher Gebärdensprache zu Inhalt und Bedienung der Website einbinden (BITV 2.0 § 4)]]
`

const LEICHTE_SPRACHE_DE = md`
## Was ist hERZland?

hERZland ist eine Internet·seite. \\
Die Seite ist über das Erz·gebirge. \\
Das Erz·gebirge ist eine Gegend in Sachsen.

Im Erz·gebirge gibt es viele Firmen. \\
Die Firmen suchen Menschen zum Arbeiten. \\
Und sie suchen junge Menschen für eine Ausbildung.

## Was finden Sie auf der Seite?

- Arbeit im Erz·gebirge.
- Ausbildung und Studium im Erz·gebirge.
- Geschichten von Menschen im Erz·gebirge.
- Hilfe für Menschen, die neu im Erz·gebirge sind.
- Termine. Zum Beispiel: Messen für Ausbildung.

## Die Geschichten

Auf der Seite gibt es Geschichten. \\
Die Geschichten sind Beispiele. \\
Die Menschen in den Geschichten sind ausgedacht. \\
Bei diesen Geschichten steht: Beispiel.

## Wer macht die Seite?

Die Seite macht die **Fach·kräfte·allianz Erz·gebirge**. \\
Das ist eine Gruppe. \\
In der Gruppe arbeiten 13 Partner zusammen. \\
Zum Beispiel:

- die Agentur für Arbeit in Annaberg-Buchholz,
- das Job·center,
- die Industrie- und Handels·kammer,
- die Städte Annaberg-Buchholz und Stollberg.

Die Wirtschafts·förderung Erz·gebirge leitet die Gruppe.

## Wie finden Sie sich auf der Seite zurecht?

Oben auf jeder Seite ist ein Menü. \\
Dort finden Sie alle Themen.

Es gibt auch eine Suche. \\
Dort schreiben Sie ein Wort. \\
Zum Beispiel: Ausbildung. \\
Dann sehen Sie alle Seiten zu dem Wort.

Unten auf jeder Seite sind auch Links. \\
Zum Beispiel zu dieser Seite in Leichter Sprache. \\
Oder zum Impressum. \\
Im Impressum steht: Wer macht die Seite?

Die Seite gibt es auch auf Englisch. \\
Oben können Sie die Sprache wählen.

## Die Schrift ist zu klein?

Sie können die Schrift größer machen. \\
Drücken Sie die Taste Strg. \\
Drücken Sie dabei die Taste Plus. \\
Dann wird alles größer.

## Haben Sie Fragen?

Schreiben Sie uns eine E-Mail. \\
Die E-Mail-Adresse ist: [${WFE_EMAIL}](mailto:${WFE_EMAIL})

Ist etwas auf der Seite schwer für Sie? \\
Dann sagen Sie es uns bitte. \\
Wir wollen die Seite für alle Menschen gut machen.

Mehr dazu steht in der [Erklärung zur Barriere·freiheit](/barrierefreiheit/). \\
Die Erklärung ist in schwerer Sprache.
`

const UEBER_UNS_DE = md`
Die **Fachkräfteallianz Erzgebirge** ist ein Netzwerk der Akteure des Ausbildungs- und Arbeitsmarktes im Erzgebirgskreis. Gemeinsam wollen sie qualifizierte Fachkräfte für die Region gewinnen und in der Region halten. hERZland ist ihre Website.

## Wer dabei ist

- Agentur für Arbeit Annaberg-Buchholz
- DGB Region Südwestsachsen
- Große Kreisstadt Annaberg-Buchholz
- Große Kreisstadt Stollberg
- IGA Industrie- & Gewerbevereinigung Westerzgebirge e.V.
- IHK Chemnitz, Regionalkammer Erzgebirge
- Jobcenter Erzgebirgskreis
- Kreishandwerkerschaft Erzgebirge
- Landesamt für Schule und Bildung (LaSuB)
- Liga der freien Wohlfahrtspflege in Sachsen – Kreisarbeitsgemeinschaft Erzgebirge
- RBV Regionalbauernverband Erzgebirge e.V.
- Verband erzgebirgischer Kunsthandwerker und Spielzeughersteller e.V.
- Wirtschaftsförderung Erzgebirge GmbH (geschäftsführendes Mitglied)

## Wie alles begann

- **2014:** Die Partner des Netzwerkes „Fachkräfte für das Erzgebirge“ vereinbaren schriftlich eine noch engere Zusammenarbeit.
- **2016:** Aus dem Netzwerk wird die regionale Fachkräfteallianz. Die Stadt Stollberg und der DGB kommen als Partner dazu.
- **2019:** Mit Fördermitteln des Freistaates Sachsen entsteht beim geschäftsführenden Mitglied eine Koordinatorenstelle.
- **2021:** Die Liga der freien Wohlfahrtspflege in Sachsen wird am 17.08.2021 aufgenommen.
- **2024:** Die Mitglieder beschließen am 06.06.2024 einstimmig die Fortschreibung des [Handlungskonzepts](/allianz/dokumente/handlungskonzept-2024/).

## Ziele und Teilziele

Die Fachkräfteallianz Erzgebirge engagiert sich für eine Stärkung des Wirtschaftsstandortes sowie für gute und sichere Arbeit, um ausreichend qualifizierte Fachkräfte für den Erzgebirgskreis zu gewinnen und in der Region zu halten. Die Stärkung des Wirtschaftsstandorts soll über folgende Teilziele verfolgt werden:

- Sicherung der wirtschaftlichen Leistungs- und Innovationsfähigkeit der regionalen sächsischen Wirtschaft bei gleichzeitig sozialer Verantwortungsübernahme aller arbeitsmarktrelevanten Partner der Region
- Stärkung des Erzgebirges als attraktiven Ort zum Arbeiten, Leben und Lernen
- Erhöhung der Beschäftigungsquote von Frauen, älteren Personen, Menschen mit Behinderung und Personen mit Migrationshintergrund
- Reduzierung der Arbeitslosenquote, insbesondere bei Langzeitarbeitslosen
- Stärkung und Koordinierung der beruflichen Aus- und Weiterbildung
- Förderung der Gesunderhaltung am Arbeitsplatz
- Gesteuerte Zuwanderung und Etablierung einer offenen Willkommenskultur in Unternehmen, in der Verwaltung und in der Gesellschaft

### Strategie

Das Handlungskonzept beruht auf der von der Sächsischen Staatsregierung verabschiedeten *Fachkräftestrategie Sachsen 2030*, in der 2019 folgende Handlungsfelder definiert wurden:

- Fähigkeiten und Neigungen entwickeln – Fachkräfte individuell (aus)bilden
- Talente gewinnen – Fachkräfte gezielt rekrutieren
- Vorhandene Potentiale nutzen – allen Erwerbspersonen Zugang zum Arbeitsmarkt ermöglichen
- Fachkräfte binden – Attraktive Arbeitsplätze schaffen

Eine weitere wichtige Grundlage ist der 2022 verabschiedete Maßnahmenplan zur „Gewinnung internationaler Fach- und Arbeitskräfte für Sachsen“ als Teil der Fachkräftestrategie. Das Handlungskonzept berücksichtigt alle Ziele der *Fachkräftestrategie Sachsen 2030*. Die wichtigen Pfeiler Lebensqualität, Familienfreundlichkeit und Wirtschaftsattraktivität der Region müssen gefördert und ausgebaut werden, damit sowohl Arbeitgeber als auch Fach- und Arbeitskräfte aus dem In- und Ausland in der Region gehalten und angezogen werden.

## Was wir tun

Die Allianz arbeitet in vier regionalen Handlungsfeldern:

1. **Fachkräftenachwuchs** – zum Beispiel mit [Karriere Dual](/allianz/projekte/karriere-dual/) und der Jugendplattform [MAKERZ](/allianz/projekte/makerz/)
2. **Pendler, Stellenwechsler, Arbeitssuchende und Langzeitarbeitslose** – zum Beispiel mit dem [Fachkräfteportal Erzgebirge](/allianz/projekte/fachkraefteportal-erzgebirge/) und der [Karriere + Jobmesse Erzgebirge](/allianz/projekte/karriere-jobmesse-erzgebirge/)
3. **Heimkehrer, Zuwanderung und Willkommenskultur** – mit dem Welcome Center Erzgebirge, [WelcomERZ](/allianz/projekte/welcomerz/) und [NAFKA](/allianz/projekte/nafka/)
4. **Qualität der Arbeitsplätze, Fachkräfte binden, Digitalisierung** – mit dem CSR-Netzwerk [CSRnetERZ 2.0](/allianz/projekte/csrneterz/)

Im Handlungskonzept tragen diese Felder die Nummern 1, 2, 4 und 5. Grundlage ist die *Fachkräftestrategie Sachsen 2030* des Freistaates Sachsen.

## Kontakt

Wirtschaftsförderung Erzgebirge GmbH, 09456 Annaberg-Buchholz \\
E-Mail: [${WFE_EMAIL}](mailto:${WFE_EMAIL})
`

const UEBER_UNS_EN = md`
The **Fachkräfteallianz Erzgebirge** (Skilled Workers Alliance Erzgebirge) is a network of the organisations that shape training and the job market in the Erzgebirgskreis district in Saxony. Together they want to attract qualified skilled workers to the region and keep them here. hERZland is the alliance’s website.

## Who is involved

The alliance has 13 members (names as in German):

${MEMBER_LIST_EN}

## How it all began

- **2014:** The partners of the network “Fachkräfte für das Erzgebirge” (Skilled workers for the Erzgebirge) agree in writing to work together even more closely.
- **2016:** The network becomes the regional skilled workers alliance. The town of Stollberg and the DGB trade union join as partners.
- **2019:** With funding from the Free State of Saxony, a coordinator post is created at the managing member.
- **2021:** On 17 August 2021 the alliance admits the Liga der freien Wohlfahrtspflege in Sachsen (League of Voluntary Welfare Organisations in Saxony).
- **2024:** On 6 June 2024 the members unanimously adopt the updated [action plan](/en/alliance/documents/action-plan-2024/) (Handlungskonzept).

## Goals and sub-goals

The alliance works for a stronger business location and for good and secure work, so that the Erzgebirgskreis gains enough qualified skilled workers and keeps them in the region. It pursues a stronger business location through these sub-goals:

- Securing the economic performance and capacity for innovation of the regional Saxon economy, while all partners in the region who matter for the labour market take on social responsibility
- Strengthening the Erzgebirge as an attractive place to work, live and learn
- Raising the employment rate of women, older people, people with disabilities and people with a migration background
- Reducing the unemployment rate, especially among the long-term unemployed
- Strengthening and coordinating vocational training and further training
- Promoting health at work
- Managed immigration and an open culture of welcome in companies, in public administration and in society

### Strategy

The action plan is based on the *Fachkräftestrategie Sachsen 2030*, the skilled labour strategy adopted by the Saxon state government. In 2019 it defined these fields of action:

- Developing abilities and interests – training skilled workers individually
- Attracting talent – recruiting skilled workers in a targeted way
- Using existing potential – giving everyone of working age access to the labour market
- Retaining skilled workers – creating attractive jobs

A further important basis is the action plan for attracting international skilled workers and workers to Saxony, adopted in 2022 as part of the strategy. The alliance’s action plan takes all goals of the *Fachkräftestrategie Sachsen 2030* into account. Its pillars are quality of life, family friendliness and an attractive economy in the region: they must be promoted and expanded so that employers as well as skilled workers and workers from Germany and abroad stay in the region and are drawn to it.

## What we do

The alliance works in four regional fields of action:

1. **The next generation of skilled workers** – for example with [Karriere Dual](/en/alliance/projects/karriere-dual/) and the youth platform MAKERZ
2. **Commuters, job changers, jobseekers and the long-term unemployed** – for example with the Fachkräfteportal Erzgebirge (skilled workers portal) and the [Karriere + Jobmesse Erzgebirge](/en/alliance/projects/career-and-job-fair/) (career and job fair)
3. **Returnees, immigration and a culture of welcome** – with the Welcome Center Erzgebirge, [WelcomERZ](/en/alliance/projects/welcomerz/) and NAFKA
4. **Better jobs, retaining skilled workers, digitalisation of work** – with the CSR network CSRnetERZ 2.0

In the action plan these fields carry the numbers 1, 2, 4 and 5.

## Contact

Wirtschaftsförderung Erzgebirge GmbH, 09456 Annaberg-Buchholz, Germany \\
Email: [${WFE_EMAIL}](mailto:${WFE_EMAIL})
`

export const legalPages: SeedModule = () => {
  const docs: SanityDoc[] = []
  const page = (
    group: string,
    lang: 'de' | 'en',
    kind: string,
    title: string,
    s: string,
    summary: string,
    seoText: string,
    body: string,
  ) => {
    const d = tdoc('page', group, lang, {
      title,
      slug: slug(s),
      kind,
      summary,
      updatedOn: UPDATED,
      seo: seo(seoText),
    })
    d.body = rich(d._id, 'body', body)
    docs.push(d)
  }

  page('impressum', 'de', 'impressum', 'Impressum', 'impressum',
    'Anbieterkennzeichnung nach § 5 DDG und Angaben nach § 18 Abs. 2 MStV für hERZland, die Website der Fachkräfteallianz Erzgebirge.',
    'Impressum von hERZland, der Website der Fachkräfteallianz Erzgebirge: Anbieter, Kontakt und verantwortliche Person.',
    IMPRESSUM_DE)
  page('impressum', 'en', 'impressum', 'Legal notice', 'legal-notice',
    'Provider information under § 5 DDG and § 18 (2) MStV for hERZland, the website of the Fachkräfteallianz Erzgebirge.',
    'Legal notice of hERZland, the website of the Fachkräfteallianz Erzgebirge: provider, contact and responsible person.',
    IMPRESSUM_EN)
  page('datenschutz', 'de', 'datenschutz', 'Datenschutzerklärung', 'datenschutz',
    'Wie hERZland mit Ihren Daten umgeht: keine Cookies, keine Inhalte Dritter, nur technisch notwendige Server-Logdateien.',
    'Datenschutz bei hERZland: keine Cookies, keine Inhalte Dritter, nur technisch notwendige Logdateien. Ihre Rechte nach DSGVO.',
    DATENSCHUTZ_DE)
  page('datenschutz', 'en', 'datenschutz', 'Privacy policy', 'privacy',
    'How hERZland handles your data: no cookies, no third-party content, only technically necessary server log files.',
    'Privacy at hERZland: no cookies, no third-party content, only technically necessary log files. Your rights under the GDPR.',
    DATENSCHUTZ_EN)
  page('barrierefreiheit', 'de', 'barrierefreiheit', 'Erklärung zur Barrierefreiheit', 'barrierefreiheit',
    'Wie barrierefrei hERZland ist, wie Sie Barrieren melden können und an wen Sie sich im Durchsetzungsverfahren wenden.',
    'Erklärung zur Barrierefreiheit von hERZland nach BfWebG und BITV 2.0: Stand, Barrieren melden, Durchsetzungsverfahren in Sachsen.',
    BARRIEREFREIHEIT_DE)
  page('leichte-sprache', 'de', 'leichte-sprache', 'hERZland in Leichter Sprache', 'leichte-sprache',
    'Hier erklären wir in Leichter Sprache: Was ist hERZland? Wer macht die Seite? Wie finden Sie sich zurecht?',
    'hERZland in Leichter Sprache: Was steht auf der Seite? Wer macht die Seite? Wie finden Sie sich zurecht?',
    LEICHTE_SPRACHE_DE)
  page('ueber-uns', 'de', 'ueber-uns', 'Über die Fachkräfteallianz Erzgebirge', 'ueber-uns',
    'Wer zur Fachkräfteallianz Erzgebirge gehört, wie sie entstanden ist und woran die 13 Partner gemeinsam arbeiten.',
    'Die Fachkräfteallianz Erzgebirge: 13 Partner, die gemeinsam Fachkräfte für das Erzgebirge gewinnen und halten.',
    UEBER_UNS_DE)
  page('ueber-uns', 'en', 'ueber-uns', 'About the Fachkräfteallianz Erzgebirge', 'about',
    'Who belongs to the Fachkräfteallianz Erzgebirge, what it wants to achieve, how it began and what its 13 partners work on together.',
    'The Fachkräfteallianz Erzgebirge: 13 partners working together to attract skilled workers to the Erzgebirge and keep them.',
    UEBER_UNS_EN)

  return docs
}
