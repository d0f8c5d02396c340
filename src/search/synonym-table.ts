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
// "geben", "sticker" and "Sticks", "träge" and "tragen"; likewise "künden" and "Kunde", "vater" and "VAT", "router"
// and "Route", "überweiser" and "überweisen"), and abbreviations with a second everyday meaning ("hp": Heilpraktiker
// or the printer brand, "log": Logopädie or "log in"); "kg" stands only for Krankengymnastik, not the Swiss
// Krankengeschichte.
export const SYNONYM_TABLE = `
# Rollen und Personen
behandler, behandlerin, therapeut, therapeutin, arzt, ärztin, doktor, doktorin, dr, heilpraktiker, heilpraktikerin, physiotherapeut, physiotherapeutin, ergotherapeut, ergotherapeutin, logopäde, logopädin, podologe, podologin, practitioner, doctor, physician, therapist, clinician, osteopath, osteopathin, psychotherapeut, psychotherapeutin, masseur, masseurin, sprachtherapeut, sprachtherapeutin, medizinerin
praxisinhaber, praxisinhaberin, inhaber, inhaberin, praxisleitung, praxisleiter, praxisleiterin, chef, chefin, geschäftsführer, geschäftsführerin, practice owner, boss, praxismanager, praxismanagerin, praxismanagement, praxisbesitzer, praxisbesitzerin, practice manager, office manager
administrator, administratorin, admin, adminrechte, administratorrechte, admin rights, administrator rights, hauptbenutzer, hauptnutzer, hauptadmin, superadmin, superuser, hauptbenutzerin, main user
rezeption, empfang, empfangstresen, tresen, anmeldetresen, frontdesk, front desk, reception, receptionist, rezeptionistin, mfa, medizinische fachangestellte, arzthelferin, arzthelfer, praxishelferin, mpa, ordinationshilfe, ordinationsassistentin, sekretariat, sekretärin, praxissekretariat, empfangskraft, empfangsmitarbeiterin, praxisassistentin, praxisassistent, ordinationsassistent, ordinationsgehilfin, ordinationsassistenz, medizinische praxisassistentin
mitarbeiter, mitarbeiterin, mitarbeitende, personal, angestellte, angestellter, kollege, kollegin, azubi, auszubildende, auszubildender, staff, employee, colleague, coworker, praktikant, praktikantin, werkstudent, werkstudentin, minijobber, minijobberin, hilfskraft, bürokraft, verwaltungskraft, abrechnungskraft, trainee, apprentice, team member, staff member
vertretung, urlaubsvertretung, vertreter, vertreterin, aushilfe, locum, substitute, praxisvertretung, krankheitsvertretung, vertretungsarzt, vertretungsärztin, vertretungstherapeut, vertretungstherapeutin
ausgeschieden, ausscheiden, ehemalig, ehemalige, ehemaliger, verlässt die praxis, praxis verlassen, nicht mehr in der praxis, left the practice
patient, patientin, klient, klientin, kunde, kundin, client, customer, patientinnen, klientinnen, pat
neupatient, neupatientin, neuaufnahme, patientenaufnahme, neuer patient, neue patientin, new patient, erstpatient, erstpatientin, erstaufnahme, erstkontakt, erstbesuch, first visit
angehörige, angehöriger, eltern, elternteil, erziehungsberechtigte, erziehungsberechtigter, vormund, gesetzlicher betreuer, relative, parent, guardian, familienangehörige, familienangehöriger, familienmitglied, ehepartner, ehepartnerin, bezugsperson, sorgeberechtigte, sorgeberechtigter, family member, next of kin, legal guardian
standort, filiale, zweigpraxis, zweigstelle, niederlassung, nebenbetriebsstätte, praxisstandort, location, branch, filialpraxis, zweitpraxis, nebenstelle, außenstelle, zweitordination, mehrere standorte, mehrere praxen, multiple locations, second location
itbetreuer, itdienstleister, edvbetreuer, systembetreuer, systemhaus, edv, it betreuer, it dienstleister, it support, it abteilung
praxis, ordination, ordi, arztpraxis, therapiepraxis, practice
gemeinschaftspraxis, berufsausübungsgemeinschaft, gruppenpraxis, group practice, joint practice
# Anmeldung, Konto und Passwort
anmeldung, anmelden, angemeldet, einloggen, eingeloggt, login, logon, signin, anmeldeseite, loginseite, reinkommen, log in, sign in, login page, komme nicht rein, nicht reinkommen, melde mich an, log mich ein, logge mich ein, komme nicht mehr rein, kommen nicht rein, kommen nicht mehr rein, kommt nicht rein, nicht einsteigen, einstieg geht nicht, einstieg funktioniert nicht, cannot log in, can't log in, cant log in, can't sign in, unable to log in, logging in
abmelden, abmeldung, abgemeldet, ausloggen, ausgeloggt, logout, signout, rausgeflogen, rausgeworfen, log out, logged out, sign out, signed out, fliege raus, fliegt raus, rausgekickt, rausgeschmissen, schmeißt mich raus
timeout, zeitüberschreitung, sitzung abgelaufen, sitzung ist abgelaufen, session abgelaufen, session expired, session timeout, automatisch abgemeldet, automatische abmeldung, automatic logout, inaktivität, ständig abgemeldet, dauernd abgemeldet, immer wieder abgemeldet, muss mich ständig neu anmelden, muss mich immer wieder anmelden, muss mich dauernd neu anmelden, angemeldet bleiben, eingeloggt bleiben, stay logged in, keep me logged in, session ended
passwort, kennwort, pw, pwd, password, passwd
zugangsdaten, anmeldedaten, logindaten, credentials, login daten, benutzername und passwort
benutzername, nutzername, loginname, anmeldename, username, user name
zurücksetzen, zurückgesetzt, rücksetzen, reset, resetten, passwort vergessen, kennwort vergessen, forgot password, forgotten password, resetlink, reset link, passwort weiß ich nicht mehr, kennwort weiß ich nicht mehr, passwort entfallen, kennwort entfallen, forgot my password, reset password, password reset, neues passwort anfordern
gesperrt, sperre, sperrung, blockiert, ausgesperrt, locked, lockout, blocked, locked out, konto gesperrt, account locked
entsperren, entsperrt, entsperrung, unlock, unlocked, sperre aufheben
fehlversuch, fehlversuche, falsches passwort, zu viele versuche, wrong password, too many attempts
zweifaktor, zweifaktorauthentifizierung, 2fa, mfa, twofactor, multifaktor, authenticator, authenticatorapp, totp, otp, einmalcode, einmalpasswort, sicherheitscode, bestätigungscode, zwei faktor, two factor, multi faktor, authenticator app, google authenticator, microsoft authenticator, verification code, authy, sms code, code vom handy
wiederherstellungscode, wiederherstellungscodes, backupcode, notfallcode, ersatzcode, recovery code, recovery codes, backup code, handywechsel, handy verloren, neues handy, handy gewechselt, handy kaputt, lost phone, lost my phone, new phone
benutzer, benutzerin, nutzer, nutzerin, anwender, anwenderin, user, account, konto, benutzerkonto, nutzerkonto, zugang, benutzerzugang, benutzerkonten, nutzerkonten
profil, benutzerprofil, profile, meine daten, mein profil
rolle, rechte, berechtigung, berechtigungen, zugriffsrechte, benutzerrechte, rechtevergabe, permission, permissions, rights, role, access rights, kein zugriff, zugriff verweigert, nicht berechtigt, access denied, permission denied, not allowed, 403, forbidden, unauthorized, unauthorised, nicht freigeschaltet, keine berechtigung, fehlende berechtigung, no permission, not authorized
ausgegraut, greyed out, grayed out, nicht anklickbar, nicht klickbar, lässt sich nicht anklicken, grau hinterlegt, ist grau, button grau, knopf grau, kann nicht anklicken, nicht auswählbar, disabled button
registrierung, registrieren, registriert, register, signup, sign up, konto erstellen, account erstellen, create account
einladung, einladen, eingeladen, einladungslink, einladungsmail, invitation, invite, einladungsemail, aktivierungslink, aktivierungsmail, aktivierungsemail, invite link, activation link, activation email
benutzerverwaltung, nutzerverwaltung, userverwaltung, user management, add user, add a user, new user, neuer benutzer, neue benutzerin, neue kollegin, neuer kollege, neue mitarbeiterin, neuer mitarbeiter, mitarbeiter anlegen, mitarbeiter hinzufügen, zugang anlegen, zugang einrichten, new colleague, new staff member
# Geräte und Hardware
drucker, drucken, druck, ausdrucken, ausdruck, printen, ausprinten, print, printer, printing, printout, ausgedruckt, gedruckt, printed, druckproblem, druckerproblem, druckauftrag, druckaufträge, druckjob, druckwarteschlange, standarddrucker, laserdrucker, tintenstrahldrucker, multifunktionsgerät, multifunktionsdrucker, netzwerkdrucker, epson, canon, kyocera, lexmark, ricoh, print job, print queue, default printer
druckdialog, druckfenster, druckmenü, druckeinstellungen, print dialog, print window, print settings
sammeldruck, massendruck, stapeldruck, batch print, batch printing, bulk print, bulk printing, alle auf einmal drucken, mehrere rechnungen drucken, alle rechnungen drucken, alle ausdrucken, print all, print multiple
etikettendrucker, labeldrucker, labelprinter, thermodrucker, dymo, labelwriter, label printer, brother, zebra, brother ql, dymo labelwriter
etikett, label, aufkleber, klebeetikett, patientenetikett, patientenaufkleber, adressetikett, adressaufkleber, probenetikett, probenaufkleber, kleber
kartenlesegerät, kartenleser, lesegerät, egkleser, chipkartenleser, chipkartenlesegerät, kartenterminal, cardreader, cherry, orga, egk leser, card reader, ehealthterminal, ehealth terminal, orga 6141, cherry st
egk, gesundheitskarte, versichertenkarte, krankenversichertenkarte, krankenkassenkarte, kassenkarte, chipkarte, versicherungskarte, ecard, kvk, elektronische gesundheitskarte, e card, health card, insurance card, karte einlesen, karte lesen, read card, karte wird nicht erkannt, karte nicht erkannt, karte wird nicht gelesen, karte nicht lesbar, card not recognised, card not recognized
scanner, scan, scannen, einscannen, eingescannt, gescannt, abscannen, scanned, scanning, scansnap, twain, dokumentenscanner, flachbettscanner
foto, photo, fotografieren, abfotografieren, kamera, camera, handyfoto, fotos, photos, picture, pictures
handy, smartphone, mobiltelefon, iphone, android, natel, mobil, mobilgerät, mobile phone, cell phone, mobile device, handys, samsung, galaxy, huawei, xiaomi, ios
tablet, ipad, android tablet, samsung galaxy tab, galaxy tab, android-tablet, surface
app, appstore, playstore, handyapp, app store, play store, mobile app, apps
bildschirm, monitor, display, screen
bildschirmauflösung, auflösung, resolution, screen resolution, full hd, hineinzoomen, herauszoomen, reinzoomen, rauszoomen, schriftgröße, schriftgrad, font size, text size, schrift zu klein, schrift zu groß, alles zu klein, alles so klein, alles zu groß, darstellung zu klein, passt nicht auf den bildschirm
screenshot, bildschirmfoto, bildschirmkopie, bildschirmaufnahme, printscreen, snipping, print screen, drucktaste, snippingtool, screencapture, screen capture, foto vom bildschirm, bildschirm abfotografieren
computer, pc, laptop, notebook, desktop, arbeitsplatzrechner, arbeitsplatz, workstation, praxisrechner, praxis pc, macbook, imac, mac, chromebook, mac mini, rechner, windows 7, windows 10, alter rechner
betriebssystem, os, operating system, windows, macos, osx, linux, ubuntu, win10, win11, windows 11, mac os
treiber, gerätetreiber, driver, treiberupdate, treiber installieren
gerät, endgerät, device, hardware
anschließen, angeschlossen, anstecken, einstecken, verbinden, verbunden, koppeln, connect, connected, plug in, gekoppelt, pairing, bluetooth, verbindet sich nicht, verbindet nicht
internet, internetverbindung, internetzugang, verbindung, netzwerk, netz, wlan, wifi, lan, wireless, offline, connection, network, verbindungsabbruch, verbindungsprobleme, kein internet, keine verbindung, fritzbox, wlan router, dsl router, hotspot, mobilfunk, netzwerkfehler, verbindungsfehler, funkloch, fritz box, mobile daten, network error, connection error, connection lost, no internet, no connection, kein netz, internet weg, internet ist weg, wlan weg
neustart, neustarten, reboot, rebooten, restart, hochfahren, neu starten, neu hochfahren, neugestartet, restarted, rebooted, neu gestartet, aus und wieder an, ausschalten und wieder einschalten, turn it off and on
strg, ctrl, cmd, befehlstaste, apfeltaste, command key, ctrl key, strg taste
neuladen, reload, refresh, f5, neu laden, seite neu laden, seite aktualisieren, hard refresh, hard reload, reloaded, refreshed, neu geladen, cmd r, cmd shift r
mobil, unterwegs, von unterwegs, hausbesuch mit handy, on the go
desktopverknüpfung, lesezeichen, bookmark, startbildschirm, homescreen, desktop icon, home screen, add to home screen, zum startbildschirm hinzufügen
firewall, proxy, proxyserver, whitelist, allowlist, webfilter, inhaltsfilter, content filter
hba, ehba, heilberufsausweis, elektronischer heilberufsausweis, qes, qualifizierte elektronische signatur, komfortsignatur, stapelsignatur
smcb, praxisausweis, institutionsausweis, smc b, security module card

# Rechnungen und Abrechnung
rechnung, faktura, invoice, bill, rg, honorarnote, honorarrechnung, liquidation, privatliquidation, zahlungsaufforderung
quittung, beleg, receipt, kassenbon, kassenzettel, zahlungsbeleg, zahlungsbestätigung, barquittung
privatrechnung, privatliquidation, liquidation, privatabrechnung, private rechnung, private invoice, igel, igelleistung, wunschleistung, selbstzahlerleistung, privatleistung, tiers garant, igel leistung, individuelle gesundheitsleistung, individuelle gesundheitsleistungen
abrechnung, abrechnen, abgerechnet, billing, fakturierung, fakturieren, fakturiert, verrechnen, verrechnung, verrechnet, rechnungsstellung, invoicing
kassenabrechnung, krankenkassenabrechnung, heilmittelabrechnung, rezeptabrechnung, gkvabrechnung, kvabrechnung, quartalsabrechnung, gkv abrechnung, kv abrechnung, 302 abrechnung, insurance billing, statutory billing, kassenverrechnung, dta, datenträgeraustausch, edifact, urbeleg, urbelege, begleitzettel, rezeptversand, medidata, tiers payant, rezepte einschicken, rezepte verschicken, abrechnung mit der kasse, abrechnung mit den kassen, insurance claims
abrechnungszentrum, abrechnungsstelle, abrechnungszentrale, abrechnungsdienstleister, abrechnungsfirma, billing centre, billing center, optadata, azh, rzh, dmrz, ärztekasse, trustcenter, opta data
direktabrechnung, direktversand, direktabrechner, selbstabrechner, selbstabrechnung
absetzung, kürzung, rechnungskürzung, retaxierung, retax, beanstandung, gekürzt, retaxiert, kasse hat abgesetzt, kasse hat gekürzt, kasse zahlt nicht, rejected claim, claim rejected
rechnungsnummer, rechnungsnr, belegnummer, invoice number, rgnr, nummernkreis, rechnungsnummernkreis, rg nr, fortlaufende nummer, fortlaufende rechnungsnummer, number range
rechnungsadresse, rechnungsanschrift, rechnungsempfänger, rechnungsdaten, billing address, invoice address, rechnungsempfängerin, zahlungspflichtiger, zahlungspflichtige, abweichender rechnungsempfänger, bill to
kopie, duplikat, zweitschrift, abschrift, zweitausfertigung, rechnungskopie, copy, zweitausdruck, rückforderungsbeleg, nochmal drucken, erneut drucken, noch einmal drucken, reprint, print again
entwurf, entwürfe, rechnungsentwurf, draft, vorläufig
festschreiben, festgeschrieben, finalisieren, finalise, finalize, finalised, finalized, nicht mehr änderbar, nicht mehr bearbeitbar, kann nicht mehr bearbeitet werden, lässt sich nicht mehr bearbeiten, lässt sich nicht mehr ändern
stornieren, storno, stornierung, storniert, stornorechnung, rückgängig, annullieren, void, rückgängig machen, cancel invoice, stornos, korrekturrechnung, rechnungskorrektur, falsche rechnung, rechnung falsch, rechnung ist falsch, rechnung löschen, rechnung zurückziehen, wrong invoice, invoice correction, delete invoice, void invoice
gutschrift, rückerstattung, rückzahlung, auszahlung, zurückerstatten, zurückzahlen, refund, credit note, geld zurück, rückvergütung, refunded, refunds, geld zurücküberweisen
mahnung, zahlungserinnerung, mahnen, gemahnt, mahnwesen, mahnlauf, mahnschreiben, mahnbrief, dunning, payment reminder, overdue notice, mahnstufe, mahngebühr, mahnkosten, inkasso, inkassobüro, erste mahnung, zweite mahnung, letzte mahnung, debt collection, reminder fee
unbezahlt, überfällig, säumig, ausstehend, zahlungsverzug, unpaid, overdue, outstanding, offene rechnung, offene posten, offener posten, nicht bezahlt, forderung, debitoren, debitorenliste, opliste, op liste, offene forderungen, nicht gezahlt, hat nicht bezahlt, not paid, open items, outstanding invoices
ratenzahlung, teilzahlung, ratenplan, abschlagszahlung, teilbetrag, installment, instalment, stundung, zahlungsaufschub, in raten, raten zahlen, payment plan
leistung, dienstleistung, behandlungsleistung, erbrachte leistungen
leistungsziffer, ziffer, gebührenziffer, abrechnungsziffer, gebührennummer, positionsnummer, fee code, billing code, heilmittelpositionsnummer, abrechnungsposition, gebührenposition, leistungsposition, tarifziffer, tarifposition, goä ziffer, goä nummer, billing codes
leistungskatalog, preisliste, preistabelle, leistungsverzeichnis, price list, service catalogue, service catalog, vergütungsliste, vergütungsvereinbarung, kassenpreise, kassensätze, honorarsätze, stundensatz, honorarsatz
gebührenordnung, gebührenverzeichnis, gebührenkatalog, fee schedule, honorarordnung, honorarrichtlinien, taxpunkt, taxpunktwert
goä, gebührenordnung für ärzte, goä rechnung, privatärztliche gebührenordnung
gebüh, gebührenverzeichnis für heilpraktiker, heilpraktikergebühren, hp gebühren, heilpraktiker gebühren, gebührenverzeichnis heilpraktiker
steigerungsfaktor, steigerungssatz, multiplikator, multiplier, schwellenwert, höchstsatz, regelhöchstsatz, steigerungsbegründung, begründungspflicht
umsatzsteuer, mehrwertsteuer, mwst, ust, vat, sales tax, steuersatz, mwstsatz, umsatzsteuerfrei, steuerfrei, steuerbefreit, kleinunternehmer, kleinunternehmerregelung, ustg, tax exempt, vat exempt
steuernummer, steuernr, ustidnr, ustid, umsatzsteueridentifikationsnummer, ust id, tax number, vat number, vat id, uid, uidnummer, uid nummer
steuerberater, steuerberaterin, steuerbüro, steuerkanzlei, kanzlei, stb, accountant, tax advisor, tax consultant, treuhand, treuhänder, treuhänderin, treuhandbüro, steuerberatung
buchhaltung, buchführung, finanzbuchhaltung, fibu, buchhalter, buchhalterin, bookkeeping, accounting, bilanzbuchhalter, bilanzbuchhalterin, buchhaltungsprogramm, buchhaltungssoftware, accounting software
kontenrahmen, skr, skr03, skr04, chart of accounts, erlöskonto, erlöskonten, sachkonto, sachkonten, gegenkonto, buchungskonto, kontenplan
gobd, revisionssicher, revisionssicherheit, grundsätze ordnungsmäßiger buchführung
tse, kassensichv, kassensicherungsverordnung, technische sicherheitseinrichtung, rksv, registrierkassensicherheitsverordnung, registrierkassenpflicht, belegpflicht, bonpflicht, belegerteilungspflicht
rechnung stellen, abrechnen, in rechnung stellen, charge, bill a patient, charge a patient
ebm, einheitlicher bewertungsmaßstab
bema, bewertungsmaßstab zahnärztlicher leistungen
goz, gebührenordnung für zahnärzte
tarmed, tardoc, arzttarif, schweizer arzttarif
factoring, verrechnungsstelle, factoringgesellschaft, privatärztliche verrechnungsstelle, factoring company
datev, datevexport, datevschnittstelle, buchungsstapel, lexware, lexoffice, sevdesk, bmd, rzl, bexio, abacus, buchhaltungsexport, fibuexport, datev export, fibu export, export für den steuerberater, export für steuerberater, accounting export
beraternummer, mandantennummer, beraternr, mandantennr, consultant number
sammelrechnung, monatsrechnung, quartalsrechnung, gesamtrechnung, combined invoice, monthly invoice, eine rechnung für alle termine, mehrere termine auf eine rechnung
rechnungsversand, rechnungsmail, rechnung per email, rechnung per e mail, rechnung per mail, rechnung mailen, rechnung verschicken, rechnung versenden, send invoice, email invoice
kostenvoranschlag, kva, kostenplan, kostenschätzung, offerte, heil und kostenplan, cost estimate

# Zahlungen und Kasse
zahlung, bezahlung, zahlen, bezahlen, bezahlt, zahlungseingang, payment, pay, paid, beglichen, begleichen, als bezahlt markieren, auf bezahlt setzen, zahlung verbuchen, zahlung buchen, zahlung erfassen, zahlungseingang buchen, mark as paid, record payment
zahlungsart, zahlungsmethode, zahlweise, zahlungsweise, bezahlart, zahlungsoption, payment method, paypal, twint, stripe
lastschrift, sepa, sepalastschrift, bankeinzug, einzug, abbuchung, abbuchen, abgebucht, einziehen, eingezogen, lastschriftmandat, mandat, einzugsermächtigung, sepa lastschrift, direct debit, sepamandat, mandatsreferenz, gläubigerid, gläubigeridentifikationsnummer, einziehungsauftrag, lsv, lastschriftverfahren, sepa mandat, gläubiger id, creditor id
rücklastschrift, rückbuchung, lastschriftrückgabe, zurückgebucht, chargeback, returned debit, geplatzte lastschrift, rückläufer, lastschrift geplatzt, lastschrift zurückgegangen
überweisung, überweisen, überwiesen, banküberweisung, bank transfer
bankverbindung, kontoverbindung, bankdaten, kontodaten, bankkonto, iban, bic, bankwechsel, kontowechsel, bank details, bank account, neue iban, neue bank, kontonummer, bankleitzahl, blz, kontoinhaber, kontoinhaberin, account holder
kreditkarte, kartenzahlung, eckarte, girocard, debitkarte, visa, mastercard, ec karte, ec zahlung, credit card, card payment, maestro, vpay, amex, kontaktlos, sumup, zettle, zahlungsterminal, ecterminal, ec terminal, ec gerät, american express, apple pay, google pay, payment terminal, card terminal
kasse, barkasse, kassenbuch, barzahlung, bargeld, cash, bar bezahlt, bar zahlen, in bar, cash register, cash payment, handkasse, kassenbestand, bareinnahme, bareinnahmen, registrierkasse, wechselgeld, petty cash, cash book
tagesabschluss, kassenabschluss, kassensturz, zbon, kassenbericht, z bon, end of day, daily closing, tagesabrechnung, tagesumsatz, kassenprüfung, kassenschnitt, xbon, x bon, kasse abschließen, kasse zählen
zuzahlung, eigenanteil, rezeptgebühr, copayment, copay, co payment, eigenbeteiligung, selbstbeteiligung, selbstbehalt, patientenanteil, kostenbeteiligung, franchise
zuzahlungsbefreit, zuzahlungsbefreiung, befreit, befreiung, befreiungsausweis, befreiungsbescheinigung, exempt, exemption
preis, kosten, gebühr, price, cost, fee, was kostet, wie teuer, preise, kostenlos, gratis, kostenpflichtig, aufpreis, zusatzkosten, honorar, behandlungskosten, therapiekosten, behandlungspreis, pricing, how much
qrrechnung, einzahlungsschein, esr, zahlschein, überweisungsträger, girocode, qr rechnung, qr code rechnung, epc qr code, payment slip, qr bill
gutschein, geschenkgutschein, wertgutschein, voucher, gift card, gift voucher
# Lizenz, Vertrag und Kündigung
lizenz, licence, license, abo, abonnement, subscription, vertrag, contract, tarif, paket, preismodell, lizenzmodell, subscription plan, pricing plan, plan
kontingent, limit, quota, lizenzanzahl, lizenzlimit, obergrenze, höchstzahl, maximum, maximale anzahl, anzahl lizenzen
ausgeschöpft, aufgebraucht, erschöpft, verbraucht, exhausted, voll belegt, used up, limit erreicht, keine lizenz frei, alle lizenzen belegt
upgrade, upgraden, aufstocken, aufrüsten, erweitern, hochstufen, dazubuchen, zubuchen, nachbuchen, dazukaufen, zukaufen, nachkaufen, mehr lizenzen, weitere lizenzen, zusätzliche lizenz, zusätzliche lizenzen, lizenz dazu, add licence, add license, additional licence, additional license, add seat, more seats
kaufen, erwerben, bestellen, bestellung, anschaffen, buy, purchase
kündigen, kündigung, gekündigt, abbestellen, vertragsende, austreten, austritt, terminate, termination, vertrag beenden, abo beenden, abo kündigen, cancel subscription, cancel contract, cancel licence, cancel license, gekündet, kündigungsschreiben, kündigungsbestätigung, vertrag auflösen, cancel account, close account, praxis schließt, praxisaufgabe, praxis aufgeben, wir hören auf, aufhören, schließen die praxis
kündigungsfrist, vertragslaufzeit, laufzeit, mindestlaufzeit, notice period, contract term
kundennummer, kundennr, vertragsnummer, kunden nr, customer number, customer id, kdnr, kd nr
praxisübergabe, praxisübernahme, praxisabgabe, praxisverkauf, inhaberwechsel, nachfolger, nachfolgerin, übergabe der praxis
praxisaufgabe, praxisschließung, praxisauflösung, ruhestand, praxis schließen, praxis aufgeben, closing the practice
downgrade, downgraden, herabstufen, lizenzen reduzieren, lizenz reduzieren, weniger lizenzen, weniger behandler, lizenz abbestellen, reduce licences, reduce licenses, remove licence, remove license

# Termine und Kalender
termin, appointment, behandlungstermin, therapietermin, therapiesitzung, behandlungssitzung, behandlungseinheit, therapieeinheit
terminart, termintyp, terminkategorie, behandlungsart, appointment type
serientermin, terminserie, terminreihe, serie, series, dauertermin, wiederkehrender termin, wiederholender termin, regelmäßiger termin, termin wiederholen, termine wiederholen, recurring appointment, recurring, recurrence, jeden dienstag, jeden montag, jeden mittwoch, jeden donnerstag, jeden freitag, jede woche, wöchentlich, 10x, zehnmal, vierzehntägig, zweiwöchentlich, 14tägig, 6x, 12x, weekly, biweekly, alle zwei wochen, jede zweite woche, zweimal pro woche, zweimal die woche, 2x pro woche, 2x die woche, every week, twice a week
folgetermin, anschlusstermin, nachfolgetermin, followup, follow up, nächster termin, follow up appointment
verschieben, verlegen, verlegung, umlegen, umbuchen, umterminieren, terminverschiebung, reschedule, rescheduling, move appointment, verschoben, verlegt, umgebucht, umgelegt, rescheduled, termin tauschen, termine tauschen, swap appointments
absagen, absage, abgesagt, terminabsage, canceln, gecancelt, cancel, cancelled, canceled, cancellation, termin stornieren, termin fällt aus, terminabsagen, sagt ab, sagen ab, sagt den termin ab, kurzfristig abgesagt, cancel appointment, cancel an appointment, cancel the appointment
noshow, ausfall, versäumt, verpasst, no show, nicht erschienen, nicht gekommen, nicht wahrgenommen, termin vergessen, missed appointment, did not attend, unentschuldigt, nicht aufgetaucht, unentschuldigt gefehlt, nicht abgesagt, versäumter termin, verpasster termin
ausfallhonorar, ausfallgebühr, ausfallrechnung, ausfallentschädigung, no show gebühr, no show fee, cancellation fee, missed appointment fee, ausfallpauschale, ausfallkosten, stornogebühr, stornogebühren, absagegebühr, late cancellation fee
kalender, terminkalender, terminbuch, terminplaner, terminplan, praxiskalender, terminübersicht, calendar, schedule, scheduler, agenda
kalenderansicht, tagesansicht, wochenansicht, monatsansicht, listenansicht, calendar view, day view, week view, month view
raum, behandlungsraum, zimmer, kabine, behandlungskabine, raumplan, raumbelegung, room, therapieraum, praxisraum, behandlungszimmer, ordinationsraum, ressource, ressourcen, resource, resources
arbeitszeit, arbeitszeiten, dienstzeiten, dienstplan, schichtplan, verfügbarkeit, availability, working hours, work hours, arbeitstage, arbeitstag, behandlungszeiten, behandlerzeiten, working days
öffnungszeiten, sprechzeiten, sprechstunde, praxiszeiten, geschäftszeiten, opening hours, office hours, consultation hours, ordinationszeiten, ordinationszeit, öffnungszeit, sprechstundenzeiten
abwesenheit, abwesend, urlaub, fortbildung, blockzeit, terminsperre, absence, vacation, time off, betriebsferien, praxisurlaub, praxisferien, ferien, elternzeit, mutterschutz, krankenstand, blocken, geblockt, zeit blocken, out of office, sick leave
hausbesuch, heimbesuch, hausbesuchstermin, home visit, heimbehandlung, hausbehandlung, pflegeheim, altenheim, seniorenheim, wegegeld, home visits
onlinebuchung, onlineterminbuchung, terminbuchung, onlinetermin, buchungsseite, buchungsportal, buchungswidget, online buchung, online terminbuchung, online termine, termin online buchen, online booking, book online, selbstbuchung, buchungslink, onlineterminvergabe, online terminvergabe, online terminvereinbarung, booking page, booking link
terminanfrage, terminwunsch, appointment request, booking request
erinnerung, terminerinnerung, reminder, benachrichtigung, notification, erinnerungsmail, erinnerungssms, recall, appointment reminder, erinnern, erinnert, erinnerungsnachricht, pushnachricht, pushbenachrichtigung, remind, push notification
terminbestätigung, bestätigungsmail, bestätigungsemail, appointment confirmation, booking confirmation, termin bestätigen, buchungsbestätigung, termin bestätigt, confirmation email
anlegen, einbuchen, einplanen, eintragen, reinnehmen, dazwischenschieben, squeeze in, fit in, book in, einschieben, reinschieben, einbestellen, einbestellt, terminieren, terminiert, termin ausmachen, termin vereinbaren, termin machen, termin geben, termin vergeben, termin buchen, make an appointment, schedule an appointment, book an appointment
termin absagen, abgesagt, absage, rausnehmen, termin löschen, termin stornieren, termin streichen
online-terminbuchung, doctolib, jameda, samedi, selbst buchen, online buchen, terminland, drflex, clickdoc, etermin, calendly, onedoc, medicosearch, docfinder, dr flex
terminlücke, zeitslot, timeslot, slot, terminsuche, freier termin, freie termine, verfügbare termine, freie termine suchen, available slot, available slots, free slot
doppelbuchung, doppelbelegung, überschneidung, terminüberschneidung, terminkonflikt, überlappung, überlappend, überbucht, überbuchung, doppelt gebucht, doppelt belegt, double booking, double booked, overlapping appointments, overbooked
kalendersynchronisation, synchronisieren, synchronisiert, synchronisation, sync, syncen, ical, ics, icalendar, caldav, kalenderabo, kalender abonnieren, google kalender, google calendar, outlook kalender, icloud kalender, apple kalender, calendar sync
terminfarbe, farbcodierung, farbcode, einfärben, eingefärbt, color coding, colour coding, appointment colour, appointment color
feiertag, feiertagskalender, brückentag, gesetzlicher feiertag, public holiday, bank holiday
warteliste, nachrückliste, nachrücker, waitlist, waiting list
wartezimmer, wartezimmerliste, wartebereich, warteraum, waiting room
gruppentermin, gruppentherapie, gruppenbehandlung, gruppenstunde, gruppenkurs, präventionskurs, group session, group therapy

# Kommunikation
email, mail, e mail, elektronische post, outlook, gmail, gmx, yahoo, hotmail, thunderbird, posteo, tonline, bluewin, hinmail, t online, web de, apple mail, hin mail
emailadresse, mailadresse, e mail adresse, email address, mail address
sms, textnachricht, kurznachricht, text message, simsen, whatsapp, messenger, threema, telegram, imessage, signal messenger
smsguthaben, smskontingent, sms guthaben, sms kontingent, sms credit, sms credits, guthaben aufladen, smspaket, sms paket, sms kaufen, sms nachkaufen, sms aufladen, keine sms mehr
spam, junk, spamordner, junkordner, spamfilter, werbeordner, werbungsordner, spam folder, junk folder, spamverdacht, im spam, landet im spam, im junk
unzustellbar, bounce, bounced, zustellfehler, undeliverable, nicht zugestellt, kommt nicht an, kommen nicht an, nicht angekommen, nicht erhalten, nicht bekommen, not received, not delivered, mailerdaemon, kam nicht an, kamen nicht an, nie angekommen, bekommt keine mail, bekommen keine mail, bekommt keine email, bekommen keine email, kriegt keine mail, kriegen keine mail, geht nicht raus, gehen nicht raus, nicht verschickt, mailer daemon, delivery failed, delivery failure, returned mail, never received, didn't receive, didnt receive, zustellung fehlgeschlagen
absender, absenderadresse, absendername, absenderdomain, from address, antwortadresse, replyto, absenderkennung, reply to, sender id
versenden, versendet, verschicken, verschickt, schicken, senden, gesendet, zusenden, versand, send, rausschicken, rausgeschickt, zuschicken, zugeschickt, gemailt, sent, sending
einwilligung, einwilligungserklärung, einverständnis, einverständniserklärung, zustimmung, consent, optin, opt in, aufklärungsbogen, patientenaufklärung, aufklärungsformular
handynummer, mobilnummer, mobilfunknummer, handynr, mobile number, cell number, mobile phone number, mobilnr, natelnummer, natel nummer
fax, faxen, gefaxt, telefax, faxgerät, faxnummer, efax, computerfax
kim, kimdienst, kimmail, kim mail, kim dienst, kim adresse, kommunikation im medizinwesen

# Patienten, Akte und Dokumente
patientenakte, akte, kartei, patientenkartei, krankenakte, patient record, patient file, krankengeschichte, patientendossier, dossier, medical record, health record, patient chart
stammdaten, patientendaten, patientenstammdaten, personalien, demographics, persönliche daten, personal details, patient details, kontaktdaten, kontaktangaben, contact details, contact information
geburtsdatum, geburtstag, gebdatum, dob, birthdate, birthday, date of birth, geb datum
adresse, anschrift, postanschrift, wohnadresse, adressdaten, address, plz, postleitzahl, hausnummer, wohnort
umzug, umziehen, umgezogen, adressänderung, adresswechsel, relocation, neue adresse, new address, neue anschrift, adresse hat sich geändert
zusammenführen, zusammengeführt, zusammenlegen, mergen, merge, gemergt, vereinigen, dublette, duplikat, doppelt, duplicate, doppelter patient, doppelt angelegt, zweimal angelegt, zwei akten, 2 akten, doppelt drin, doppelt erfasst, doppelt im system, doppelt eingetragen, merge duplicates, merge patients, duplicate patient, duplicate record, vereinen, zweimal, doppelt vorhanden, gibt es zweimal
dokument, datei, unterlagen, document, file
anhang, anhängen, angehängt, beifügen, attachment, attach, mitschicken, mitsenden, dranhängen, anfügen
hochladen, hochgeladen, raufladen, uploaden, upload, uploaded, ablegen, reinladen, reinziehen, reinstellen, uploading, drag and drop
befund, befundbericht, untersuchungsergebnis, findings, laborbefund, laborwerte, laborergebnis, röntgenbefund, lab results, test results
arztbrief, arztbericht, entlassbrief, entlassungsbericht, epikrise, brief vom arzt, doctors letter, discharge letter, facharztbrief, klinikbericht, rehabericht, krankenhausbericht, spitalbericht, austrittsbericht, entlassungsbrief, earztbrief, elektronischer arztbrief
therapiebericht, behandlungsbericht, abschlussbericht, zwischenbericht, verlaufsbericht, bericht an den arzt, therapy report, progress report, heilmittelbericht, bericht für den arzt, bericht an den hausarzt, report to the doctor
dokumentation, dokumentieren, dokumentiert, verlauf, verlaufseintrag, verlaufsdokumentation, behandlungsdokumentation, karteikarte, karteieintrag, behandlungsnotiz, documentation, progress note, progress notes, clinical notes, verlaufsnotiz, behandlungsverlauf, therapieverlauf, therapiedokumentation, dekurs, soap, charting, kg eintrag, soap note, treatment notes, session notes, doku, doku schreiben
nachtrag, nachträglich, addendum, nachgetragen, nachdokumentieren, nachträglich dokumentieren, nachträglich eintragen, late entry
notiz, anmerkung, bemerkung, vermerk, kommentar, comment, memo, merkzettel, haftnotiz, postit, post it, sticky note
anamnese, anamnesebogen, fragebogen, aufnahmebogen, patientenfragebogen, erhebungsbogen, gesundheitsfragebogen, questionnaire, anamnesis, intake form, medical history, erstanamnese, eingangsfragebogen, aufnahmeformular, digitale anamnese
formular, vordruck, formblatt, form, formularvorlage, formulardruck, blankoformular, blankoformulardruck, bfb, blankoformularbedruckung, papierlos, klemmbrett, digitaler anamnesebogen, digital ausfüllen
unterschrift, unterschreiben, unterschrieben, unterzeichnen, signatur, signieren, signature, unterschriftenpad, signaturpad, signpad, signotec, wacom, abzeichnen, abgezeichnet, visieren, signing, signature pad, digitale unterschrift, elektronische unterschrift
patientenmodus, kioskmodus, kiosk, patient mode, kiosk mode
patient anlegen, neukunde, neupatient, neuer patient, neuaufnahme, neukundin, new patient, neuanlage, patientenneuanlage, add patient, add a patient, create patient, new client, neue klientin, neuer klient, patient aufnehmen, patient erfassen
dokumente, mrt, mrt-bilder, röntgenbild, röntgenbilder, arztbrief, befund, befunde, scan, bilder
korrigieren, nachtrag, nachträglich ändern, berichtigen, korrektur, ausbessern, ausgebessert, richtigstellen, vertippt, tippfehler, corrected, correction, typo, falsch eingegeben, falsch eingetragen, falsch erfasst
archivieren, archiviert, archiv, archivierung, archive, archived, inaktiv setzen, auf inaktiv setzen
suchfunktion, suchfeld, suchleiste, suchmaske, patientensuche, searchbar, search field, search bar, search function
terminbescheinigung, anwesenheitsbescheinigung, teilnahmebescheinigung, teilnahmebestätigung, attest, certificate of attendance
krankenhaus, klinik, klinikum, spital, krankenanstalt, hospital
stempel, praxisstempel, arztstempel, vertragsarztstempel, stempelfeld, stamp

# Verordnungen, Heilmittel und Kostenträger
verordnung, rezept, heilmittelverordnung, heilmittelrezept, kassenrezept, vo, verordnungsblatt, verordnungsvordruck, muster13, everordnung, erezept, prescription, muster 13, verordnungsschein, zuweisungsschein, muster14, muster18, muster 14, muster 18
heilmittelrichtlinie, hmr, hmrl, heilmittel richtlinie, hmk, heilmittelkatalog
rezeptprüfung, verordnungsprüfung, rezeptkontrolle, rezeptcheck, plausibilitätsprüfung, rezept prüfen, verordnung prüfen, prescription check, rezeptfehler, verordnungsfehler, formfehler, rezeptkorrektur, verordnungskorrektur, rezeptänderung, fehlerhaftes rezept, fehlerhafte verordnung, rezept falsch, falsches rezept, rezept korrigieren, verordnung korrigieren
diagnose, diagnosis, icd, icd10, diagnoseschlüssel, diagnosecode, icd code, icd10gm, icd 10, icd 10 gm
diagnosegruppe, indikationsschlüssel, indikation, diagnosis group, leitsymptomatik, leitsymptom
behandlungsbeginn, therapiebeginn, behandlungsstart, erstbehandlung, start of treatment
frist, deadline, fristablauf, verfristet, frist überschritten, rezept abgelaufen, verordnung abgelaufen, rezept ungültig, verordnung ungültig, rezept nicht mehr gültig, verordnung nicht mehr gültig
unterbrechung, behandlungsunterbrechung, therapiepause, unterbrechungsfrist, behandlungspause, unterbrechungsgrund, therapie unterbrochen, behandlung unterbrochen
zuweiser, verordner, verordnender arzt, überweisender arzt, referring doctor, prescribing doctor, überweiserin, zuweiserin, verordnerin, hausarzt, hausärztin, verordnende ärztin, zuweisender arzt
überweisung, überweisungsschein, referral
physiotherapie, physio, krankengymnastik, kg, physiotherapy, physical therapy, pt, physiopraxis, krankengymnast, physiotherapist
ergotherapie, ergo, ergotherapy, occupational therapy, et, ot, ergopraxis, occupational therapist
logopädie, sprachtherapie, sprechtherapie, stimmtherapie, speech therapy, schlucktherapie, ssst, logopraxis, stimm sprech sprachtherapie, sprech und schlucktherapie
podologie, fußpflege, podiatry, chiropody, medizinische fußpflege, pkb, podologische komplexbehandlung, podologische behandlung
krankenkasse, kasse, gkv, kassenpatient, kassenpatientin, kostenträger, ersatzkasse, insurer, statutory, aok, tk, barmer, dak, ikk, bkk, hkk, knappschaft, ögk, gesetzliche krankenversicherung, gesetzlich versichert, gesetzlich versicherte, health insurer, statutory insurance, kk, krankenversicherer, grundversicherung, okp, kvg, svs, bvaeb, gkk, sozialversicherung, sozialversicherungsträger, kkh, hek, sbk, vdek, lkk, svlfg, viactiv, mhplus, helsana, css, swica, sanitas, visana, concordia, assura, kpt, sympany, atupri, techniker krankenkasse, groupe mutuel, obligatorische krankenpflegeversicherung
versicherung, krankenversicherung, kv, versicherungsart, versicherungsstatus, versichertenstatus, insurance, health insurance, versicherungsdaten, versichertendaten, versicherungsangaben, insurance details
privatpatient, privatpatientin, privatversichert, privatversicherte, pkv, privatversicherung, privatkasse, selbstzahler, selbstzahlerin, privatzahler, selfpay, selfpayer, privat versichert, private krankenversicherung, private patient, self pay, self payer, zusatzversicherung, zusatzversichert, zusatzversicherte, vvg, debeka, allianz, axa, barmenia, gothaer, hallesche, continentale, hansemerkur, dkv, signal iduna, hanse merkur, privately insured
beihilfe, beihilfeberechtigt, beihilfeberechtigte, beihilfestelle, state aid
bg, berufsgenossenschaft, dguv, unfallversicherung, arbeitsunfall, gesetzliche unfallversicherung, workplace accident, unfallkasse, durchgangsarzt, darzt, uvgoä, suva, auva, uvg, bgfall, bg fall, bg rezept, bg verordnung, d arzt
ik, institutionskennzeichen, iknummer, ik nummer, ik nr, institutskennzeichen, iknr, zsr, zsrnummer, vpnr, vertragspartnernummer, zsr nummer
lanr, arztnummer, lebenslange arztnummer, arztnr, gln, glnnummer, arzt nr, gln nummer
bsnr, betriebsstättennummer, betriebsstättennr, nbsnr, nebenbetriebsstättennummer
versichertennummer, versicherungsnummer, versichertennr, krankenversichertennummer, kvnr, kvnummer, mitgliedsnummer, insurance number, member number, sozialversicherungsnummer, svnr, svnummer, ahv, ahvnummer, ahvn13, sv nummer, ahv nummer
kv, kassenärztliche vereinigung
kzv, kassenzahnärztliche vereinigung
ti, telematikinfrastruktur, telematik, konnektor, gematik, tianbindung, tianschluss, tigateway, vsdm, versichertenstammdatenmanagement, konnektortausch, gina, ginabox, ti anbindung, ti anschluss, ti gateway, ehealth konnektor
familienversichert, familienversicherung, mitversichert, mitversicherte, hauptversicherter, hauptversicherte, versicherungsnehmer, versicherungsnehmerin, policyholder
mt, manuelle therapie, manual therapy
kgg, mtt, gerätetraining, krankengymnastik am gerät, gerätegestützte krankengymnastik, medizinische trainingstherapie
kgzns, bobath, vojta, pnf, kg zns, neurologische krankengymnastik
mld, lymphdrainage, manuelle lymphdrainage, lymphatic drainage
kmt, massage, massagetherapie, klassische massage, klassische massagetherapie
fango, wärmetherapie, wärmepackung, heißluft, heiße rolle
ernährungstherapie, ernährungsberatung, diätassistent, diätassistentin, dietitian
blankoverordnung, versorgungsverantwortung, blanko verordnung, blanko vo, erweiterte versorgungsverantwortung
lhb, bvb, langfristverordnung, extrabudgetär, langfristiger heilmittelbedarf, besonderer verordnungsbedarf
frequenz, therapiefrequenz, behandlungsfrequenz, frequenzangabe, frequenzempfehlung, frequency
genehmigung, genehmigungspflichtig, kostenübernahme, kostenübernahmeerklärung, kostenzusage, kostengutsprache, gutsprache, bewilligung, chefarztbewilligung, approval, prior authorization
eau, au, arbeitsunfähigkeitsbescheinigung, krankschreibung, krankmeldung, gelber schein, au bescheinigung, elektronische arbeitsunfähigkeitsbescheinigung
epa, epd, elga, elektronische patientenakte, elektronisches patientendossier, epa für alle
# Export, Datensicherung und Datenschutz
exportieren, exportiert, export, datenexport, ausleiten, herunterladen, heruntergeladen, runterladen, runtergeladen, downloaden, download, auslesen, ausgelesen, rausziehen, rausholen, extrahieren, extract
excel, xlsx, xls, csv, tabelle, spreadsheet, tabellenkalkulation, libreoffice, openoffice, exceltabelle, exceldatei, excelliste, excel liste, google sheets
import, importieren, importiert, datenimport, datenübernahme, datenmigration, migration, altdaten, altsystem, daten übernehmen, daten übertragen, alte software, altes programm, bisherige software, import data
systemwechsel, softwarewechsel, anbieterwechsel, umstieg, umsteigen, softwareumstieg, datenumzug, theorg, turbomed, medistar, albis, tomedo, t2med, epikur, medatixx, psyprax, switching software
auswertung, auswerten, statistik, reporting, kennzahlen, umsatzstatistik, analytics, statistics, umsatz, umsätze, umsatzübersicht, umsatzauswertung, einnahmenübersicht, controlling, revenue
pdf, pdfdatei, acrobat, adobe, pdfreader, pdfviewer, pdf datei, adobe reader, acrobat reader, pdf reader, pdf viewer, foxit, pdf24, pdfxchange, pdf dokument
öffnen, öffnet, geöffnet, aufmachen, aufrufen, open, geht nicht auf, lässt sich nicht öffnen, will not open, does not open, kriege nicht auf, krieg nicht auf, bekomme nicht auf, kann nicht öffnen, cannot open, can't open, cant open, won't open, wont open
datensicherung, backup, sicherung, sicherungskopie, gesichert, datenbackup, daten sichern, backups, lokale sicherung, local backup
wiederherstellen, wiederherstellung, wiederhergestellt, zurückholen, wiederbekommen, retten, restore, recover, recovery, undelete, zurückbekommen, zurückgeholt, restored, wiederherstellbar
papierkorb, mülleimer, trash, recycle bin, gelöschte elemente, gelöschte patienten, gelöschte dokumente, gelöschte termine, deleted items
datenverlust, verschwunden, daten weg, daten verloren, alles weg, versehentlich gelöscht, aus versehen gelöscht, data loss, lost data, accidentally deleted, änderungen weg, änderungen verloren, eingaben weg, eingaben verloren, eintrag weg, einträge weg
löschen, gelöscht, löschung, entfernen, entfernt, rauslöschen, delete, deleted, remove, removed, weglöschen, rausmachen, wegmachen, deleting, deletion, removing
datenschutz, dsgvo, gdpr, datenschutzgrundverordnung, bdsg, dsg, privacy, data protection, datenschutzgesetz, revdsg, ndsg, datenschutzerklärung, datenschutzhinweise, dsgvokonform, privacy policy, dsgvo konform, gdpr compliant, usa, amerika, serverstandort, rechenzentrum, hosting, cloud act, wo liegen die daten
auskunft, datenauskunft, auskunftsersuchen, auskunftsanfrage, selbstauskunft, art 15, artikel 15, subject access request, data access request, datenherausgabe, datenportabilität, einsichtsrecht, akte herausgeben, patientendaten herausgeben, herausgabe der akte, data portability, akteneinsicht, einsicht in die akte, kopie der akte, kopie aller unterlagen
auftragsverarbeitung, auftragsverarbeitungsvertrag, avv, avvertrag, adv, advvertrag, dpa, av vertrag, data processing agreement, auftragsdatenverarbeitung, auftragsbearbeitung
tom, technische und organisatorische maßnahmen
schweigepflicht, verschwiegenheit, berufsgeheimnis, confidentiality, ärztliche schweigepflicht, arztgeheimnis, patientengeheimnis, geheimhaltungspflicht, schweigepflichtentbindung, schweigepflichtsentbindung, 203 stgb
datenschutzbeauftragter, datenschutzbeauftragte, dsb, dpo, data protection officer, datenschützerin
verschlüsselung, verschlüsselt, encryption, encrypted, tls, ssl, https, aes, e2ee, ende zu ende, end to end
rechenzentrum, serverstandort, hosting, datacenter, cloud, data center, data centre, iso27001, aws, azure, iso 27001, bsi c5, amazon web services, server in deutschland
aufbewahrungsfrist, aufbewahrungspflicht, aufbewahrung, aufbewahren, archivierungspflicht, retention, retention period, aufbewahrungsdauer, speicherdauer, löschfrist, löschfristen, wie lange aufbewahren, wie lange speichern, how long to keep
protokoll, protokollierung, protokolliert, änderungsprotokoll, zugriffsprotokoll, logbuch, logdatei, logfile, audit log, audit trail, änderungshistorie, historie, audit, wer hat geändert, wer hat das geändert, wer hat gelöscht, wer hat das gelöscht, who changed, who deleted, change history, version history
umlaute, sonderzeichen, zeichensalat, zeichensatz, zeichenkodierung, encoding, utf8, utf 8, komische zeichen, kryptische zeichen, falsche zeichen, umlaute kaputt, special characters
löschantrag, löschersuchen, löschbegehren, löschungsantrag, recht auf löschung, right to erasure, right to be forgotten, daten löschen lassen

# Fehler und Störungen
fehler, fehlermeldung, fehlfunktion, fehlerhaft, error, bug, problem, issue, kaputt, defekt, spinnt, streikt, broken, geht nicht, funktioniert nicht, klappt nicht, läuft nicht, tut nicht, tut sich nichts, passiert nichts, nichts passiert, not working, does not work, will not work, fehlercode, errorcode, serverfehler, zickt, buggy, glitch, schiefgelaufen, schiefgegangen, 404, error code, server error, internal server error, unerwarteter fehler, unbekannter fehler, unexpected error, something went wrong, etwas ist schiefgelaufen, etwas ist schiefgegangen, funktioniert plötzlich nicht, geht plötzlich nicht, klappt plötzlich nicht, geht auf einmal nicht, funktioniert auf einmal nicht, geht seit heute nicht, geht seit gestern nicht, funktioniert seit heute nicht, funktioniert seit gestern nicht, geht gar nicht, funktioniert gar nicht, klappt gar nicht, geht überhaupt nicht, funktioniert überhaupt nicht, geht nix, funktioniert nix, nix geht, nichts geht, nichts funktioniert, hat nicht funktioniert, hat nicht geklappt, macht probleme, macht zicken, doesn't work, doesnt work, isn't working, isnt working, stopped working, won't work
fehlgeschlagen, gescheitert, misslungen, failed, unsuccessful, schlägt fehl, nicht möglich, erfolglos, fails, failure, failing, nicht erfolgreich, schlug fehl, vorgang abgebrochen, bricht ab, wird abgebrochen, nicht gespeichert, nicht speichern, speichert nicht, not saved, cannot save, can't save, won't save, doesn't save, save failed, failed to save, saving failed
hängt, aufgehängt, eingefroren, einfrieren, absturz, abgestürzt, abstürzen, crash, crashed, freeze, frozen, hangs, stuck, unresponsive, hängt sich auf, friert ein, stürzt ab, reagiert nicht, keine reaktion, not responding, hängen, freezing, crashing, hanging, abgeschmiert, bleibt hängen, hängen geblieben, hängengeblieben, hängt fest, schmiert ab, rührt sich nicht, bewegt sich nichts, nichts geht mehr, geht nichts mehr, keeps crashing
ladekreis, ladesymbol, spinner, blank, weiße seite, weißer bildschirm, leere seite, leerer bildschirm, bildschirm bleibt weiß, bildschirm bleibt leer, seite bleibt weiß, seite bleibt leer, lädt nicht, lädt endlos, lädt ewig, seite lädt nicht, dreht sich nur, blank page, blank screen, white screen, white page, empty page, page not loading, loading forever, ladebalken, ladeanzeige, sanduhr, kreisel, endlosschleife, rädchen, zeigt nichts an, zeigt nichts mehr an, wird nichts angezeigt, zeigt gar nichts, baut sich nicht auf, lädt und lädt, lädt die ganze zeit, lädt immer noch, lädt nur noch, lädt sich tot, dreht sich endlos, dreht sich ewig, grauer bildschirm, schwarzer bildschirm, bildschirm bleibt schwarz, keeps loading, stuck loading, infinite loading, spinning wheel, shows nothing, nothing shows
langsam, lahm, ruckelt, ruckeln, ladezeit, performance, slow, laggy, sluggish, dauert ewig, dauert lange, lädt langsam, zäh, schleppend, stockt, laggt, schneckentempo, braucht ewig, braucht lange, dauert ewigkeiten, takes forever, takes ages
störung, gestört, wartung, wartungsarbeiten, wartungsfenster, serverausfall, systemausfall, maintenance, downtime, outage, nicht erreichbar, not reachable, server down, systemstörung, serverprobleme, serverproblem, statusseite, systemstatus, status page, bekannte störung, known issue, geht bei allen nicht, nicht nur bei mir, auch bei kollegen, is it down
veraltet, outdated, unsupported, nicht unterstützt, nicht mehr unterstützt, wird nicht unterstützt, not supported, zu alt, alte version, old version, veraltete version, alter browser, browser zu alt, browser veraltet, outdated browser
systemvoraussetzungen, systemanforderungen, mindestanforderungen, hardwareanforderungen, requirements, system requirements, minimum requirements, kompatibel, kompatibilität, inkompatibel, compatible, compatibility, technische voraussetzungen, unterstützte browser, supported browsers, welcher browser
browser, webbrowser, internetbrowser, chrome, firefox, mozilla, edge, safari, opera, brave, google chrome, microsoft edge, internet explorer, vivaldi, chromium, ie11, ie 11, samsung internet
cache, browsercache, zwischenspeicher, browserdaten, cache leeren, cache löschen, clear cache, browserdaten löschen, temporäre dateien, temporary files, cookies, cookie, websitedaten, browserverlauf, website daten, browsing data, clear browsing data, clear cookies, strg shift entf, ctrl shift del, ctrl shift delete
popup, popups, popupblocker, popupfenster, pop up, pop ups, popup blocker, pop up blocker, neues fenster, new window, fenster öffnet sich nicht, fenster geht nicht auf, fenster blockiert, popups zulassen, popups erlauben, allow popups
werbeblocker, adblocker, adblock, ublock, ad blocker, ghostery, adguard, noscript, trackingschutz, privacy badger, tracking protection
erweiterung, browsererweiterung, addon, plugin, extension, add on, browser extension
virenscanner, virenschutz, antivirus, antivirenprogramm, virenprogramm, avira, kaspersky, norton, mcafee, avast, avg, bitdefender, eset, gdata, sophos, defender, malwarebytes, g data, windows defender, trend micro
speichern, abspeichern, gespeichert, save, saved, speichert, zwischengespeichert, autosave, saving, save button, speichern knopf
systemzeit, systemuhr, zeitzone, clock, system time, time zone, falsche uhrzeit, uhr geht falsch
sitzung abgelaufen, rausgeworfen, wirft mich raus, fliegt raus, rausgeflogen, ausgeloggt, automatisch abgemeldet, logged out, kicked out
nicht angezeigt, taucht nicht auf, fehlt, nicht sichtbar, unsichtbar, verschwunden, not showing, missing, gone, disappeared, vanished, erscheint nicht, taucht nicht mehr auf, sehe ich nicht, sehe nicht, nicht zu sehen, ist weg, sind weg, einfach weg, plötzlich weg, auf einmal weg, nicht mehr da, nicht mehr vorhanden, nicht mehr zu finden, finde nicht, finde ich nicht, finden nicht, kann nicht finden, nicht auffindbar, nicht gefunden, ist leer, keine einträge, keine ergebnisse, keine treffer, not displayed, not visible, not shown, doesn't show, does not show, can't see, cannot see, can't find, cannot find, cant find, no results, no entries
warnung, warnmeldung, warnhinweis, warning, warnsymbol, warndreieck, gelbes dreieck
bearbeitungskonflikt, speicherkonflikt, konflikt, gleichzeitig bearbeitet, gleichzeitig geändert, von einem anderen benutzer geändert, zwischenzeitlich geändert, edit conflict

# Support und Hilfe
support, kundenservice, kundendienst, kundensupport, hotline, helpdesk, servicedesk, supportteam, supportportal, kundenportal, serviceportal, service desk, customer service, customer support, support portal, technischer support, kundenbetreuung, supporthotline, servicehotline, servicenummer, servicetelefon, telefonsupport, livechat, chat, helpline, kontaktformular, supportzeiten, servicezeiten, rückruf, rückrufbitte, callback, live chat, call back, contact us, get help, talk to someone, mit jemandem sprechen, reach support, contact support, kontakt aufnehmen, ansprechpartner
ticket, anfrage, supportanfrage, supportticket, serviceanfrage, request, support request, ticketnummer, anfragenummer, vorgangsnummer, ticketstatus, bearbeitungsstand, fehlerbericht, bugreport, ticket number, case number, status der anfrage, status meiner anfrage, noch keine antwort, no reply, bug report, fehler melden, problem melden, report a bug, report a problem
verbesserungsvorschlag, funktionswunsch, featurewunsch, vorschlag, anregung, idee, feature request, verbesserungsidee, wunschliste, wishlist, suggestion, feedback, wäre schön wenn, wäre toll wenn, wäre praktisch wenn, wäre super wenn, bitte einbauen, könnt ihr einbauen
fernwartung, fernzugriff, fernsteuerung, fernhilfe, teamviewer, anydesk, quicksupport, bildschirmfreigabe, aufschalten, screen sharing, remote support, remote access
schulung, einschulung, einarbeitung, webinar, onboarding, schulungstermin, schulungsvideo, product training
anleitung, handbuch, benutzerhandbuch, bedienungsanleitung, tutorial, erklärvideo, hilfeartikel, hilfecenter, faq, wissensdatenbank, user guide, knowledge base, help center

# Einstellungen und Oberfläche
einstellungen, einstellung, einstellen, settings, setting, konfiguration, optionen, preferences, configuration, config, zahnrad, zahnradsymbol, systemeinstellungen, praxiseinstellungen, gear icon
einrichten, eingerichtet, einrichtung, setup, konfigurieren, installieren, installiert, installation, install, aufsetzen, set up
aktivieren, aktiviert, einschalten, eingeschaltet, anschalten, freischalten, enable, activate, turn on, switch on, aufdrehen, anhaken, angehakt, häkchen setzen, haken setzen, tick the box
deaktivieren, deaktiviert, ausschalten, ausgeschaltet, abschalten, disable, deactivate, turn off, switch off, abstellen, abgestellt, abdrehen, häkchen entfernen, haken entfernen, uncheck, untick
anlegen, angelegt, erstellen, erstellt, hinzufügen, hinzugefügt, eintragen, eingetragen, erfassen, erfasst, erzeugen, generieren, buchen, vergeben, create, created, add, added, book, neu anlegen, neu machen, neu erstellen, einpflegen, eingepflegt, hinterlegen, hinterlegt, eintippen, eingetippt, reinschreiben
bearbeiten, bearbeitet, editieren, abändern, umändern, änderung, geändert, anpassen, umstellen, korrigieren, korrektur, berichtigen, edit, change, modify, amend, mutieren, mutiert, mutation, überarbeiten, überarbeitet, umbenennen, umbenannt, rename, renamed, edited, editing, changed, modified
reiter, tab, registerkarte, karteireiter
vorschau, preview, druckvorschau, voransicht, seitenansicht, print preview
rand, ränder, seitenrand, margin, margins, abgeschnitten, randlos, cut off, wird abgeschnitten, kopf und fußzeilen, headers and footers, url auf dem ausdruck, url wird mitgedruckt, datum wird mitgedruckt
skalierung, skalieren, scaling, scale, tatsächliche größe, actual size, an seite anpassen, fit to page, shrink to fit, zu klein gedruckt, druck zu klein, ausdruck zu klein, passt nicht auf die seite, passt nicht aufs blatt
papierformat, seitenformat, a4, din a4, paper size, a5, a6, din a5, briefformat
dateityp, dateiformat, dateiendung, file type, file format, file extension, jpg, jpeg, png, heic, tiff, docx, odt, dateiendungen
dateigröße, maximalgröße, file size, zu groß, datei zu groß, too large, too big, megabyte, uploadlimit, komprimieren, komprimiert, upload limit, file too large, datei zu gross
adressleiste, adresszeile, address bar, url bar
website, webseite, homepage, internetseite, internetauftritt, praxiswebsite, praxishomepage, web site, webauftritt, onlineauftritt, praxisseite, wordpress, wix, jimdo, squarespace, typo3
vorlage, template, schablone, textvorlage, briefvorlage, dokumentvorlage, rechnungsvorlage, emailvorlage, mailvorlage, smsvorlage, e mail vorlage, sms vorlage
textbaustein, textkürzel, kürzel, autotext, snippet, makro, textmakro, standardtext, floskel, floskeln, schnelltext, textblock
platzhalter, variable, placeholder, serienfeld, feldfunktion, textmarke, merge field
serienbrief, rundschreiben, rundbrief, massenbrief, serienmail, massenmail, rundmail, mail merge, newsletter, massenversand, sammelversand, sammelmail, mailing, massenmailing, bulk email, mass email
briefkopf, briefpapier, kopfbogen, geschäftspapier, letterhead, kopfzeile, fußzeile
logo, praxislogo, firmenlogo, signet
praxisdaten, praxisangaben, praxisinformationen, praxisstammdaten, practice details, practice information, praxisname, praxisanschrift, praxisadresse, impressum, praxisbezeichnung, ordinationsdaten, ordinationsadresse, firmendaten, company details
querformat, hochformat, seitenausrichtung, landscape, portrait, quer drucken, hochkant drucken
einbetten, eingebettet, embed, iframe, einbindungscode, embed code, widget einbinden, auf der website einbinden, in die homepage einbinden
spracheinstellung, oberflächensprache, anzeigesprache, language, sprache ändern, sprache umstellen, auf englisch umstellen, change language, language settings
dunkelmodus, darkmode, nachtmodus, dark mode, dunkles design
sortieren, sortiert, sortierung, reihenfolge, sortierreihenfolge, alphabetisch, sort, sorting
# Updates und Neuerungen
update, aktualisierung, aktualisieren, aktualisiert, softwareupdate, versionsupdate, neue version, neuere version, software update, patch, hotfix, bugfix, softwareversion, versionsnummer, seit dem update, seit dem letzten update, nach dem update, since the update, after the update
versionshinweise, releasenotes, changelog, neuerungen, neuigkeiten, release notes, was ist neu, neue funktionen, new features, whats new, produktneuigkeiten, updatehinweise, was hat sich geändert, what changed, sieht anders aus, sieht plötzlich anders aus, neues design, neue oberfläche, neues layout, layout geändert, looks different, new design, new layout
neue version, neue features, neue funktionen, neuerungen, features, release notes, was ist neu

`;
