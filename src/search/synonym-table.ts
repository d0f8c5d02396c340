// The built-in synonym and abbreviation table of practice-software support, German and English. One group per
// line: words or phrases that mean the same thing to someone asking for help, separated by commas. A query word in
// a group also finds articles with the group's other words, ranked below articles with the word itself. Phrases
// (words with spaces, "geht nicht") only ever match a query, never an article. Installations add their own groups
// through the portal (`GET /synonyms`) without a widget release.
//
// Lines starting with `#` are comments (one per topic); blank lines are ignored. Entries are lower case and are meant
// to be matched like search terms (folded, lightly stemmed), so one form stands for its inflections. Compounds are
// written joined ("zweifaktor", "sepalastschrift"), as the index also holds hyphenated words joined; spelled-apart
// forms are phrases. Every group has at least one single word, since phrases alone reach no article. A word is in
// two groups only where it has two meanings (kasse, kv, mfa, duplikat, überweisung). Words that mean different
// things in different places stay out or only appear inside phrases ("sitzung abgelaufen", never "sitzung"; "weiße
// seite", never "weiß"). Missing on purpose: words whose stem is a stop word and so never reaches the index
// ("ändern" → "and", "sichern" → "sich", "note" → "not"), and words whose stem an unrelated word shares ("geb" and
// "geben", "sticker" and "Sticks", "träge" and "tragen").
export const SYNONYM_TABLE = `
# Rollen und Personen
behandler, behandlerin, therapeut, therapeutin, arzt, ärztin, doktor, doktorin, dr, heilpraktiker, heilpraktikerin, physiotherapeut, physiotherapeutin, ergotherapeut, ergotherapeutin, logopäde, logopädin, podologe, podologin, practitioner, doctor, physician, therapist, clinician
praxisinhaber, praxisinhaberin, inhaber, inhaberin, praxisleitung, praxisleiter, praxisleiterin, chef, chefin, geschäftsführer, geschäftsführerin, practice owner, boss
administrator, administratorin, admin, adminrechte, administratorrechte, admin rights, administrator rights
rezeption, empfang, empfangstresen, tresen, anmeldetresen, frontdesk, front desk, reception, receptionist, rezeptionistin, mfa, medizinische fachangestellte, arzthelferin, arzthelfer, praxishelferin, mpa, ordinationshilfe, ordinationsassistentin
mitarbeiter, mitarbeiterin, mitarbeitende, personal, angestellte, angestellter, kollege, kollegin, azubi, auszubildende, auszubildender, staff, employee, colleague, coworker
vertretung, urlaubsvertretung, vertreter, vertreterin, aushilfe, locum, substitute
ausgeschieden, ausscheiden, ehemalig, ehemalige, ehemaliger, verlässt die praxis, praxis verlassen, nicht mehr in der praxis, left the practice
patient, patientin, klient, klientin, kunde, kundin, client, customer
neupatient, neupatientin, neuaufnahme, patientenaufnahme, neuer patient, neue patientin, new patient
angehörige, angehöriger, eltern, elternteil, erziehungsberechtigte, erziehungsberechtigter, vormund, gesetzlicher betreuer, relative, parent, guardian
standort, filiale, zweigpraxis, zweigstelle, niederlassung, nebenbetriebsstätte, praxisstandort, location, branch
itbetreuer, itdienstleister, edvbetreuer, systembetreuer, systemhaus, edv, it betreuer, it dienstleister, it support, it abteilung
# Anmeldung, Konto und Passwort
anmeldung, anmelden, angemeldet, einloggen, eingeloggt, login, logon, signin, anmeldeseite, loginseite, reinkommen, log in, sign in, login page, komme nicht rein, nicht reinkommen
abmelden, abmeldung, abgemeldet, ausloggen, ausgeloggt, logout, signout, rausgeflogen, rausgeworfen, log out, logged out, sign out, signed out, fliege raus, fliegt raus
timeout, zeitüberschreitung, sitzung abgelaufen, sitzung ist abgelaufen, session abgelaufen, session expired, session timeout, automatisch abgemeldet, automatische abmeldung, automatic logout
passwort, kennwort, pw, pwd, password, passwd
zugangsdaten, anmeldedaten, logindaten, credentials, login daten, benutzername und passwort
benutzername, nutzername, loginname, anmeldename, username, user name
zurücksetzen, zurückgesetzt, rücksetzen, reset, resetten, passwort vergessen, kennwort vergessen, forgot password, forgotten password
gesperrt, sperre, sperrung, blockiert, ausgesperrt, locked, lockout, blocked, locked out, konto gesperrt, account locked
entsperren, entsperrt, entsperrung, unlock, unlocked, sperre aufheben
fehlversuch, fehlversuche, falsches passwort, zu viele versuche, wrong password, too many attempts
zweifaktor, zweifaktorauthentifizierung, 2fa, mfa, twofactor, multifaktor, authenticator, authenticatorapp, totp, otp, einmalcode, einmalpasswort, sicherheitscode, bestätigungscode, zwei faktor, two factor, multi faktor, authenticator app, google authenticator, microsoft authenticator, verification code
wiederherstellungscode, wiederherstellungscodes, backupcode, notfallcode, ersatzcode, recovery code, recovery codes, backup code
benutzer, benutzerin, nutzer, nutzerin, anwender, anwenderin, user, account, konto, benutzerkonto, nutzerkonto, zugang, benutzerzugang
profil, benutzerprofil, profile, meine daten, mein profil
rolle, rechte, berechtigung, berechtigungen, zugriffsrechte, benutzerrechte, rechtevergabe, permission, permissions, rights, role, access rights, kein zugriff, zugriff verweigert, nicht berechtigt, access denied, permission denied, not allowed
ausgegraut, greyed out, grayed out, nicht anklickbar, nicht klickbar, lässt sich nicht anklicken
registrierung, registrieren, registriert, register, signup, sign up, konto erstellen, account erstellen, create account
einladung, einladen, eingeladen, einladungslink, einladungsmail, invitation, invite
# Geräte und Hardware
drucker, drucken, druck, ausdrucken, ausdruck, printen, ausprinten, print, printer, printing, printout
druckdialog, druckfenster, druckmenü, druckeinstellungen, print dialog, print window, print settings
sammeldruck, massendruck, stapeldruck, batch print, batch printing, bulk print, bulk printing, alle auf einmal drucken
etikettendrucker, labeldrucker, labelprinter, thermodrucker, dymo, labelwriter, label printer
etikett, label, aufkleber, klebeetikett, patientenetikett, patientenaufkleber
kartenlesegerät, kartenleser, lesegerät, egkleser, chipkartenleser, chipkartenlesegerät, kartenterminal, cardreader, cherry, orga, egk leser, card reader
egk, gesundheitskarte, versichertenkarte, krankenversichertenkarte, krankenkassenkarte, kassenkarte, chipkarte, versicherungskarte, ecard, kvk, elektronische gesundheitskarte, e card, health card, insurance card, karte einlesen, karte lesen, read card
scanner, scan, scannen, einscannen, eingescannt, gescannt, abscannen
foto, photo, fotografieren, abfotografieren, kamera, camera, handyfoto
handy, smartphone, mobiltelefon, iphone, android, natel, mobil, mobilgerät, mobile phone, cell phone, mobile device
tablet, ipad, android tablet
app, appstore, playstore, handyapp, app store, play store, mobile app
bildschirm, monitor, display, screen
bildschirmauflösung, auflösung, resolution, screen resolution, full hd
screenshot, bildschirmfoto, bildschirmkopie, bildschirmaufnahme, printscreen, snipping, print screen
computer, pc, laptop, notebook, desktop, arbeitsplatzrechner, arbeitsplatz, workstation, praxisrechner, praxis pc
betriebssystem, os, operating system
treiber, gerätetreiber, driver
gerät, endgerät, device, hardware
anschließen, angeschlossen, anstecken, einstecken, verbinden, verbunden, koppeln, connect, connected, plug in
internet, internetverbindung, internetzugang, verbindung, netzwerk, netz, wlan, wifi, lan, wireless, offline, connection, network, verbindungsabbruch, verbindungsprobleme, kein internet, keine verbindung
neustart, neustarten, reboot, rebooten, restart, hochfahren, neu starten, neu hochfahren
strg, ctrl
neuladen, reload, refresh, f5, neu laden, seite neu laden, seite aktualisieren, hard refresh, hard reload
tablet, samsung galaxy tab, galaxy tab, android-tablet, surface
mobil, unterwegs, von unterwegs, hausbesuch mit handy, on the go
computer, rechner, pc, laptop, notebook, arbeitsplatzrechner, windows 7, windows 10, alter rechner

# Rechnungen und Abrechnung
rechnung, faktura, invoice, bill, quittung, beleg, receipt
privatrechnung, privatliquidation, liquidation, privatabrechnung, private rechnung, private invoice
abrechnung, abrechnen, abgerechnet, billing
kassenabrechnung, krankenkassenabrechnung, heilmittelabrechnung, rezeptabrechnung, gkvabrechnung, kvabrechnung, quartalsabrechnung, gkv abrechnung, kv abrechnung, 302 abrechnung, insurance billing, statutory billing
abrechnungszentrum, abrechnungsstelle, abrechnungszentrale, abrechnungsdienstleister, abrechnungsfirma, billing centre, billing center
direktabrechnung, direktversand, direktabrechner, selbstabrechner, selbstabrechnung
absetzung, kürzung, rechnungskürzung, retaxierung, retax, beanstandung
rechnungsnummer, rechnungsnr, belegnummer, invoice number
rechnungsadresse, rechnungsanschrift, rechnungsempfänger, rechnungsdaten, billing address, invoice address
kopie, duplikat, zweitschrift, abschrift, zweitausfertigung, rechnungskopie, copy
entwurf, entwürfe, rechnungsentwurf, draft, vorläufig
festschreiben, festgeschrieben, finalisieren, finalise, finalize, finalised, finalized
stornieren, storno, stornierung, storniert, stornorechnung, rückgängig, annullieren, void, rückgängig machen, cancel invoice
gutschrift, rückerstattung, rückzahlung, auszahlung, zurückerstatten, zurückzahlen, refund, credit note, geld zurück
mahnung, zahlungserinnerung, mahnen, gemahnt, mahnwesen, mahnlauf, mahnschreiben, mahnbrief, dunning, payment reminder, overdue notice
unbezahlt, überfällig, säumig, ausstehend, zahlungsverzug, unpaid, overdue, outstanding, offene rechnung, offene posten, offener posten, nicht bezahlt
ratenzahlung, teilzahlung, ratenplan, abschlagszahlung, teilbetrag, installment, instalment
leistung, dienstleistung, behandlungsleistung, erbrachte leistungen
leistungsziffer, ziffer, gebührenziffer, abrechnungsziffer, gebührennummer, positionsnummer, fee code, billing code
leistungskatalog, preisliste, preistabelle, leistungsverzeichnis, price list, service catalogue, service catalog
gebührenordnung, gebührenverzeichnis, gebührenkatalog, fee schedule
goä, gebührenordnung für ärzte
gebüh, gebührenverzeichnis für heilpraktiker
steigerungsfaktor, steigerungssatz, multiplikator, multiplier
umsatzsteuer, mehrwertsteuer, mwst, ust, vat, sales tax
steuernummer, steuernr, ustidnr, ustid, umsatzsteueridentifikationsnummer, ust id, tax number, vat number, vat id
steuerberater, steuerberaterin, steuerbüro, steuerkanzlei, kanzlei, stb, accountant, tax advisor, tax consultant
buchhaltung, buchführung, finanzbuchhaltung, fibu, buchhalter, buchhalterin, bookkeeping, accounting
kontenrahmen, skr, skr03, skr04, chart of accounts
gobd, revisionssicher, revisionssicherheit, grundsätze ordnungsmäßiger buchführung
tse, kassensichv, kassensicherungsverordnung, technische sicherheitseinrichtung
rechnung, honorarnote, honorarrechnung, liquidation, privatliquidation, zahlungsaufforderung
rechnung stellen, abrechnen, in rechnung stellen, charge, bill a patient, charge a patient

# Zahlungen und Kasse
zahlung, bezahlung, zahlen, bezahlen, bezahlt, zahlungseingang, payment, pay, paid
zahlungsart, zahlungsmethode, zahlweise, zahlungsweise, bezahlart, zahlungsoption, payment method
lastschrift, sepa, sepalastschrift, bankeinzug, einzug, abbuchung, abbuchen, abgebucht, einziehen, eingezogen, lastschriftmandat, mandat, einzugsermächtigung, sepa lastschrift, direct debit
rücklastschrift, rückbuchung, lastschriftrückgabe, zurückgebucht, chargeback, returned debit, geplatzte lastschrift
überweisung, überweisen, überwiesen, banküberweisung, bank transfer
bankverbindung, kontoverbindung, bankdaten, kontodaten, bankkonto, iban, bic, bankwechsel, kontowechsel, bank details, bank account, neue iban, neue bank
kreditkarte, kartenzahlung, eckarte, girocard, debitkarte, visa, mastercard, ec karte, ec zahlung, credit card, card payment
kasse, barkasse, kassenbuch, barzahlung, bargeld, cash, bar bezahlt, bar zahlen, in bar, cash register, cash payment
tagesabschluss, kassenabschluss, kassensturz, zbon, kassenbericht, z bon, end of day, daily closing
zuzahlung, eigenanteil, rezeptgebühr, copayment, copay, co payment
zuzahlungsbefreit, zuzahlungsbefreiung, befreit, befreiung, befreiungsausweis, befreiungsbescheinigung, exempt, exemption
preis, kosten, gebühr, price, cost, fee, was kostet, wie teuer
# Lizenz, Vertrag und Kündigung
lizenz, licence, license, abo, abonnement, subscription, vertrag, contract, tarif, paket, preismodell, lizenzmodell, subscription plan, pricing plan
kontingent, limit, quota, lizenzanzahl, lizenzlimit, obergrenze, höchstzahl, maximum, maximale anzahl, anzahl lizenzen
ausgeschöpft, aufgebraucht, erschöpft, verbraucht, exhausted, voll belegt, used up, limit erreicht, keine lizenz frei, alle lizenzen belegt
upgrade, upgraden, aufstocken, aufrüsten, erweitern, hochstufen, dazubuchen, zubuchen, nachbuchen, dazukaufen, zukaufen, nachkaufen, mehr lizenzen, weitere lizenzen
kaufen, erwerben, bestellen, bestellung, anschaffen, buy, purchase
kündigen, kündigung, gekündigt, abbestellen, vertragsende, austreten, austritt, terminate, termination, vertrag beenden, abo beenden, abo kündigen, cancel subscription, cancel contract, cancel licence, cancel license
kündigungsfrist, vertragslaufzeit, laufzeit, mindestlaufzeit, notice period, contract term
kundennummer, kundennr, vertragsnummer, kunden nr, customer number, customer id
praxisübergabe, praxisübernahme, praxisabgabe, praxisverkauf, inhaberwechsel, nachfolger, nachfolgerin, übergabe der praxis
praxisaufgabe, praxisschließung, praxisauflösung, ruhestand, praxis schließen, praxis aufgeben, closing the practice
kündigen, praxis schließt, praxisaufgabe, praxis aufgeben, wir hören auf, aufhören, schließen die praxis
lizenz, plan, tarif, subscription plan

# Termine und Kalender
termin, appointment, behandlungstermin, therapietermin, therapiesitzung, behandlungssitzung, behandlungseinheit, therapieeinheit
terminart, termintyp, terminkategorie, behandlungsart, appointment type
serientermin, terminserie, terminreihe, serie, series, dauertermin, wiederkehrender termin, wiederholender termin, regelmäßiger termin, termin wiederholen, termine wiederholen, recurring appointment
folgetermin, anschlusstermin, nachfolgetermin, followup, follow up, nächster termin, follow up appointment
verschieben, verlegen, verlegung, umlegen, umbuchen, umterminieren, terminverschiebung, reschedule, rescheduling, move appointment
absagen, absage, abgesagt, terminabsage, canceln, gecancelt, cancel, cancelled, canceled, cancellation, termin stornieren, termin fällt aus
noshow, ausfall, versäumt, verpasst, no show, nicht erschienen, nicht gekommen, nicht wahrgenommen, termin vergessen, missed appointment, did not attend
ausfallhonorar, ausfallgebühr, ausfallrechnung, ausfallentschädigung, no show gebühr, no show fee, cancellation fee, missed appointment fee
kalender, terminkalender, terminbuch, terminplaner, terminplan, praxiskalender, terminübersicht, calendar, schedule, scheduler, agenda
kalenderansicht, tagesansicht, wochenansicht, monatsansicht, listenansicht, calendar view, day view, week view, month view
raum, behandlungsraum, zimmer, kabine, behandlungskabine, raumplan, raumbelegung, room
arbeitszeit, arbeitszeiten, dienstzeiten, dienstplan, schichtplan, verfügbarkeit, availability, working hours, work hours
öffnungszeiten, sprechzeiten, sprechstunde, praxiszeiten, geschäftszeiten, opening hours, office hours, consultation hours
abwesenheit, abwesend, urlaub, fortbildung, blockzeit, terminsperre, absence, vacation, time off
hausbesuch, heimbesuch, hausbesuchstermin, home visit
onlinebuchung, onlineterminbuchung, terminbuchung, onlinetermin, buchungsseite, buchungsportal, buchungswidget, online buchung, online terminbuchung, online termine, termin online buchen, online booking, book online
terminanfrage, terminwunsch, appointment request, booking request
erinnerung, terminerinnerung, reminder, benachrichtigung, notification, erinnerungsmail, erinnerungssms, recall, appointment reminder
terminbestätigung, bestätigungsmail, bestätigungsemail, appointment confirmation, booking confirmation, termin bestätigen
anlegen, einbuchen, einplanen, eintragen, reinnehmen, dazwischenschieben, squeeze in, fit in, book in
termin absagen, abgesagt, absage, rausnehmen, termin löschen, termin stornieren, termin streichen
serientermin, jeden dienstag, jeden montag, jeden mittwoch, jeden donnerstag, jeden freitag, jede woche, wöchentlich, 10x, zehnmal
online-terminbuchung, doctolib, jameda, samedi, selbst buchen, online buchen

# Kommunikation
email, mail, e mail, elektronische post
emailadresse, mailadresse, e mail adresse, email address, mail address
sms, textnachricht, kurznachricht, text message
smsguthaben, smskontingent, sms guthaben, sms kontingent, sms credit, sms credits, guthaben aufladen
spam, junk, spamordner, junkordner, spamfilter, werbeordner, werbungsordner, spam folder, junk folder
unzustellbar, bounce, bounced, zustellfehler, undeliverable, nicht zugestellt, kommt nicht an, kommen nicht an, nicht angekommen, nicht erhalten, nicht bekommen, not received, not delivered
absender, absenderadresse, absendername, absenderdomain, from address
versenden, versendet, verschicken, verschickt, schicken, senden, gesendet, zusenden, versand, send
einwilligung, einwilligungserklärung, einverständnis, einverständniserklärung, zustimmung, consent, optin, opt in
handynummer, mobilnummer, mobilfunknummer, handynr, mobile number, cell number, mobile phone number
sms, whatsapp, messenger, textnachricht, kurznachricht, text message

# Patienten, Akte und Dokumente
patientenakte, akte, kartei, patientenkartei, krankenakte, patient record, patient file
stammdaten, patientendaten, patientenstammdaten, personalien, demographics, persönliche daten, personal details, patient details
geburtsdatum, geburtstag, gebdatum, dob, birthdate, birthday, date of birth
adresse, anschrift, postanschrift, wohnadresse, adressdaten, address
umzug, umziehen, umgezogen, adressänderung, adresswechsel, relocation, neue adresse, new address
zusammenführen, zusammengeführt, zusammenlegen, mergen, merge, gemergt, vereinigen, dublette, duplikat, doppelt, duplicate, doppelter patient, doppelt angelegt, zweimal angelegt
dokument, datei, unterlagen, document, file
anhang, anhängen, angehängt, beifügen, attachment, attach
hochladen, hochgeladen, raufladen, uploaden, upload, uploaded, ablegen
befund, befundbericht, untersuchungsergebnis, findings
arztbrief, arztbericht, entlassbrief, entlassungsbericht, epikrise, brief vom arzt, doctors letter, discharge letter
therapiebericht, behandlungsbericht, abschlussbericht, zwischenbericht, verlaufsbericht, bericht an den arzt, therapy report, progress report
dokumentation, dokumentieren, dokumentiert, verlauf, verlaufseintrag, verlaufsdokumentation, behandlungsdokumentation, karteikarte, karteieintrag, behandlungsnotiz, documentation, progress note, progress notes, clinical notes
nachtrag, nachträglich, addendum
notiz, anmerkung, bemerkung, vermerk, kommentar, comment, memo
anamnese, anamnesebogen, fragebogen, aufnahmebogen, patientenfragebogen, erhebungsbogen, gesundheitsfragebogen, questionnaire, anamnesis, intake form, medical history
formular, vordruck, formblatt, form
unterschrift, unterschreiben, unterschrieben, unterzeichnen, signatur, signieren, signature
patientenmodus, kioskmodus, kiosk, patient mode, kiosk mode
patient anlegen, neukunde, neupatient, neuer patient, neuaufnahme, neukundin, new patient
dokumente, mrt, mrt-bilder, röntgenbild, röntgenbilder, arztbrief, befund, befunde, scan, bilder
zusammenführen, vereinen, zusammenlegen, zweimal, doppelt vorhanden, gibt es zweimal
dokumentation, doku, dokumentieren, doku schreiben
korrigieren, nachtrag, nachträglich ändern, berichtigen, korrektur
formular, papierlos, klemmbrett, digitaler anamnesebogen, digital ausfüllen

# Verordnungen, Heilmittel und Kostenträger
verordnung, rezept, heilmittelverordnung, heilmittelrezept, kassenrezept, vo, verordnungsblatt, verordnungsvordruck, muster13, everordnung, erezept, prescription, muster 13
heilmittelrichtlinie, hmr, hmrl, heilmittel richtlinie
rezeptprüfung, verordnungsprüfung, rezeptkontrolle, rezeptcheck, plausibilitätsprüfung, rezept prüfen, verordnung prüfen, prescription check
diagnose, diagnosis, icd, icd10, diagnoseschlüssel, diagnosecode, icd code
diagnosegruppe, indikationsschlüssel, indikation, diagnosis group
behandlungsbeginn, therapiebeginn, behandlungsstart, erstbehandlung, start of treatment
frist, deadline, fristablauf, verfristet, frist überschritten
unterbrechung, behandlungsunterbrechung, therapiepause, unterbrechungsfrist
zuweiser, verordner, verordnender arzt, überweisender arzt, referring doctor, prescribing doctor
überweisung, überweisungsschein, referral
physiotherapie, physio, krankengymnastik, kg, physiotherapy, physical therapy
ergotherapie, ergo, ergotherapy, occupational therapy
logopädie, sprachtherapie, sprechtherapie, stimmtherapie, speech therapy
podologie, fußpflege, podiatry, chiropody, medizinische fußpflege
krankenkasse, kasse, gkv, kassenpatient, kassenpatientin, kostenträger, ersatzkasse, insurer, statutory, aok, tk, barmer, dak, ikk, bkk, hkk, knappschaft, ögk, gesetzliche krankenversicherung, gesetzlich versichert, gesetzlich versicherte, health insurer, statutory insurance
versicherung, krankenversicherung, kv, versicherungsart, versicherungsstatus, versichertenstatus, insurance, health insurance
privatpatient, privatpatientin, privatversichert, privatversicherte, pkv, privatversicherung, privatkasse, selbstzahler, selbstzahlerin, privatzahler, selfpay, selfpayer, privat versichert, private krankenversicherung, private patient, self pay, self payer
beihilfe, beihilfeberechtigt, beihilfeberechtigte, beihilfestelle, state aid
bg, berufsgenossenschaft, dguv, unfallversicherung, arbeitsunfall, gesetzliche unfallversicherung, workplace accident
ik, institutionskennzeichen, iknummer, ik nummer, ik nr
lanr, arztnummer, lebenslange arztnummer
bsnr, betriebsstättennummer
versichertennummer, versicherungsnummer, versichertennr, krankenversichertennummer, kvnr, kvnummer, mitgliedsnummer, insurance number, member number
kv, kassenärztliche vereinigung
kzv, kassenzahnärztliche vereinigung
ti, telematikinfrastruktur, telematik, konnektor
# Export, Datensicherung und Datenschutz
exportieren, exportiert, export, datenexport, ausleiten, herunterladen, heruntergeladen, runterladen, runtergeladen, downloaden, download
excel, xlsx, xls, csv, tabelle, spreadsheet, tabellenkalkulation
import, importieren, importiert, datenimport, datenübernahme, datenmigration, migration
systemwechsel, softwarewechsel, anbieterwechsel, umstieg, umsteigen
auswertung, auswerten, statistik, reporting, kennzahlen, umsatzstatistik, analytics, statistics
pdf, pdfdatei, acrobat, adobe, pdfreader, pdfviewer, pdf datei, adobe reader, acrobat reader, pdf reader, pdf viewer
öffnen, öffnet, geöffnet, aufmachen, aufrufen, open, geht nicht auf, lässt sich nicht öffnen, will not open, does not open
datensicherung, backup, sicherung, sicherungskopie, gesichert, datenbackup, daten sichern
wiederherstellen, wiederherstellung, wiederhergestellt, zurückholen, wiederbekommen, retten, restore, recover, recovery, undelete
papierkorb, mülleimer, trash, recycle bin, gelöschte elemente
datenverlust, verschwunden, daten weg, daten verloren, alles weg, versehentlich gelöscht, aus versehen gelöscht, data loss, lost data, accidentally deleted
löschen, gelöscht, löschung, entfernen, entfernt, rauslöschen, delete, deleted, remove, removed
datenschutz, dsgvo, gdpr, datenschutzgrundverordnung, bdsg, dsg, privacy, data protection
auskunft, datenauskunft, auskunftsersuchen, auskunftsanfrage, selbstauskunft, art 15, artikel 15, subject access request, data access request
auftragsverarbeitung, auftragsverarbeitungsvertrag, avv, avvertrag, adv, advvertrag, dpa, av vertrag, data processing agreement
tom, technische und organisatorische maßnahmen
schweigepflicht, verschwiegenheit, berufsgeheimnis, confidentiality, ärztliche schweigepflicht
datenschutzbeauftragter, datenschutzbeauftragte, dsb, dpo, data protection officer
verschlüsselung, verschlüsselt, encryption, encrypted, tls, ssl, https
rechenzentrum, serverstandort, hosting, datacenter, cloud, data center, data centre
aufbewahrungsfrist, aufbewahrungspflicht, aufbewahrung, aufbewahren, archivierungspflicht, retention, retention period
protokoll, protokollierung, protokolliert, änderungsprotokoll, zugriffsprotokoll, logbuch, logdatei, logfile, audit log, audit trail
exportieren, rausziehen, rausholen, ziehen, extrahieren, extract
auskunft, akteneinsicht, einsicht in die akte, kopie der akte, kopie aller unterlagen
datenschutz, usa, amerika, serverstandort, rechenzentrum, hosting, cloud act, wo liegen die daten

# Fehler und Störungen
fehler, fehlermeldung, fehlfunktion, fehlerhaft, error, bug, problem, issue, kaputt, defekt, spinnt, streikt, broken, geht nicht, funktioniert nicht, klappt nicht, läuft nicht, tut nicht, tut sich nichts, passiert nichts, nichts passiert, not working, does not work, will not work
fehlgeschlagen, gescheitert, misslungen, failed, unsuccessful, schlägt fehl, nicht möglich
hängt, aufgehängt, eingefroren, einfrieren, absturz, abgestürzt, abstürzen, crash, crashed, freeze, frozen, hangs, stuck, unresponsive, hängt sich auf, friert ein, stürzt ab, reagiert nicht, keine reaktion, not responding
ladekreis, ladesymbol, spinner, blank, weiße seite, weißer bildschirm, leere seite, leerer bildschirm, bildschirm bleibt weiß, bildschirm bleibt leer, seite bleibt weiß, seite bleibt leer, lädt nicht, lädt endlos, lädt ewig, seite lädt nicht, dreht sich nur, blank page, blank screen, white screen, white page, empty page, page not loading, loading forever
langsam, lahm, ruckelt, ruckeln, ladezeit, performance, slow, laggy, sluggish, dauert ewig, dauert lange, lädt langsam
störung, gestört, wartung, wartungsarbeiten, wartungsfenster, serverausfall, systemausfall, maintenance, downtime, outage, nicht erreichbar, not reachable, server down
veraltet, outdated, unsupported, nicht unterstützt, nicht mehr unterstützt, wird nicht unterstützt, not supported, zu alt, alte version, old version
systemvoraussetzungen, systemanforderungen, mindestanforderungen, hardwareanforderungen, requirements, system requirements, minimum requirements
browser, webbrowser, internetbrowser, chrome, firefox, mozilla, edge, safari, opera, brave, google chrome, microsoft edge, internet explorer
cache, browsercache, zwischenspeicher, browserdaten, cache leeren, cache löschen, clear cache, browserdaten löschen, temporäre dateien, temporary files
popup, popups, popupblocker, popupfenster, pop up, pop ups, popup blocker, pop up blocker, neues fenster, new window
werbeblocker, adblocker, adblock, ublock, ad blocker
erweiterung, browsererweiterung, addon, plugin, extension, add on, browser extension
virenscanner, virenschutz, antivirus, antivirenprogramm, virenprogramm
speichern, abspeichern, gespeichert, save, saved
systemzeit, systemuhr, zeitzone, clock, system time, time zone, falsche uhrzeit, uhr geht falsch
sitzung abgelaufen, rausgeworfen, wirft mich raus, fliegt raus, rausgeflogen, ausgeloggt, automatisch abgemeldet, logged out, kicked out
nicht angezeigt, taucht nicht auf, fehlt, nicht sichtbar, unsichtbar, verschwunden, not showing, missing

# Support und Hilfe
support, kundenservice, kundendienst, kundensupport, hotline, helpdesk, servicedesk, supportteam, supportportal, kundenportal, serviceportal, service desk, customer service, customer support, support portal, technischer support
ticket, anfrage, supportanfrage, supportticket, serviceanfrage, request, support request
verbesserungsvorschlag, funktionswunsch, featurewunsch, vorschlag, anregung, idee, feature request
support, customer service, reach support, contact support, kontakt aufnehmen, ansprechpartner

# Einstellungen und Oberfläche
einstellungen, einstellung, einstellen, settings, setting, konfiguration, optionen, preferences, configuration, config
einrichten, eingerichtet, einrichtung, setup, konfigurieren, installieren, installiert, installation, install, aufsetzen, set up
aktivieren, aktiviert, einschalten, eingeschaltet, anschalten, freischalten, enable, activate, turn on, switch on
deaktivieren, deaktiviert, ausschalten, ausgeschaltet, abschalten, disable, deactivate, turn off, switch off
anlegen, angelegt, erstellen, erstellt, hinzufügen, hinzugefügt, eintragen, eingetragen, erfassen, erfasst, erzeugen, generieren, buchen, vergeben, create, created, add, added, book, neu anlegen, neu machen, neu erstellen
bearbeiten, bearbeitet, editieren, abändern, umändern, änderung, geändert, anpassen, umstellen, korrigieren, korrektur, berichtigen, edit, change, modify, amend
reiter, tab, registerkarte, karteireiter
vorschau, preview, druckvorschau, voransicht, seitenansicht
rand, ränder, seitenrand, margin, margins
skalierung, skalieren, scaling, scale, tatsächliche größe, actual size, an seite anpassen, fit to page
papierformat, seitenformat, a4, din a4, paper size
dateityp, dateiformat, dateiendung, file type, file format, file extension
dateigröße, maximalgröße, file size, zu groß, datei zu groß, too large, too big
adressleiste, adresszeile, address bar, url bar
website, webseite, homepage, internetseite, internetauftritt, praxiswebsite, praxishomepage, web site
vorlage, template, schablone, textvorlage, briefvorlage, dokumentvorlage
textbaustein, textkürzel, kürzel, autotext, snippet, makro, textmakro
platzhalter, variable, placeholder, serienfeld, feldfunktion, textmarke, merge field
serienbrief, rundschreiben, rundbrief, massenbrief, serienmail, massenmail, rundmail, mail merge
briefkopf, briefpapier, kopfbogen, geschäftspapier, letterhead
logo, praxislogo, firmenlogo, signet
praxisdaten, praxisangaben, praxisinformationen, praxisstammdaten, practice details, practice information
# Updates und Neuerungen
update, aktualisierung, aktualisieren, aktualisiert, softwareupdate, versionsupdate, neue version, neuere version, software update
versionshinweise, releasenotes, changelog, neuerungen, neuigkeiten, release notes, was ist neu, neue funktionen, new features, whats new
neue version, neue features, neue funktionen, neuerungen, features, release notes, was ist neu

`;
