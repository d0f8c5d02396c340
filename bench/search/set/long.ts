// Long queries: what practice staff put into the description field — two to five sentences, pasted error texts,
// "ich wollte … aber dann …", with the telling words anywhere in the text between greetings, context and noise.
import { type LabelledQuery, q } from './types';

const de = q('long');
const en = q('long', 'en');

export const LONG: LabelledQuery[] = [
  de(
    'Hallo, ich wollte gerade eine Verordnung für Frau K. speichern, aber dann kam „Speichern fehlgeschlagen: Keine Verbindung zum Server“. Das WLAN am Empfang ist manchmal etwas wackelig. Sind meine Eingaben jetzt weg?',
    'fehler-speichern-fehlgeschlagen',
  ),
  de('Fehler 500 beim Speichern der Verordnung. Hab es dreimal probiert, immer das gleiche. Browser ist Chrome.', 'fehler-speichern-fehlgeschlagen'),
  de(
    'Guten Morgen, seit heute früh sehe ich nach dem Einloggen nur einen Ladekreis, der sich endlos dreht, und dann passiert nichts mehr. Gestern Abend ging noch alles. Die Kollegin am anderen PC hat das gleiche Problem.',
    'fehler-weisse-seite',
  ),
  de(
    'Wir haben einen neuen Kollegen, der ab dem 1. nächsten Monats als Physiotherapeut bei uns anfängt. Als ich ihn als Behandler anlegen wollte, kam die Warnung, dass das Kontingent ausgeschöpft ist. Was müssen wir tun, damit er starten kann?',
    'lizenz-behandler-kontingent',
    'lizenz-weitere-erwerben',
  ),
  de(
    'Ich habe fünfmal mein Passwort falsch eingegeben, weil die Feststelltaste an war, und jetzt steht da, dass mein Konto vorübergehend gesperrt ist. Muss ich jetzt warten oder kann das jemand freischalten?',
    'anmeldung-konto-gesperrt',
  ),
  de(
    'Ich möchte für eine Patientin mit 10x Krankengymnastik alle Termine auf einmal eintragen, immer dienstags und donnerstags um 8 Uhr. Bisher mache ich das jedes Mal einzeln, das dauert ewig.',
    'termine-serientermin',
  ),
  de(
    'Unser Steuerbüro hat angerufen, sie brauchen von uns die Rechnungen und Zahlungen vom letzten Monat in einem Format, das sie direkt einlesen können. Wo finde ich das in medondo?',
    'export-datev',
  ),
  de(
    'Die Patientin sagt, sie hat die Rechnung per Mail nie bekommen. Im Spam hat sie auch nachgeschaut. Die Adresse stimmt eigentlich, kann man irgendwo sehen ob die Mail rausgegangen ist?',
    'kommunikation-email',
  ),
  de(
    'Beim Einlesen der Versichertenkarte kommt „Kein Kartenlesegerät gefunden“, obwohl das Gerät am USB steckt und das Lämpchen leuchtet. Seit dem Windows-Update letzte Woche geht es nicht mehr.',
    'geraete-kartenlesegeraet',
  ),
  de(
    'Ich wollte eine Rechnung löschen, weil der falsche Betrag drauf war, aber dann kam „Festgeschriebene Rechnungen können nicht bearbeitet werden“. Wie bekomme ich die falsche Rechnung weg und eine richtige raus?',
    'rechnung-stornieren',
  ),
  de(
    'Wir sind eine Physiotherapiepraxis mit drei Therapeuten und wollen ab Januar die Kassenrezepte nicht mehr über das Abrechnungszentrum, sondern selbst abrechnen. Was brauchen wir dafür und wie läuft die Abrechnung in medondo ab?',
    'abrechnung-krankenkasse',
  ),
  de(
    'Hallo zusammen, wenn ich im Kalender einen Termin speichere, bekomme ich die Meldung „Der Behandler ist zu dieser Zeit nicht verfügbar“. Die Kollegin arbeitet aber an dem Tag ganz normal. Woran kann das liegen?',
    'termine-anlegen',
    'einstellungen-behandler-anlegen',
  ),
  de(
    'Ein Patient hat angerufen und möchte eine Kopie von allem, was wir über ihn gespeichert haben, inklusive der Behandlungsdokumentation. Er beruft sich auf die DSGVO. Gibt es dafür eine Funktion oder muss ich alles einzeln ausdrucken?',
    'patienten-dsgvo-auskunft',
  ),
  de(
    'Wenn ich auf Drucken klicke, passiert einfach gar nichts. Kein Fenster, keine Fehlermeldung. Das betrifft Rechnungen und auch Briefe. Am anderen Rechner geht es.',
    'drucken-drucker-einrichten',
    'drucken-rechnung',
    'fehler-pdf-oeffnet-nicht',
  ),
  de(
    'Frau Schmidt ist bei uns zweimal angelegt, einmal mit ihrem Mädchennamen und einmal nach der Hochzeit mit dem neuen Nachnamen. Die Termine sind auf beide Akten verteilt. Kann man das zusammenlegen, ohne dass Rechnungen verloren gehen?',
    'patienten-zusammenfuehren',
  ),
  de(
    'Ich bin die Praxisinhaberin und gehe Ende des Jahres in den Ruhestand. Die Praxis wird nicht weitergeführt. Bis wann muss ich den Vertrag mit medondo kündigen und was passiert mit den Patientendaten?',
    'lizenz-kuendigung',
  ),
  de(
    'Wir haben die Bank gewechselt und das alte Konto wird Ende des Monats aufgelöst. Die Lizenzgebühren für medondo sollen ab sofort vom neuen Konto abgebucht werden. Wo trage ich die neue IBAN ein?',
    'lizenz-zahlungsart',
  ),
  de(
    'Unsere Patienten vergessen ständig ihre Termine, letzte Woche waren es vier Ausfälle. Kann medondo den Patienten am Vortag automatisch eine SMS schicken? Und was kostet das?',
    'termine-erinnerung',
  ),
  de(
    'Ich habe einen Arztbrief vom Orthopäden als PDF per Mail bekommen und möchte den in der Akte des Patienten speichern, damit die Therapeutin ihn vor der Behandlung lesen kann. Wie geht das?',
    'patienten-dokumente',
  ),
  de(
    'Wenn ich eine Rechnung als PDF öffnen will, kommt nur „Fehler beim Laden des PDF-Dokuments“. Das passiert nur bei dieser einen Rechnung, die anderen gehen.',
    'fehler-pdf-oeffnet-nicht',
  ),
  de(
    'Hallo, ich bin neu am Empfang und soll die neuen Patienten aufnehmen. Wo trage ich Name, Geburtsdatum und die Krankenkasse ein? Die Karte kann ich leider noch nicht einlesen.',
    'patienten-anlegen',
  ),
  de(
    'Die Auszubildende soll bei uns nur Termine vergeben und Patienten anlegen dürfen, aber auf keinen Fall die Dokumentation der Therapeuten oder die Abrechnung sehen. Wie stelle ich das ein?',
    'einstellungen-benutzer-rechte',
  ),
  de(
    'Wir sind umgezogen und haben eine neue Adresse und eine neue Telefonnummer. Auf den Rechnungen und Briefen steht aber noch die alte Anschrift. Wo ändere ich das für alle Dokumente?',
    'einstellungen-praxisdaten',
  ),
  de(
    'Ich schreibe jede Woche die gleichen Therapieberichte an die verordnenden Ärzte und tippe jedes Mal Anrede und Name ab. Kann man da eine Vorlage hinterlegen, in der die Patientendaten automatisch drin sind?',
    'einstellungen-vorlagen',
  ),
  de(
    'Für unsere Weihnachtspost brauche ich eine Liste aller aktiven Patienten mit Adresse als Excel-Datei. Beim Export sind dann aber die Umlaute kaputt, aus Müller wird irgendwas mit komischen Zeichen.',
    'export-daten',
  ),
  de(
    'Seit heute Vormittag werde ich alle paar Minuten abgemeldet und sehe „Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.“ Dabei arbeite ich die ganze Zeit. Das nervt, weil ich ständig meine Doku neu schreiben muss.',
    'fehler-sitzung-abgelaufen',
  ),
  de(
    'Ich will mir die 2FA einrichten, aber der Code aus der App wird immer als ungültig abgelehnt. Ich habe es jetzt fünfmal mit neuen Codes versucht. Handy ist ein älteres Android.',
    'anmeldung-zwei-faktor',
  ),
  de(
    'Mein neues Handy ist da und das alte habe ich schon zurückgegeben. Jetzt fragt medondo beim Anmelden nach dem Sicherheitscode aus der Authenticator-App, die ist aber weg. Wie komme ich wieder rein?',
    'anmeldung-zwei-faktor',
  ),
  de(
    'Mir ist gestern beim Aufräumen versehentlich ein Dokument gelöscht worden, das war ein Befund von einer Patientin. Kann man das wiederherstellen? Ist das irgendwo in einem Papierkorb?',
    'sicherheit-datensicherung',
  ),
  de(
    'Unser Datenschutzbeauftragter will wissen, wo genau die Daten gespeichert werden und ob es einen Vertrag zur Auftragsverarbeitung gibt. Er hat auch nach den technischen Maßnahmen gefragt. Wo finde ich das?',
    'sicherheit-datenschutz',
  ),
  de(
    'Ich habe am Freitag eine Anfrage an den Support geschickt wegen der Abrechnung und noch keine Antwort bekommen. Wo kann ich nachsehen, ob die schon bearbeitet wird? Im Portal sehe ich sie nicht.',
    'support-anfrage-stellen',
  ),
  de(
    'Die Rezeption möchte im Kalender alle Behandler nebeneinander sehen, jeder in einer eigenen Spalte, und die Räume auch. Momentan sieht sie nur ihren eigenen Kalender. Wie kann man das umstellen?',
    'termine-kalenderansicht',
  ),
  de(
    'Wir möchten, dass Patienten über unsere Homepage selbst einen Termin für ein Erstgespräch buchen können, aber nur dienstags und donnerstags. Wie richte ich das ein und wo bekomme ich den Link für die Webseite?',
    'termine-online-buchung',
  ),
  de(
    'Nach dem letzten Update sind ein paar Knöpfe woanders und ich finde die Einstellung für die Terminarten nicht mehr. Wo kann ich nachlesen, was sich geändert hat?',
    'updates-neue-version',
  ),
  de(
    'Ein Patient kam heute mit einer Heilmittelverordnung, bei der die Diagnosegruppe nicht zum Heilmittel passt, medondo zeigt rote Hinweise an. Dürfen wir trotzdem behandeln und wie erfasse ich das Rezept richtig?',
    'verordnungen-erfassen',
  ),
  de(
    'Eine Patientin zahlt ihre Zuzahlung bar am Empfang. Ich weiß nicht, wo ich das eintrage und wie ich ihr eine Quittung ausdrucke. Am Abend soll dann die Kasse stimmen.',
    'kasse-barzahlung',
  ),
  de(
    'Einige Privatpatienten haben ihre Rechnungen vom März immer noch nicht bezahlt. Ich möchte ihnen eine freundliche Erinnerung und bei Bedarf eine Mahnung mit Gebühr schicken. Kann medondo das automatisch?',
    'rechnung-mahnung',
  ),
  de(
    'Ich muss für einen Selbstzahler eine Rechnung über sechs Massagen schreiben. Die Leistungen sind in den Terminen erfasst. Welche Gebührenordnung nehme ich und wie erstelle ich die Rechnung?',
    'rechnung-erstellen',
  ),
  de(
    'Am Monatsende müssen ca. 80 Privatrechnungen raus und ich drucke jede einzeln aus. Geht das auch gesammelt in einem Rutsch? Einige Patienten bekommen die Rechnung per E-Mail, die sollen nicht mitgedruckt werden.',
    'drucken-rechnung',
  ),
  de(
    'Wir haben neue Etiketten für den DYMO gekauft, jetzt ist der Text auf den Patientenaufklebern abgeschnitten und verteilt sich auf zwei Etiketten. Vorher hat es gepasst.',
    'drucken-etiketten',
  ),
  de(
    'Hallo, im Therapieraum bleibt der Bildschirm beim Öffnen von medondo komplett weiß. Auf meinem Handy geht es aber. Hab schon neu gestartet, hilft nichts.',
    'fehler-weisse-seite',
  ),
  de(
    'Wir haben in der Praxis noch einen älteren PC mit Internet Explorer. Da kommt „Ihr Browser wird nicht unterstützt“. Welchen Browser sollen wir installieren und was braucht der Rechner mindestens?',
    'fehler-browser-unterstuetzung',
  ),
  de(
    'Ich hab mein Passwort vergessen. Ich habe auf Passwort vergessen geklickt, aber es kommt keine Mail an, auch nicht im Spam. Was kann ich noch machen? Die Chefin ist heute nicht da.',
    'anmeldung-passwort-vergessen',
  ),
  de(
    'Wir fahren viel zu Hausbesuchen und möchten unterwegs auf dem iPad den Kalender und die Dokumentation sehen. Brauchen wir dafür eine extra App aus dem App Store?',
    'geraete-mobil',
  ),
  de(
    'Ich möchte einen Eintrag im Verlauf von letzter Woche korrigieren, da steht ein falsches Datum drin. Es kommt aber „Dieser Eintrag ist abgeschlossen. Bitte erstellen Sie einen Nachtrag.“ Wie mache ich das?',
    'dokumentation-verlauf',
  ),
  de(
    'Neue Patienten sollen den Anamnesebogen nicht mehr auf Papier ausfüllen, sondern vor dem ersten Termin zu Hause online. Geht das, und landet das dann automatisch in der Akte?',
    'dokumentation-formulare',
  ),
  de(
    'Wir haben eine Rechnung von medondo bekommen, die deutlich höher ist als sonst. Da steht eine anteilige Berechnung drauf, die ich nicht verstehe. Außerdem soll die Rechnung künftig an unsere Buchhaltung gehen.',
    'lizenz-rechnung-fragen',
  ),
  de(
    'Die Praxis wächst, wir stellen im Sommer zwei neue Ergotherapeutinnen ein. Wie viele Lizenzen haben wir aktuell und wie bestellen wir zwei zusätzliche? Wird das anteilig berechnet?',
    'lizenz-weitere-erwerben',
  ),
  de(
    'Neue Mitarbeiterin am Empfang, sie soll einen eigenen Zugang bekommen. Wie lege ich für sie einen Benutzer an und bekommt sie dann eine Einladung per Mail?',
    'einstellungen-benutzer-rechte',
  ),
  de(
    'Unsere neue Logopädin fängt nächste Woche an. Sie braucht einen eigenen Kalender mit ihren Arbeitszeiten und soll online buchbar sein. Wo lege ich sie als Behandlerin an?',
    'einstellungen-behandler-anlegen',
  ),
  de(
    'beim versuch einen termin zu speichern kommt „Speichern fehlgeschlagen: Der Datensatz wurde zwischenzeitlich von einem anderen Benutzer geändert“ was heißt das, ich war alleine am patienten dran',
    'fehler-speichern-fehlgeschlagen',
  ),
  de(
    'Ich komme nicht mehr rein. Habe das Passwort ein paarmal falsch getippt, jetzt geht gar nichts mehr, auch mit dem richtigen nicht. Die Meldung sagt was von zu vielen fehlgeschlagenen Anmeldeversuchen.',
    'anmeldung-konto-gesperrt',
  ),
  de(
    'Unser Kassenbuch vom Dienstag ist schon abgeschlossen, jetzt ist uns aufgefallen, dass eine Barzahlung von 10 Euro fehlt. Kann man den Tagesabschluss wieder öffnen?',
    'kasse-barzahlung',
  ),
  de(
    'Die Krankenkasse hat bei der letzten Abrechnung zwei Rezepte gekürzt, Begründung war Behandlungsbeginn nach Ablauf der Frist. Wo trage ich die Absetzung ein und wie vermeide ich das künftig?',
    'abrechnung-krankenkasse',
    'verordnungen-erfassen',
  ),
  de(
    'Ein Kind ist bei uns in Behandlung, die Rechnung soll aber an die Eltern gehen und nicht an das Kind. Wo stelle ich beim Patienten ein, wer die Rechnung bekommt?',
    'patienten-anlegen',
    'rechnung-erstellen',
  ),
  de(
    'Wir wollen alle Patienten per Serienbrief über die neuen Öffnungszeiten informieren. Dafür brauche ich die Adressen als Liste und eine Briefvorlage. Wie mache ich das am besten?',
    'export-daten',
    'einstellungen-vorlagen',
  ),
  de(
    'Das Fenster „Was ist neu?“ kommt bei jedem zweiten Login und ich weiß nicht, was sich eigentlich geändert hat. Wo stehen die Neuerungen?',
    'updates-neue-version',
  ),
  de(
    'Wir haben eine Zweigpraxis eröffnet. Die braucht eine eigene Adresse und eigene Öffnungszeiten auf der Buchungsseite und den Briefen. Geht das in einem Konto?',
    'einstellungen-praxisdaten',
  ),
  de(
    'Patienten sehen auf unserer Buchungsseite „Derzeit sind keine freien Termine verfügbar“, obwohl der Kalender nächste Woche noch viel Platz hat. Was ist da falsch eingestellt?',
    'termine-online-buchung',
  ),
  de(
    'Ich habe eine Terminserie mit 6 Terminen angelegt, dann kam „Serie konnte nicht vollständig angelegt werden“. Zwei Termine fehlen, weil die Therapeutin da Urlaub hat. Kann ich die irgendwie nachtragen?',
    'termine-serientermin',
  ),
  de(
    'Eine Patientin hatte ihre eGK beim ersten Termin vergessen, und heute zeigt das Lesegerät „Karte ungültig“. Die Karte sieht aber neu aus. Was bedeutet das?',
    'geraete-kartenlesegeraet',
  ),
  de(
    'Wir möchten Rechnungen von unserer eigenen Mailadresse verschicken, also info@unsere-praxis.de. Aktuell steht da „Absenderdomain nicht verifiziert“. Was muss unser IT-Dienstleister machen?',
    'kommunikation-email',
  ),
  de(
    'Eine Kollegin verlässt die Praxis zum Monatsende. Was passiert mit ihren Terminen und der Doku, wenn ich sie deaktiviere, und wird die Lizenz dann frei für die Nachfolgerin?',
    'einstellungen-behandler-anlegen',
    'lizenz-behandler-kontingent',
  ),
  de(
    'Wir wollen eine Lizenz weniger, weil eine Therapeutin nur noch selten kommt. Wie kann ich das Paket verkleinern und ab wann wird es billiger?',
    'lizenz-kuendigung',
  ),
  de(
    'Hilfe, ich weiß nicht mehr, wie ich eine Anfrage an euch stelle, das Portal will eine Registrierung und ich bekomme keine Mail. Es geht um einen Fehler beim Drucken.',
    'support-anfrage-stellen',
  ),
  de(
    'Bei einer GOÄ-Ziffer mit Faktor 3,5 will medondo eine Begründung von mir, sonst kann ich die Rechnung nicht festschreiben. Wo gebe ich die ein?',
    'rechnung-erstellen',
  ),
  de(
    'Ich habe aus Versehen einen ganzen Import mit falschen Daten gemacht und jetzt sind bei vielen Patienten die Telefonnummern überschrieben. Kann der Support den Stand von gestern zurückholen?',
    'sicherheit-datensicherung',
  ),
  de(
    'Für die Rezeption haben wir ein Tablet, auf dem Patienten den Aufnahmebogen und die Datenschutzerklärung unterschreiben. Die Unterschrift fehlt aber hinterher im PDF. Woran liegt das?',
    'dokumentation-formulare',
  ),
  de(
    'mein kollege sieht im kalender meine termine nicht, obwohl wir im gleichen team sind. er hat eigentlich die gleiche rolle wie ich. wo kann man das freischalten',
    'termine-kalenderansicht',
    'einstellungen-benutzer-rechte',
  ),
  de(
    'Ich habe einem Patienten eine Rechnung geschickt, die es schon gab, die Rechnung war also doppelt. Er hat jetzt zweimal überwiesen. Wie storniere ich die zweite und was mache ich mit dem Geld?',
    'rechnung-stornieren',
  ),
  de(
    'Wir wollen in der Praxis auf die Anmeldung mit zweitem Faktor für alle Mitarbeiter umstellen. Kann ich als Admin das für alle verpflichtend machen?',
    'anmeldung-zwei-faktor',
  ),
  de(
    'Der Steuerberater sagt, bei dem DATEV-Export fehlt ein Konto für die Wellness-Massagen mit Umsatzsteuer. Wo ordne ich das zu?',
    'export-datev',
  ),

  en(
    'Hi, I tried to print an invoice for a patient but nothing happens when I click Print. No window opens at all. It worked last week on the same computer.',
    'drucken-drucker-einrichten-en',
    'drucken-rechnung-en',
  ),
  en(
    'Since this morning I only see a white screen after signing in, and the spinner keeps going forever. My colleague on the other PC has the same problem since your update.',
    'fehler-weisse-seite-en',
  ),
  en(
    'We are hiring a new physiotherapist next month. When I tried to add her as a practitioner, I got a warning that the quota is used up. What do we need to do so she can start?',
    'lizenz-behandler-kontingent-en',
    'lizenz-weitere-erwerben-en',
  ),
  en('I forgot my password and the reset email never arrived, I already checked the spam folder. Is there anything else I can do?', 'anmeldung-passwort-vergessen-en'),
  en(
    'Our accountant needs a list of all invoices from last quarter in Excel. When I open the CSV file the umlauts look garbled. How do I export it properly?',
    'export-daten-en',
  ),
  en(
    "I keep getting logged out every few minutes with a message that my session has expired, even though I'm actively working. It's very annoying because I lose my notes.",
    'fehler-sitzung-abgelaufen-en',
  ),
  en(
    'A new patient called and wants to come in next week. How do I put her into the system with her insurance details before I book the appointment?',
    'patienten-anlegen-en',
  ),
  en("I sent a request to your support team on Friday and haven't heard back. Where can I see whether someone is working on it?", 'support-anfrage-stellen-en'),
];
