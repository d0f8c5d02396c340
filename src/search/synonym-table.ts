// The built-in synonym and abbreviation table of practice-software support, German and English. One group per line:
// words or phrases that mean the same thing to someone asking for help, separated by commas. A query word in a group
// also finds articles with the group's other words, ranked below articles with the word itself. Phrases (words with
// spaces, "geht nicht") only ever match a query, never an article; other words may stand between theirs ("geht seit
// gestern nicht"), so a phrase need not be written in every variant. Installations add their own groups through the
// portal (`GET /synonyms`) without a widget release. The widget ships the table indexed (`synonym-index.ts`): run
// `npm run synonyms` after changing it.
//
// Lines starting with `#` are comments (one per topic); blank lines are ignored. Entries are lower case and are meant
// to be matched like search terms (folded, lightly stemmed), so one form stands for its inflections. Compounds are
// written joined ("zweifaktor", "sepalastschrift"), as the index also holds hyphenated words joined; spelled-apart
// forms are phrases. Every group has at least one single word, since phrases alone reach no article. A word in several
// groups stands for all of them: where it has two meanings (kasse, kv, mfa, duplikat, überweisung), or where a group of
// the later sections widens a topic's group: the one written article by article, and six rounds after it (regional and
// colloquial words, Denglisch and abbreviations, roles and things named by purpose; narrative descriptions, actions,
// symptoms and care terms; by product area, from queries in users' own words; by style: regional, English, narrative,
// roles and abbreviations; by style again: care jargon, symptoms, English, owners, devices, patients; by person:
// receptionist, young therapist, owner, English-speaking therapist), each written from its own set of made-up user
// queries, never from the bench's. Words that mean different things in different places stay out or only appear inside
// phrases ("sitzung abgelaufen", never "sitzung"; "weiße seite", never "weiß"). A word whose stem an unrelated word
// shares is written `=word` and matches only as written, standing for its group instead of its stem: "=sticker" (not
// "Sticks"), "=träge" (not "tragen"), "=künden" (not "Kunde"), "=vater" (not "VAT"), "=router" (not "Route"),
// "=überweiser" (not "überweisen"). Missing on purpose: words whose stem is a stop word and so never reaches the index
// ("sichern" → "sich", "note" → "not"), and abbreviations with a second everyday meaning ("hp": Heilpraktiker or the
// printer brand, "log": Logopädie or "log in"); "kg" stands only for Krankengymnastik, not the Swiss Krankengeschichte.
export const SYNONYM_TABLE = `
# Rollen und Personen
behandler, behandlerin, therapeut, therapeutin, arzt, ärztin, doktor, doktorin, dr, heilpraktiker, heilpraktikerin, physiotherapeut, physiotherapeutin, ergotherapeut, ergotherapeutin, logopäde, logopädin, podologe, podologin, practitioner, doctor, physician, therapist, clinician, osteopath, osteopathin, psychotherapeut, psychotherapeutin, masseur, masseurin, sprachtherapeut, sprachtherapeutin, medizinerin, behandlerinnen, therapeutinnen, ärztinnen, physiotherapeutinnen, ergotherapeutinnen, logopädinnen, heilpraktikerinnen, podologinnen, sporttherapeut, sporttherapeutin, leistungserbringer, leistungserbringerin, heilmittelerbringer, heilmittelerbringerin
praxisinhaber, praxisinhaberin, inhaber, inhaberin, praxisleitung, praxisleiter, praxisleiterin, chef, chefin, geschäftsführer, geschäftsführerin, practice owner, boss, praxismanager, praxismanagerin, praxismanagement, praxisbesitzer, praxisbesitzerin, practice manager, office manager
administrator, administratorin, admin, adminrechte, administratorrechte, admin rights, administrator rights, hauptbenutzer, hauptnutzer, hauptadmin, superadmin, superuser, hauptbenutzerin, main user, systemverwalter, praxisadmin, praxisadministrator, adminzugang, adminkonto
rezeption, empfang, empfangstresen, tresen, anmeldetresen, frontdesk, front desk, reception, receptionist, rezeptionistin, mfa, medizinische fachangestellte, arzthelferin, arzthelfer, praxishelferin, mpa, ordinationshilfe, ordinationsassistentin, sekretariat, sekretärin, praxissekretariat, empfangskraft, empfangsmitarbeiterin, praxisassistentin, praxisassistent, ordinationsassistent, ordinationsgehilfin, ordinationsassistenz, medizinische praxisassistentin, empfangsdame, empfangsmitarbeiter, rezeptionskraft, tresenkraft, theke, praxisempfang, front office
mitarbeiter, mitarbeiterin, mitarbeitende, personal, angestellte, angestellter, kollege, kollegin, azubi, auszubildende, auszubildender, staff, employee, colleague, coworker, praktikant, praktikantin, werkstudent, werkstudentin, minijobber, minijobberin, hilfskraft, bürokraft, verwaltungskraft, abrechnungskraft, trainee, apprentice, team member, staff member, mitarbeiterinnen, kolleginnen, lehrling, lernende, teilzeitkraft, honorarkraft, teammitglied
vertretung, urlaubsvertretung, vertreter, vertreterin, aushilfe, locum, substitute, praxisvertretung, krankheitsvertretung, vertretungsarzt, vertretungsärztin, vertretungstherapeut, vertretungstherapeutin
ausgeschieden, ausscheiden, ehemalig, ehemalige, ehemaliger, verlässt die praxis, praxis verlassen, nicht mehr in der praxis, left the practice, nicht mehr bei uns, arbeitet nicht mehr bei uns, arbeitet nicht mehr hier, mitarbeiterin hat gekündigt, mitarbeiter hat gekündigt, therapeutin hat gekündigt, therapeut hat gekündigt, kollegin hat gekündigt, kollege hat gekündigt, no longer works here, former employee, former staff, ehemals, exmitarbeiter, exmitarbeiterin, ex mitarbeiter, ex mitarbeiterin, ex kollegin, ex kollege, nicht mehr angestellt, former colleague, former therapist, has left
patient, patientin, klient, klientin, kunde, kundin, client, customer, patientinnen, klientinnen, pat
neupatient, neupatientin, neuaufnahme, patientenaufnahme, neuer patient, neue patientin, new patient, erstpatient, erstpatientin, erstaufnahme, erstkontakt, erstbesuch, first visit
angehörige, angehöriger, eltern, elternteil, erziehungsberechtigte, erziehungsberechtigter, vormund, gesetzlicher betreuer, relative, parent, guardian, familienangehörige, familienangehöriger, familienmitglied, ehepartner, ehepartnerin, bezugsperson, sorgeberechtigte, sorgeberechtigter, family member, next of kin, legal guardian, =vater
standort, filiale, zweigpraxis, zweigstelle, niederlassung, nebenbetriebsstätte, praxisstandort, location, branch, filialpraxis, zweitpraxis, nebenstelle, außenstelle, zweitordination, mehrere standorte, mehrere praxen, multiple locations, second location
itbetreuer, itdienstleister, edvbetreuer, systembetreuer, systemhaus, edv, it betreuer, it dienstleister, it support, it abteilung, itfirma, edvfirma, edvdienstleister, ittechniker, computerfirma, computertechniker, it firma, it service, it betreuung
praxis, ordination, ordi, arztpraxis, therapiepraxis, practice
gemeinschaftspraxis, berufsausübungsgemeinschaft, gruppenpraxis, group practice, joint practice
# Anmeldung, Konto und Passwort
anmeldung, anmelden, angemeldet, einloggen, eingeloggt, login, logon, signin, anmeldeseite, loginseite, reinkommen, log in, sign in, login page, komme nicht rein, nicht reinkommen, melde mich an, log mich ein, logge mich ein, komme nicht mehr rein, kommen nicht rein, kommen nicht mehr rein, kommt nicht rein, nicht einsteigen, einstieg geht nicht, einstieg funktioniert nicht, cannot log in, can't log in, cant log in, can't sign in, unable to log in, logging in
abmelden, abmeldung, abgemeldet, ausloggen, ausgeloggt, logout, signout, rausgeflogen, rausgeworfen, log out, logged out, sign out, signed out, fliege raus, fliegt raus, rausgekickt, rausgeschmissen, schmeißt mich raus, alle sitzungen beenden, sign out everywhere, log out everywhere, sign out of all devices
timeout, zeitüberschreitung, sitzung abgelaufen, sitzung ist abgelaufen, session abgelaufen, session expired, session timeout, automatisch abgemeldet, automatische abmeldung, automatic logout, inaktivität, ständig abgemeldet, dauernd abgemeldet, immer wieder abgemeldet, muss mich ständig neu anmelden, muss mich immer wieder anmelden, muss mich dauernd neu anmelden, angemeldet bleiben, eingeloggt bleiben, stay logged in, keep me logged in, session ended, abmeldezeit, abmeldedauer, sitzungsdauer, autologout, idle, leerlaufzeit, zeitlimit, auto logout, auto logoff, sitzung läuft ab, sitzung ungültig, session ungültig, session invalid, alle paar minuten abgemeldet, nach wenigen minuten abgemeldet, andauernd abgemeldet, laufend abgemeldet, ständig ausgeloggt, dauernd ausgeloggt, immer wieder ausgeloggt, laufend ausgeloggt, keeps logging me out, keeps signing me out, kicks me out, signed out automatically, logged out automatically, stay signed in, länger angemeldet bleiben, automatische abmeldung ausschalten, automatische abmeldung deaktivieren, extend session, disable auto logout
passwort, kennwort, pw, pwd, password, passwd
zugangsdaten, anmeldedaten, logindaten, credentials, login daten, benutzername und passwort
benutzername, nutzername, loginname, anmeldename, username, user name
zurücksetzen, zurückgesetzt, rücksetzen, reset, resetten, passwort vergessen, kennwort vergessen, forgot password, forgotten password, resetlink, reset link, passwort weiß ich nicht mehr, kennwort weiß ich nicht mehr, passwort entfallen, kennwort entfallen, forgot my password, reset password, password reset, neues passwort anfordern, rücksetzlink, zurücksetzlink, passwortlink, resetmail, passwort neu setzen, passwort neu vergeben, weiß mein passwort nicht mehr, weiß mein passwort nicht, kenne mein passwort nicht, passwort fällt mir nicht ein, passwort verschwitzt, lost password, lost my password, can't remember my password, cannot remember my password, dont remember my password, forgot my login
gesperrt, sperre, sperrung, blockiert, ausgesperrt, locked, lockout, blocked, locked out, konto gesperrt, account locked, zugesperrt, kontosperre, kontosperrung, accountsperre, loginsperre, zugangssperre, anmeldesperre, account lock
entsperren, entsperrt, entsperrung, unlock, unlocked, sperre aufheben, unblock, unblocked, konto aufsperren, account aufsperren, sperre entfernen
fehlversuch, fehlversuche, falsches passwort, zu viele versuche, wrong password, too many attempts, anmeldeversuch, loginversuch, falsches kennwort, passwort falsch, kennwort falsch, zu oft falsch, zu oft falsch eingegeben, passwort zu oft falsch, mehrmals falsch eingegeben, failed login, failed attempts, login attempts, failed login attempts, incorrect password
zweifaktor, zweifaktorauthentifizierung, 2fa, mfa, twofactor, multifaktor, authenticator, authenticatorapp, totp, otp, einmalcode, einmalpasswort, sicherheitscode, bestätigungscode, zwei faktor, two factor, multi faktor, authenticator app, google authenticator, microsoft authenticator, verification code, authy, sms code, code vom handy, zweistufig, 2faktor, twostep, 2step, freeotp, authentifizierungsapp, authentifikator, tan, zwei schritt verifizierung, bestätigung in zwei schritten, 2 faktor, 2 fa, two step, 2 step verification, two step verification, authentifizierungs app, sechsstelliger code, 6 stelliger code, code aus der app, code wird nicht akzeptiert, code funktioniert nicht, invalid code, code not accepted
wiederherstellungscode, wiederherstellungscodes, backupcode, notfallcode, ersatzcode, recovery code, recovery codes, backup code, handywechsel, handy verloren, neues handy, handy gewechselt, handy kaputt, lost phone, lost my phone, new phone, reservecode, wiederherstellungsschlüssel, recovery key, handy gestohlen, smartphone verloren, smartphone gewechselt, neues smartphone, handy getauscht, handy zurückgesetzt, natel verloren, neues natel, authenticator gelöscht, app gelöscht, tablet verloren, tablet gestohlen, gerät verloren, gerät gestohlen, phone stolen, changed phone, new smartphone
benutzer, benutzerin, nutzer, nutzerin, anwender, anwenderin, user, account, konto, benutzerkonto, nutzerkonto, zugang, benutzerzugang, benutzerkonten, nutzerkonten
profil, benutzerprofil, profile, meine daten, mein profil
rolle, rechte, berechtigung, berechtigungen, zugriffsrechte, benutzerrechte, rechtevergabe, permission, permissions, rights, role, access rights, kein zugriff, zugriff verweigert, nicht berechtigt, access denied, permission denied, not allowed, 403, forbidden, unauthorized, unauthorised, nicht freigeschaltet, keine berechtigung, fehlende berechtigung, no permission, not authorized, benutzerrolle, nutzerrolle, nutzerrechte, rollenverwaltung, rechteverwaltung, berechtigungskonzept, rechtekonzept, zugriffsberechtigung, benutzergruppe, rechtegruppe, zugriffsebene, berechtigungsstufe, zugriff einschränken, zugriff beschränken, darf nicht sehen, soll nicht sehen, wer darf was, access control, access level, restrict access, who can see, zugriffsschutz, zugriffskontrolle, zugangskontrolle
ausgegraut, greyed out, grayed out, nicht anklickbar, nicht klickbar, lässt sich nicht anklicken, grau hinterlegt, ist grau, button grau, knopf grau, kann nicht anklicken, nicht auswählbar, disabled button, greyed, grayed, button inaktiv, button deaktiviert, button nicht klickbar, button inactive, button disabled
registrierung, registrieren, registriert, register, signup, sign up, konto erstellen, account erstellen, create account, registrierungslink, registrierungsmail, registrierungsemail, portalzugang, portalkonto, registration link, registration email, portal account, keine registrierungsmail, kein registrierungslink
einladung, einladen, eingeladen, einladungslink, einladungsmail, invitation, invite, einladungsemail, aktivierungslink, aktivierungsmail, aktivierungsemail, invite link, activation link, activation email
benutzerverwaltung, nutzerverwaltung, userverwaltung, user management, add user, add a user, new user, neuer benutzer, neue benutzerin, neue kollegin, neuer kollege, neue mitarbeiterin, neuer mitarbeiter, mitarbeiter anlegen, mitarbeiter hinzufügen, zugang anlegen, zugang einrichten, new colleague, new staff member, mitarbeiterzugang, mitarbeiterkonto, mitarbeiteraccount, benutzer hinzufügen, benutzer anlegen, zugang erstellen, login anlegen, login für mitarbeiter, account anlegen, account für mitarbeiter, create user, create login, add staff, add employee, staff account
# Geräte und Hardware
drucker, drucken, druck, ausdrucken, ausdruck, printen, ausprinten, print, printer, printing, printout, ausgedruckt, gedruckt, printed, druckproblem, druckerproblem, druckauftrag, druckaufträge, druckjob, druckwarteschlange, standarddrucker, laserdrucker, tintenstrahldrucker, multifunktionsgerät, multifunktionsdrucker, netzwerkdrucker, epson, canon, kyocera, lexmark, ricoh, print job, print queue, default printer, druckereinrichtung, druckerinstallation, xerox, konica, minolta, oki, utax, druckt nicht, triumph adler
druckdialog, druckfenster, druckmenü, druckeinstellungen, print dialog, print window, print settings, druckoptionen, druckmaske, print options, print menu, print dialog not opening, print dialog does not open, print dialog doesn't appear
sammeldruck, massendruck, stapeldruck, batch print, batch printing, bulk print, bulk printing, alle auf einmal drucken, mehrere rechnungen drucken, alle rechnungen drucken, alle ausdrucken, print all, print multiple, sammelausdruck, massenausdruck, mehrfachdruck, sammelpdf, viele rechnungen drucken, alle rechnungen ausdrucken, rechnungen auf einmal drucken, mehrere auf einmal drucken, gesammelt drucken, print all invoices, print several invoices, print many invoices
etikettendrucker, labeldrucker, labelprinter, thermodrucker, dymo, labelwriter, label printer, brother, zebra, brother ql, dymo labelwriter, etikettiergerät, beschriftungsgerät, ptouch, thermodirektdrucker, thermotransferdrucker, seiko, godex, p touch, leitz icon, label maker, thermal printer
etikett, label, aufkleber, klebeetikett, patientenetikett, patientenaufkleber, adressetikett, adressaufkleber, probenetikett, probenaufkleber, kleber, pickerl, klebeschild, namensetikett, namensaufkleber, patientenlabel, adresslabel, laboretikett, laboraufkleber, röhrchenetikett, serienetikett, etikettenbogen, etikettenrolle, labelrolle, avery, zweckform, herma, sticker bogen, =sticker
kartenlesegerät, kartenleser, lesegerät, egkleser, chipkartenleser, chipkartenlesegerät, kartenterminal, cardreader, cherry, orga, egk leser, card reader, ehealthterminal, ehealth terminal, orga 6141, cherry st, chipkartenterminal, gesundheitskartenleser, versichertenkartenleser, cyberjack, reinersct, omnikey, ctapi, ecardleser, mkt, reiner sct, ct api, smart card reader, smartcard reader, chip card reader, ecard leser
egk, gesundheitskarte, versichertenkarte, krankenversichertenkarte, krankenkassenkarte, kassenkarte, chipkarte, versicherungskarte, ecard, kvk, elektronische gesundheitskarte, e card, health card, insurance card, karte einlesen, karte lesen, read card, karte wird nicht erkannt, karte nicht erkannt, karte wird nicht gelesen, karte nicht lesbar, card not recognised, card not recognized, karte stecken, karte einstecken, karte reinstecken, karte ungültig, ungültige karte, karte abgelaufen, abgelaufene karte, karte gesperrt, chip verschmutzt, chip defekt, karte lässt sich nicht einlesen, karte kann nicht gelesen werden, karte konnte nicht gelesen werden, einlesen geht nicht, einlesen funktioniert nicht, lesefehler, kartenlesefehler, card expired, invalid card, card could not be read, card read error, elektronische versichertenkarte, versichertenausweis, karte ziehen, karte durchziehen, ecard stecken, e card stecken, chipkarte einlesen, gesundheitskarte einlesen, versichertenkarte einlesen
scanner, scan, scannen, einscannen, eingescannt, gescannt, abscannen, scanned, scanning, scansnap, twain, dokumentenscanner, flachbettscanner, fujitsu, scanprogramm, scansoftware, scanapp, scan app, adobe scan, microsoft lens, office lens, genius scan, scanbot
foto, photo, fotografieren, abfotografieren, kamera, camera, handyfoto, fotos, photos, picture, pictures, knipsen, abknipsen, handykamera, fotoaufnahme, foto aufnehmen, foto machen, bild machen, take a photo, take a picture
handy, smartphone, mobiltelefon, iphone, android, natel, mobil, mobilgerät, mobile phone, cell phone, mobile device, handys, samsung, galaxy, huawei, xiaomi, ios, oneplus, motorola
tablet, ipad, android tablet, samsung galaxy tab, galaxy tab, android-tablet, surface, tablett, lenovo tab, amazon fire
app, appstore, playstore, handyapp, app store, play store, mobile app, apps
bildschirm, monitor, display, screen
bildschirmauflösung, auflösung, resolution, screen resolution, full hd, hineinzoomen, herauszoomen, reinzoomen, rauszoomen, schriftgröße, schriftgrad, font size, text size, schrift zu klein, schrift zu groß, alles zu klein, alles so klein, alles zu groß, darstellung zu klein, passt nicht auf den bildschirm, bildschirmgröße, fullhd, 1080p, 1920x1080, 1366x768, zoomstufe, zoomfaktor, browserzoom, browser zoom, zoom level, strg plus, strg minus, strg 0, ctrl plus, ctrl minus, ctrl 0
screenshot, bildschirmfoto, bildschirmkopie, bildschirmaufnahme, printscreen, snipping, print screen, drucktaste, snippingtool, screencapture, screen capture, foto vom bildschirm, bildschirm abfotografieren
computer, pc, laptop, notebook, desktop, arbeitsplatzrechner, arbeitsplatz, workstation, praxisrechner, praxis pc, macbook, imac, mac, chromebook, mac mini, rechner, windows 7, windows 10, alter rechner
betriebssystem, os, operating system, windows, macos, osx, linux, ubuntu, win10, win11, windows 11, mac os, ipados, windows10, windows11, chromeos, sonoma, ventura, monterey, big sur, win 10, win 11
treiber, gerätetreiber, driver, treiberupdate, treiber installieren, druckertreiber, kartenlesertreiber, herstellertreiber, treibersoftware
gerät, endgerät, device, hardware
anschließen, angeschlossen, anstecken, einstecken, verbinden, verbunden, koppeln, connect, connected, plug in, gekoppelt, pairing, bluetooth, verbindet sich nicht, verbindet nicht
internet, internetverbindung, internetzugang, verbindung, netzwerk, netz, wlan, wifi, lan, wireless, offline, connection, network, verbindungsabbruch, verbindungsprobleme, kein internet, keine verbindung, fritzbox, wlan router, dsl router, hotspot, mobilfunk, netzwerkfehler, verbindungsfehler, funkloch, fritz box, mobile daten, network error, connection error, connection lost, no internet, no connection, kein netz, internet weg, internet ist weg, wlan weg, wlanunterbrechung, verbindungsunterbrechung, internetunterbrechung, internetausfall, wlanabbruch, internetabbruch, kein empfang, schlechter empfang, offlinemodus, no signal, =router
neustart, neustarten, reboot, rebooten, restart, hochfahren, neu starten, neu hochfahren, neugestartet, restarted, rebooted, neu gestartet, aus und wieder an, ausschalten und wieder einschalten, turn it off and on
strg, ctrl, cmd, befehlstaste, apfeltaste, command key, ctrl key, strg taste
neuladen, reload, refresh, f5, neu laden, seite neu laden, seite aktualisieren, hard refresh, hard reload, reloaded, refreshed, neu geladen, cmd r, cmd shift r, strg shift r, ctrl shift r, hart neu laden, neu laden ohne cache, ohne cache neu laden, strg f5, ctrl f5, shift f5, umschalt f5, force reload, force refresh
mobil, unterwegs, von unterwegs, hausbesuch mit handy, on the go, mobilversion, handyansicht, handyversion, auf dem handy, am handy, am tablet, auf dem tablet, auf dem ipad, on my phone, on my ipad, on my tablet
desktopverknüpfung, lesezeichen, bookmark, startbildschirm, homescreen, desktop icon, home screen, add to home screen, zum startbildschirm hinzufügen, homebildschirm, favorit, webclip, home bildschirm, zum home bildschirm, zum home bildschirm hinzufügen, app symbol, app icon, desktop shortcut, add to home, verknüpfung erstellen, verknüpfung auf dem desktop, home screen shortcut
firewall, proxy, proxyserver, whitelist, allowlist, webfilter, inhaltsfilter, content filter, whitelisting, freigabeliste, fortigate, sonicwall, securepoint, lancom, watchguard, url freigeben, domain freigeben, adresse freigeben
hba, ehba, heilberufsausweis, elektronischer heilberufsausweis, qes, qualifizierte elektronische signatur, komfortsignatur, stapelsignatur
smcb, praxisausweis, institutionsausweis, smc b, security module card

# Rechnungen und Abrechnung
rechnung, faktura, invoice, bill, rg, honorarnote, honorarrechnung, liquidation, privatliquidation, zahlungsaufforderung
quittung, beleg, receipt, kassenbon, kassenzettel, zahlungsbeleg, zahlungsbestätigung, barquittung, quittieren, quittiert, kassenbeleg, barbeleg, kassenquittung, zahlungsquittung, zuzahlungsquittung, zuzahlungsbeleg, quittungsblock
privatrechnung, privatliquidation, liquidation, privatabrechnung, private rechnung, private invoice, igel, igelleistung, wunschleistung, selbstzahlerleistung, privatleistung, tiers garant, igel leistung, individuelle gesundheitsleistung, individuelle gesundheitsleistungen, patientenrechnung, privatpatientenrechnung, selbstzahlerrechnung, wahlarztrechnung, wahltherapeutenrechnung, rechnung für privatpatienten, rechnung für selbstzahler, rechnung an den patienten, self pay invoice, patient invoice
abrechnung, abrechnen, abgerechnet, billing, fakturierung, fakturieren, fakturiert, verrechnen, verrechnung, verrechnet, rechnungsstellung, invoicing
kassenabrechnung, krankenkassenabrechnung, heilmittelabrechnung, rezeptabrechnung, gkvabrechnung, kvabrechnung, quartalsabrechnung, gkv abrechnung, kv abrechnung, 302 abrechnung, insurance billing, statutory billing, kassenverrechnung, dta, datenträgeraustausch, edifact, urbeleg, urbelege, begleitzettel, rezeptversand, medidata, tiers payant, rezepte einschicken, rezepte verschicken, abrechnung mit der kasse, abrechnung mit den kassen, insurance claims, kkabrechnung, kostenträgerabrechnung, verordnungsabrechnung, abrechnungslauf, kk abrechnung, abrechnung nach 302, rezepte abrechnen, verordnungen abrechnen, heilmittel abrechnen, mit der kasse abrechnen, mit den kassen abrechnen, mit der krankenkasse abrechnen, rezepte einreichen, verordnungen einreichen, bei der kasse einreichen, an die kasse schicken, an die krankenkasse schicken, health insurance billing, statutory health insurance billing, submit claims, claims submission, billing health insurers
abrechnungszentrum, abrechnungsstelle, abrechnungszentrale, abrechnungsdienstleister, abrechnungsfirma, billing centre, billing center, optadata, azh, rzh, dmrz, ärztekasse, trustcenter, opta data, abrechnungsservice, abrechnungsgesellschaft, abrechnungsunternehmen, abrechnungsdienst, billing service, billing company, billing provider
direktabrechnung, direktversand, direktabrechner, selbstabrechner, selbstabrechnung, eigenabrechnung, selbstversand, direkt mit der kasse abrechnen, ohne abrechnungszentrum, direct billing
absetzung, kürzung, rechnungskürzung, retaxierung, retax, beanstandung, gekürzt, retaxiert, kasse hat abgesetzt, kasse hat gekürzt, kasse zahlt nicht, rejected claim, claim rejected, kassenabsetzung, beanstandet, kasse hat abgezogen, kasse zieht ab, claim denied, payment reduced
rechnungsnummer, rechnungsnr, belegnummer, invoice number, rgnr, nummernkreis, rechnungsnummernkreis, rg nr, fortlaufende nummer, fortlaufende rechnungsnummer, number range
rechnungsadresse, rechnungsanschrift, rechnungsempfänger, rechnungsdaten, billing address, invoice address, rechnungsempfängerin, zahlungspflichtiger, zahlungspflichtige, abweichender rechnungsempfänger, bill to, rechnungsangaben, adresse auf der rechnung, anschrift auf der rechnung, name auf der rechnung, rechnungsadresse unvollständig, adresse unvollständig, billing details, billing information, invoice details, billing address incomplete
kopie, duplikat, zweitschrift, abschrift, zweitausfertigung, rechnungskopie, copy, zweitausdruck, rückforderungsbeleg, nochmal drucken, erneut drucken, noch einmal drucken, reprint, print again, rechnungsduplikat, rechnungszweitschrift, zweitdruck, nachdruck, neudruck, kopievermerk, duplikatvermerk, rechnung nochmal ausdrucken, rechnung erneut drucken, duplicate invoice, rechnung herunterladen, rechnung runterladen, rechnung verloren, rechnung verlegt, rechnung nochmal zuschicken, download invoice, invoice copy, copy of invoice
entwurf, entwürfe, rechnungsentwurf, draft, vorläufig, entwurfsstatus, entwurfsrechnung, draft invoice, vorläufige rechnung, noch nicht festgeschrieben, not finalised, not finalized
festschreiben, festgeschrieben, finalisieren, finalise, finalize, finalised, finalized, nicht mehr änderbar, nicht mehr bearbeitbar, kann nicht mehr bearbeitet werden, lässt sich nicht mehr bearbeiten, lässt sich nicht mehr ändern, festschreibung, finalisierung, rechnung abschließen, rechnung finalisieren, endgültig erstellen, lock invoice
stornieren, storno, stornierung, storniert, stornorechnung, rückgängig, annullieren, void, rückgängig machen, cancel invoice, stornos, korrekturrechnung, rechnungskorrektur, falsche rechnung, rechnung falsch, rechnung ist falsch, rechnung löschen, rechnung zurückziehen, wrong invoice, invoice correction, delete invoice, void invoice, annullierung, annulliert, stornobeleg, stornobuchung, gegenbuchung, rechnungsberichtigung, reversal, rechnung zurücknehmen, rechnung widerrufen, rechnung neu erstellen, rechnung neu ausstellen, rechnung neu schreiben, rechnung bearbeiten, rechnung korrigieren, rechnung berichtigen, rechnung anpassen, korrigierte rechnung, berichtigte rechnung, rechnung lässt sich nicht löschen, kann rechnung nicht löschen, cancel an invoice, reverse invoice, invoice reversal, reissue invoice, correct invoice, edit invoice, amend invoice, cannot delete invoice, can't delete invoice
gutschrift, rückerstattung, rückzahlung, auszahlung, zurückerstatten, zurückzahlen, refund, credit note, geld zurück, rückvergütung, refunded, refunds, geld zurücküberweisen, auszahlen, ausgezahlt, rückerstatten, rückerstattet, zurücküberweisen, geld zurückgeben, pay back, return money
mahnung, zahlungserinnerung, mahnen, gemahnt, mahnwesen, mahnlauf, mahnschreiben, mahnbrief, dunning, payment reminder, overdue notice, mahnstufe, mahngebühr, mahnkosten, inkasso, inkassobüro, erste mahnung, zweite mahnung, letzte mahnung, debt collection, reminder fee, anmahnen, angemahnt, mahnspesen, mahnverfahren, mahnbescheid, betreibung, verzugszinsen, verzugszins, verzugsgebühr, late fee, dunning letter, final notice, chase payment, chasing invoices, mahnung obwohl bezahlt, payment reminder letter, final payment reminder
unbezahlt, überfällig, säumig, ausstehend, zahlungsverzug, unpaid, overdue, outstanding, offene rechnung, offene posten, offener posten, nicht bezahlt, forderung, debitoren, debitorenliste, opliste, op liste, offene forderungen, nicht gezahlt, hat nicht bezahlt, not paid, open items, outstanding invoices, außenstände, ausstände, ausständig, zahlungsrückstand, unbeglichen, schuldner, offener betrag, offene beträge, noch offen, nicht beglichen, zahlt nicht, zahlen nicht, late payment, non payment, owes money
ratenzahlung, teilzahlung, ratenplan, abschlagszahlung, teilbetrag, installment, instalment, stundung, zahlungsaufschub, in raten, raten zahlen, payment plan, ratenvereinbarung, ratenzahlungsvereinbarung, teilzahlungsvereinbarung, zahlungsvereinbarung, abstottern, in monatlichen raten
leistung, dienstleistung, behandlungsleistung, erbrachte leistungen
leistungsziffer, ziffer, gebührenziffer, abrechnungsziffer, gebührennummer, positionsnummer, fee code, billing code, heilmittelpositionsnummer, abrechnungsposition, gebührenposition, leistungsposition, tarifziffer, tarifposition, goä ziffer, goä nummer, billing codes
leistungskatalog, preisliste, preistabelle, leistungsverzeichnis, price list, service catalogue, service catalog, vergütungsliste, vergütungsvereinbarung, kassenpreise, kassensätze, honorarsätze, stundensatz, honorarsatz, kassenpreisliste, kassentarif, preisvereinbarung, fee list, leistungsliste, leistungsstamm, tarifliste, preisverzeichnis, honorarliste, eigene preise, eigene preisliste, preise hinterlegen, service list
gebührenordnung, gebührenverzeichnis, gebührenkatalog, fee schedule, honorarordnung, honorarrichtlinien, taxpunkt, taxpunktwert, tarif 590, tarif 312, physiotarif
goä, gebührenordnung für ärzte, goä rechnung, privatärztliche gebührenordnung
gebüh, gebührenverzeichnis für heilpraktiker, heilpraktikergebühren, hp gebühren, heilpraktiker gebühren, gebührenverzeichnis heilpraktiker, heilpraktikerrechnung, heilpraktiker rechnung, gebüh ziffer, gebüh ziffern
steigerungsfaktor, steigerungssatz, multiplikator, multiplier, schwellenwert, höchstsatz, regelhöchstsatz, steigerungsbegründung, begründungspflicht, steigerung, begründung erforderlich, begründung fehlt, höherer faktor, erhöhter faktor, faktor erhöhen, über dem schwellenwert, above threshold, justification required, increased factor
umsatzsteuer, mehrwertsteuer, mwst, ust, vat, sales tax, steuersatz, mwstsatz, umsatzsteuerfrei, steuerfrei, steuerbefreit, kleinunternehmer, kleinunternehmerregelung, ustg, tax exempt, vat exempt
steuernummer, steuernr, ustidnr, ustid, umsatzsteueridentifikationsnummer, ust id, tax number, vat number, vat id, uid, uidnummer, uid nummer, steuerangaben, ustidnummer, mwstnummer, mwstnr, uidnr, atunummer, ust idnr, ust id nr, mwst nummer, mwst nr, atu nummer, umsatzsteuer id, steuer id, che nummer
steuerberater, steuerberaterin, steuerbüro, steuerkanzlei, kanzlei, stb, accountant, tax advisor, tax consultant, treuhand, treuhänder, treuhänderin, treuhandbüro, steuerberatung, wirtschaftstreuhänder, wirtschaftstreuhänderin, steuerberatungskanzlei, steuerberaterkanzlei, steuerberatungsgesellschaft, tax adviser
buchhaltung, buchführung, finanzbuchhaltung, fibu, buchhalter, buchhalterin, bookkeeping, accounting, bilanzbuchhalter, bilanzbuchhalterin, buchhaltungsprogramm, buchhaltungssoftware, accounting software, rechnungswesen, bookkeeper
kontenrahmen, skr, skr03, skr04, chart of accounts, erlöskonto, erlöskonten, sachkonto, sachkonten, gegenkonto, buchungskonto, kontenplan, kontenzuordnung, kontozuordnung, kontierung, kontieren, buchungskonten, fibukonto, fibukonten, sachkontenlänge, kontenlänge, konto fehlt, konten fehlen, konto nicht zugeordnet, account mapping, account assignment, revenue account
gobd, revisionssicher, revisionssicherheit, grundsätze ordnungsmäßiger buchführung, gobdkonform, finanzamtkonform, finanzamtssicher, prüfungssicher, unveränderbar, unveränderbarkeit, audit proof, gebüv, bao, gobd konform, aus steuerlichen gründen
tse, kassensichv, kassensicherungsverordnung, technische sicherheitseinrichtung, rksv, registrierkassensicherheitsverordnung, registrierkassenpflicht, belegpflicht, bonpflicht, belegerteilungspflicht, registrierkassa, fiskalisierung, signaturerstellungseinheit, startbeleg
rechnung stellen, abrechnen, in rechnung stellen, charge, bill a patient, charge a patient, rechnungserstellung, rechnungslegung, rechnung erstellen, rechnung schreiben, rechnung ausstellen, rechnung machen, rechnung erzeugen, rechnung generieren, rechnung anlegen, create invoice, write invoice, issue invoice, raise an invoice, generate invoice, make an invoice, invoice a patient, honorarnote erstellen, honorarnote ausstellen, honorarnote schreiben
ebm, einheitlicher bewertungsmaßstab
bema, bewertungsmaßstab zahnärztlicher leistungen
goz, gebührenordnung für zahnärzte
tarmed, tardoc, arzttarif, schweizer arzttarif
factoring, verrechnungsstelle, factoringgesellschaft, privatärztliche verrechnungsstelle, factoring company
datev, datevexport, datevschnittstelle, buchungsstapel, lexware, lexoffice, sevdesk, bmd, rzl, bexio, abacus, buchhaltungsexport, fibuexport, datev export, fibu export, export für den steuerberater, export für steuerberater, accounting export, duo, datevformat, buchungsexport, monatsexport, belegtransfer, collmex, addison, unternehmen online, kanzlei rechnungswesen, daten für den steuerberater, steuerberater export
beraternummer, mandantennummer, beraternr, mandantennr, consultant number, mandantnummer, mandantnr, berater nr, mandanten nr, datev nummer, adviser number, advisor number
sammelrechnung, monatsrechnung, quartalsrechnung, gesamtrechnung, combined invoice, monthly invoice, eine rechnung für alle termine, mehrere termine auf eine rechnung
rechnungsversand, rechnungsmail, rechnung per email, rechnung per e mail, rechnung per mail, rechnung mailen, rechnung verschicken, rechnung versenden, send invoice, email invoice
kostenvoranschlag, kva, kostenplan, kostenschätzung, offerte, heil und kostenplan, cost estimate

# Zahlungen und Kasse
zahlung, bezahlung, zahlen, bezahlen, bezahlt, zahlungseingang, payment, pay, paid, beglichen, begleichen, als bezahlt markieren, auf bezahlt setzen, zahlung verbuchen, zahlung buchen, zahlung erfassen, zahlungseingang buchen, mark as paid, record payment
zahlungsart, zahlungsmethode, zahlweise, zahlungsweise, bezahlart, zahlungsoption, payment method, paypal, twint, stripe, zahlart, zahlungsmittel, zahlungsweg, bezahlmethode, bezahlweise, zahlungsdaten, zahlungsinformationen, payment type, payment option, payment options, payment details, payment information, how to pay, wie bezahlen
lastschrift, sepa, sepalastschrift, bankeinzug, einzug, abbuchung, abbuchen, abgebucht, einziehen, eingezogen, lastschriftmandat, mandat, einzugsermächtigung, sepa lastschrift, direct debit, sepamandat, mandatsreferenz, gläubigerid, gläubigeridentifikationsnummer, einziehungsauftrag, lsv, lastschriftverfahren, sepa mandat, gläubiger id, creditor id, abbuchungsauftrag, basislastschrift, firmenlastschrift, einzugsverfahren, bankeinzugsverfahren, b2b lastschrift, automatische abbuchung, automatischer einzug, abbuchen lassen, einziehen lassen, debit direct, autopay, automatic payment
rücklastschrift, rückbuchung, lastschriftrückgabe, zurückgebucht, chargeback, returned debit, geplatzte lastschrift, rückläufer, lastschrift geplatzt, lastschrift zurückgegangen, rücklastschriftgebühr, rückbuchungsgebühr, nicht eingezogen, nicht eingelöst, konnte nicht eingezogen werden, mangels deckung, fehlende deckung, keine deckung, nicht gedeckt, abbuchung fehlgeschlagen, lastschrift fehlgeschlagen, lastschrift widerrufen, insufficient funds, direct debit failed, failed direct debit, payment failed, bounced payment
überweisung, überweisen, überwiesen, banküberweisung, bank transfer, ebanking, onlinebanking, e banking, online banking, per überweisung, selbst überweisen, auf rechnung zahlen, zahlung auf rechnung, wire transfer, pay by transfer, pay by invoice
bankverbindung, kontoverbindung, bankdaten, kontodaten, bankkonto, iban, bic, bankwechsel, kontowechsel, bank details, bank account, neue iban, neue bank, kontonummer, bankleitzahl, blz, kontoinhaber, kontoinhaberin, account holder, praxiskonto, geschäftskonto, firmenkonto, empfängerkonto, bankangaben, kontoangaben, postkonto, qriban, postfinance, neues konto, konto gewechselt, bank gewechselt, neue bankverbindung, neue kontoverbindung, altes konto, konto geschlossen, change bank details, update bank details, new bank account
kreditkarte, kartenzahlung, eckarte, girocard, debitkarte, visa, mastercard, ec karte, ec zahlung, credit card, card payment, maestro, vpay, amex, kontaktlos, sumup, zettle, zahlungsterminal, ecterminal, ec terminal, ec gerät, american express, apple pay, google pay, payment terminal, card terminal, bankomatkarte, bankomat, bankomatkasse, postfinance, verifone, ccv, concardis, nexi, payone, worldline, hobex, zvt, debit card, mit karte bezahlt, mit karte zahlen, per karte, pay by card, paid by card
kasse, barkasse, kassenbuch, barzahlung, bargeld, cash, bar bezahlt, bar zahlen, in bar, cash register, cash payment, handkasse, kassenbestand, bareinnahme, bareinnahmen, registrierkasse, wechselgeld, petty cash, cash book, kassa, kassabuch, barkassa, handkassa, kassastand, bargeldbestand, barbestand, geldbestand, kassenstand, kassenlade, kassenschublade, geldkassette, kassieren, kassiert, abkassieren, einkassieren, barzahler, barbezahlung, bargeldzahlung, bar bezahlen
tagesabschluss, kassenabschluss, kassensturz, zbon, kassenbericht, z bon, end of day, daily closing, tagesabrechnung, tagesumsatz, kassenprüfung, kassenschnitt, xbon, x bon, kasse abschließen, kasse zählen, kassendifferenz, kassenfehlbetrag, fehlbetrag, sollbestand, istbestand, tageskasse, abschluss durchführen, kasse machen, kasse schließen, soll ist vergleich, kasse stimmt nicht, differenz in der kasse, cash up, cashing up, close register, end of day report
zuzahlung, eigenanteil, rezeptgebühr, copayment, copay, co payment, eigenbeteiligung, selbstbeteiligung, selbstbehalt, patientenanteil, kostenbeteiligung, franchise, zuzahlungsforderung, zuzahlungsbetrag, patientenzuzahlung, zuzahlungspflicht, zuzahlungspflichtig, patient contribution, zuzahlungsrechnung, zuzahlungsquittung, zuzahlungsbeleg, gesetzliche zuzahlung, prescription charge
zuzahlungsbefreit, zuzahlungsbefreiung, befreit, befreiung, befreiungsausweis, befreiungsbescheinigung, exempt, exemption, zuzahlungsfrei, rezeptgebührenbefreit, rezeptgebührenbefreiung, befreiungsbescheid, befreit von der zuzahlung, exempt from copayment
preis, kosten, gebühr, price, cost, fee, was kostet, wie teuer, preise, kostenlos, gratis, kostenpflichtig, aufpreis, zusatzkosten, honorar, behandlungskosten, therapiekosten, behandlungspreis, pricing, how much
qrrechnung, einzahlungsschein, esr, zahlschein, überweisungsträger, girocode, qr rechnung, qr code rechnung, epc qr code, payment slip, qr bill
gutschein, geschenkgutschein, wertgutschein, voucher, gift card, gift voucher
# Lizenz, Vertrag und Kündigung
lizenz, licence, license, abo, abonnement, subscription, vertrag, contract, tarif, paket, preismodell, lizenzmodell, subscription plan, pricing plan, plan, lizenzen, lizenzierung, licensing, lizensierung, lizens, lizensen, behandlerlizenz, therapeutenlizenz, arztlizenz, benutzerlizenz, nutzerlizenz, userlizenz, arbeitsplatzlizenz, softwarelizenz, lizenzvertrag, nutzungsvertrag, seat licence, seat license
kontingent, limit, quota, lizenzanzahl, lizenzlimit, obergrenze, höchstzahl, maximum, maximale anzahl, anzahl lizenzen, behandlerkontingent, lizenzkontingent, behandlerlizenz, anzahl behandler, maximale anzahl behandler, kontigent, lizenzgrenze, höchstanzahl, behandleranzahl, anzahl therapeuten, maximale behandleranzahl, max behandler, seat limit, licence limit, license limit, practitioner quota, number of seats, seats
ausgeschöpft, aufgebraucht, erschöpft, verbraucht, exhausted, voll belegt, used up, limit erreicht, keine lizenz frei, alle lizenzen belegt, kontingent voll, keine lizenzen mehr, keine freie lizenz, lizenz voll, limit reached, no licences left, no licenses left, maximum reached, ausgereizt, kontingent erreicht, kontingent überschritten, limit überschritten, lizenzen voll, keine freien lizenzen, keine lizenz mehr, alle lizenzen verbraucht, zu viele behandler, keinen behandler mehr anlegen, keinen therapeuten mehr anlegen, keinen neuen behandler, keinen neuen therapeuten, keine neue therapeutin, quota exceeded, maximum erreicht, out of licences, out of licenses, cannot add practitioner, can't add practitioner, cannot add therapist, can't add therapist
upgrade, upgraden, aufstocken, aufrüsten, erweitern, hochstufen, dazubuchen, zubuchen, nachbuchen, dazukaufen, zukaufen, nachkaufen, mehr lizenzen, weitere lizenzen, zusätzliche lizenz, zusätzliche lizenzen, lizenz dazu, add licence, add license, additional licence, additional license, add seat, more seats, lizenzerweiterung, lizenzaufstockung, lizenzerhöhung, kontingenterweiterung, kontingenterhöhung, zusatzlizenz, zusatzlizenzen, erweiterungslizenz, nachlizenzieren, nachlizenzierung, kontingent erhöhen, lizenzen erhöhen, lizenz erhöhen, mehr behandler, zusätzlicher therapeut, zusätzliche therapeutin, weiterer therapeut, weitere therapeutin, weiterer behandler, noch einen therapeuten, noch einen behandler, extra licence, extra license, more licences, more licenses, buy more licences, buy more licenses, increase quota, raise quota
kaufen, erwerben, bestellen, bestellung, anschaffen, buy, purchase, erwerb, gekauft, buying, bought, purchasing, purchased, beauftragen, beauftragung, bestellvorgang
kündigen, kündigung, gekündigt, abbestellen, vertragsende, austreten, austritt, terminate, termination, vertrag beenden, abo beenden, abo kündigen, cancel subscription, cancel contract, cancel licence, cancel license, gekündet, kündigungsschreiben, kündigungsbestätigung, vertrag auflösen, cancel account, close account, praxis schließt, praxisaufgabe, praxis aufgeben, wir hören auf, aufhören, schließen die praxis, vertragskündigung, abokündigung, lizenzkündigung, sonderkündigung, sonderkündigungsrecht, kündigungsmail, außerordentliche kündigung, fristlose kündigung, fristlos kündigen, vertrag aufheben, cancel my subscription, end my contract, end subscription, stop subscription, vertrag nicht verlängern, abo nicht verlängern, =künden
kündigungsfrist, vertragslaufzeit, laufzeit, mindestlaufzeit, notice period, contract term, kündigungstermin, kündigungszeitpunkt, mindestvertragslaufzeit, vertragsdauer, vertragsverlängerung, automatische verlängerung, verlängert sich automatisch, renewal, auto renewal, cancellation period, minimum term, wann kann ich kündigen, bis wann kündigen
kundennummer, kundennr, vertragsnummer, kunden nr, customer number, customer id, kdnr, kd nr
praxisübergabe, praxisübernahme, praxisabgabe, praxisverkauf, inhaberwechsel, nachfolger, nachfolgerin, übergabe der praxis, praxisnachfolge, nachfolgeregelung, vertragsübernahme, vertragsübertragung, ordinationsübergabe, ordinationsnachfolge, vertrag übertragen, praxis übergeben, praxis verkaufen, neuer inhaber, neue inhaberin, practice handover, practice takeover, new owner, change of ownership
praxisaufgabe, praxisschließung, praxisauflösung, ruhestand, praxis schließen, praxis aufgeben, closing the practice, pensionierung, pensioniert, ordinationsschließung, ordinationsauflösung, in pension, in rente, in rente gehen, praxis zumachen, praxis dichtmachen, ordination schließen, retirement, retire, close my practice, closing my practice
downgrade, downgraden, herabstufen, lizenzen reduzieren, lizenz reduzieren, weniger lizenzen, weniger behandler, lizenz abbestellen, reduce licences, reduce licenses, remove licence, remove license, reduzierung, lizenzreduzierung, lizenzreduktion, lizenzen verringern, lizenzanzahl reduzieren, lizenzen kündigen, lizenz kündigen, lizenz zurückgeben, lizenzen zurückgeben, kleineres paket, kleinerer tarif, smaller plan, fewer licences, fewer licenses

# Termine und Kalender
termin, appointment, behandlungstermin, therapietermin, therapiesitzung, behandlungssitzung, behandlungseinheit, therapieeinheit, konsultation, consultation, therapiestunde, behandlungsstunde, patiententermin, kundentermin, appt
terminart, termintyp, terminkategorie, behandlungsart, appointment type, terminvorlage, behandlungstyp, visit type, session type, service type
serientermin, terminserie, terminreihe, serie, series, dauertermin, wiederkehrender termin, wiederholender termin, regelmäßiger termin, termin wiederholen, termine wiederholen, recurring appointment, recurring, recurrence, jeden dienstag, jeden montag, jeden mittwoch, jeden donnerstag, jeden freitag, jede woche, wöchentlich, 10x, zehnmal, vierzehntägig, zweiwöchentlich, 14tägig, 6x, 12x, weekly, biweekly, alle zwei wochen, jede zweite woche, zweimal pro woche, zweimal die woche, 2x pro woche, 2x die woche, every week, twice a week, fixtermin, stammtermin, regeltermin, terminwiederholung, wiederholungstermin, serienbuchung, terminkette, rezepttermine, verordnungstermine, fortnightly, mehrere termine auf einmal, alle termine auf einmal, alle termine einer verordnung, dreimal pro woche, 3x pro woche, 3x die woche, alle drei wochen, repeat appointment, repeating appointment, series of appointments, block booking, recurring booking, entire series, whole series, this and following, all future appointments, delete series, end series, extend series, edit series, nicht alle termine angelegt, serie unvollständig, series incomplete
folgetermin, anschlusstermin, nachfolgetermin, followup, follow up, nächster termin, follow up appointment, nachtermin, kontrolltermin, wiedervorstellung, wiedervorstellungstermin, weiterer termin, next appointment, rebook
verschieben, verlegen, verlegung, umlegen, umbuchen, umterminieren, terminverschiebung, reschedule, rescheduling, move appointment, verschoben, verlegt, umgebucht, umgelegt, rescheduled, termin tauschen, termine tauschen, swap appointments, verschiebung, umplanen, umgeplant, vorverlegen, vorverlegt, umdisponieren, termin vorziehen, nach hinten schieben, nach vorne schieben, auf einen anderen tag, uhrzeit ändern, datum ändern, postpone, postponed, bring forward, change appointment, move an appointment
absagen, absage, abgesagt, terminabsage, canceln, gecancelt, cancel, cancelled, canceled, cancellation, termin stornieren, termin fällt aus, terminabsagen, sagt ab, sagen ab, sagt den termin ab, kurzfristig abgesagt, cancel appointment, cancel an appointment, cancel the appointment, absagegrund, termin entfällt, termin ausfallen lassen, termin canceln, patient sagt ab, vom patienten abgesagt, call off, called off, cancel a session
noshow, ausfall, versäumt, verpasst, no show, nicht erschienen, nicht gekommen, nicht wahrgenommen, termin vergessen, missed appointment, did not attend, unentschuldigt, nicht aufgetaucht, unentschuldigt gefehlt, nicht abgesagt, versäumter termin, verpasster termin, nichterscheinen, ferngeblieben, fernbleiben, ohne absage, ohne abzusagen, einfach nicht gekommen, unexcused
ausfallhonorar, ausfallgebühr, ausfallrechnung, ausfallentschädigung, no show gebühr, no show fee, cancellation fee, missed appointment fee, ausfallpauschale, ausfallkosten, stornogebühr, stornogebühren, absagegebühr, late cancellation fee
kalender, terminkalender, terminbuch, terminplaner, terminplan, praxiskalender, terminübersicht, calendar, schedule, scheduler, agenda
kalenderansicht, tagesansicht, wochenansicht, monatsansicht, listenansicht, calendar view, day view, week view, month view, kalenderdarstellung, kalenderlayout, terminansicht, spaltenansicht, teamansicht, teamkalender, raumansicht, behandleransicht, therapeutenansicht, ressourcenansicht, arbeitswoche, ansicht ändern, ansicht umstellen, ansicht wechseln, kalender umstellen, kalender anpassen, alle behandler nebeneinander, nebeneinander anzeigen, nur eigene termine, nur meine termine, side by side, team view, resource view, work week, agenda view, only my appointments
raum, behandlungsraum, zimmer, kabine, behandlungskabine, raumplan, raumbelegung, room, therapieraum, praxisraum, behandlungszimmer, ordinationsraum, ressource, ressourcen, resource, resources, trainingsfläche, trainingsraum, gymnastikraum, gymnastiksaal, kursraum, bewegungsbad, behandlungsplatz
arbeitszeit, arbeitszeiten, dienstzeiten, dienstplan, schichtplan, verfügbarkeit, availability, working hours, work hours, arbeitstage, arbeitstag, behandlungszeiten, behandlerzeiten, working days, anwesenheitszeiten, präsenzzeiten, einsatzzeiten, einsatzplan, stundenplan, regelarbeitszeit, work schedule, shift plan, rota, roster, verfügbarkeiten, behandler nicht verfügbar, therapeut nicht verfügbar, außerhalb der arbeitszeit, außerhalb der arbeitszeiten, practitioner not available, outside working hours
öffnungszeiten, sprechzeiten, sprechstunde, praxiszeiten, geschäftszeiten, opening hours, office hours, consultation hours, ordinationszeiten, ordinationszeit, öffnungszeit, sprechstundenzeiten, praxisöffnungszeiten, öffnungstage, bürozeiten, telefonzeiten, business hours
abwesenheit, abwesend, urlaub, fortbildung, blockzeit, terminsperre, absence, vacation, time off, betriebsferien, praxisurlaub, praxisferien, ferien, elternzeit, mutterschutz, krankenstand, blocken, geblockt, zeit blocken, out of office, sick leave, abwesenheitszeitraum, abwesenheitszeit, krankheitstag, krankentag, fehlzeit, weiterbildung, karenz, zeitausgleich, urlaubstage, annual leave, sick day, on holiday
hausbesuch, heimbesuch, hausbesuchstermin, home visit, heimbehandlung, hausbehandlung, pflegeheim, altenheim, seniorenheim, wegegeld, home visits, domizilbehandlung, domizilbesuch, außentermin, heimtermin
onlinebuchung, onlineterminbuchung, terminbuchung, onlinetermin, buchungsseite, buchungsportal, buchungswidget, online buchung, online terminbuchung, online termine, termin online buchen, online booking, book online, selbstbuchung, buchungslink, onlineterminvergabe, online terminvergabe, online terminvereinbarung, booking page, booking link, internetbuchung, webbuchung, onlinereservierung, terminreservierung, buchungstool, buchungssystem, buchungskalender, terminbuchungstool, terminbuchungssystem, onlinebuchbar, online buchbar, online reservierung, rund um die uhr buchen, termin übers internet, online appointment booking, self booking, self scheduling, online scheduling, web booking
terminanfrage, terminwunsch, appointment request, booking request, buchungsanfrage, onlineanfrage, online anfrage, termin anfragen, request an appointment, appointment requests
erinnerung, terminerinnerung, reminder, benachrichtigung, notification, erinnerungsmail, erinnerungssms, recall, appointment reminder, erinnern, erinnert, erinnerungsnachricht, pushnachricht, pushbenachrichtigung, remind, push notification, smserinnerung, emailerinnerung, mailerinnerung, terminhinweis, terminbenachrichtigung, terminmitteilung, erinnerungsfunktion, erinnerungsservice, terminreminder, automatische erinnerung, automatische sms, sms reminder, text reminder, email reminder, automated reminder, patienten erinnern
terminbestätigung, bestätigungsmail, bestätigungsemail, appointment confirmation, booking confirmation, termin bestätigen, buchungsbestätigung, termin bestätigt, confirmation email
anlegen, einbuchen, einplanen, eintragen, reinnehmen, dazwischenschieben, squeeze in, fit in, book in, einschieben, reinschieben, einbestellen, einbestellt, terminieren, terminiert, termin ausmachen, termin vereinbaren, termin machen, termin geben, termin vergeben, termin buchen, make an appointment, schedule an appointment, book an appointment, terminvergabe, terminvereinbarung, terminplanung, terminierung, vormerken, vorgemerkt, einbestellung, termin fixieren, termin vormerken, termin reservieren, termin eintippen, termin reinschreiben, termin notieren, termin erstellen, termin hinzufügen, termin planen, termin setzen, in den kalender eintragen, im kalender eintragen, create appointment, add appointment, new appointment, schedule appointment, add to calendar, termin abmachen, book a session, schedule a session
termin absagen, abgesagt, absage, rausnehmen, termin löschen, termin stornieren, termin streichen
online-terminbuchung, doctolib, jameda, samedi, selbst buchen, online buchen, terminland, drflex, clickdoc, etermin, calendly, onedoc, medicosearch, docfinder, dr flex, doctena, timify, simplybook, acuity, setmore
terminlücke, zeitslot, timeslot, slot, terminsuche, freier termin, freie termine, verfügbare termine, freie termine suchen, available slot, available slots, free slot, ausgebucht, keine freien termine, keine termine verfügbar, keine termine frei, nichts frei, keine slots, no available slots, no free slots, fully booked
doppelbuchung, doppelbelegung, überschneidung, terminüberschneidung, terminkonflikt, überlappung, überlappend, überbucht, überbuchung, doppelt gebucht, doppelt belegt, double booking, double booked, overlapping appointments, overbooked, terminkollision, kollision, zeitkonflikt, überschneiden, überschneidet, clash, overlap, scheduling conflict, appointment overlap, appointment clash
kalendersynchronisation, synchronisieren, synchronisiert, synchronisation, sync, syncen, ical, ics, icalendar, caldav, kalenderabo, kalender abonnieren, google kalender, google calendar, outlook kalender, icloud kalender, apple kalender, calendar sync
terminfarbe, farbcodierung, farbcode, einfärben, eingefärbt, color coding, colour coding, appointment colour, appointment color, kalenderfarbe, behandlerfarbe, therapeutenfarbe, calendar colour, calendar color, farbgebung, farbschema, farblich, farbig, farbe ändern, farben ändern, farblich markieren, farblich kennzeichnen, change colour, change color, colour, color
feiertag, feiertagskalender, brückentag, gesetzlicher feiertag, public holiday, bank holiday
warteliste, nachrückliste, nachrücker, waitlist, waiting list
wartezimmer, wartezimmerliste, wartebereich, warteraum, waiting room
gruppentermin, gruppentherapie, gruppenbehandlung, gruppenstunde, gruppenkurs, präventionskurs, group session, group therapy

# Kommunikation
email, mail, e mail, elektronische post, outlook, gmail, gmx, yahoo, hotmail, thunderbird, posteo, tonline, bluewin, hinmail, t online, web de, apple mail, hin mail, emails, googlemail, icloud, webde, freenet, aol, protonmail, ionos, strato, mailprogramm, mailclient, email client, mail client
emailadresse, mailadresse, e mail adresse, email address, mail address, email adresse, mail adresse, falsche emailadresse, falsche mailadresse, falsche e mail adresse, wrong email address, e mail address
sms, textnachricht, kurznachricht, text message, simsen, whatsapp, messenger, threema, telegram, imessage, signal messenger, kurzmitteilung, smsnachricht, sms nachricht, texting
smsguthaben, smskontingent, sms guthaben, sms kontingent, sms credit, sms credits, guthaben aufladen, smspaket, sms paket, sms kaufen, sms nachkaufen, sms aufladen, keine sms mehr, guthaben leer, guthaben aufgebraucht, kein guthaben mehr, sms guthaben leer, sms guthaben erschöpft, sms aufstocken, out of sms credits, top up sms
spam, junk, spamordner, junkordner, spamfilter, werbeordner, werbungsordner, spam folder, junk folder, spamverdacht, im spam, landet im spam, im junk, spambox, junkmail, spammail, spamschutz, spam box, junk mail, junk email, spam filter, als spam markiert, im spam gelandet, in spam gelandet, marked as spam, ended up in spam, went to spam
unzustellbar, bounce, bounced, zustellfehler, undeliverable, nicht zugestellt, kommt nicht an, kommen nicht an, nicht angekommen, nicht erhalten, nicht bekommen, not received, not delivered, mailerdaemon, kam nicht an, kamen nicht an, nie angekommen, bekommt keine mail, bekommen keine mail, bekommt keine email, bekommen keine email, kriegt keine mail, kriegen keine mail, geht nicht raus, gehen nicht raus, nicht verschickt, mailer daemon, delivery failed, delivery failure, returned mail, never received, didn't receive, didnt receive, zustellung fehlgeschlagen, keine mail bekommen, keine email bekommen, keine e mail bekommen, keine mail erhalten, keine email erhalten, keine e mail erhalten, mail kommt nicht, email kommt nicht, didn't get the email, didnt get the email, email not received, no email received, nicht zustellbar, unzustellbarkeit, nie bekommen, nie erhalten, nicht empfangen, mail kommt zurück, mail kam zurück, email kommt zurück, email kam zurück, postfach voll, postfach existiert nicht, mailbox full, user unknown, empfänger unbekannt, recipient unknown, address not found, mail abgelehnt, email abgelehnt, bounce back, bounced back, hard bounce, soft bounce, email not arriving, emails not arriving, not getting emails, did not arrive, didn't arrive, never arrived, keine sms bekommen, keine sms erhalten, keine erinnerung bekommen, keine erinnerung erhalten, reminder not received, mail zurückgewiesen, email zurückgewiesen
absender, absenderadresse, absendername, absenderdomain, from address, antwortadresse, replyto, absenderkennung, reply to, sender id, eigene domain, eigene absenderadresse, praxisdomain, custom domain, own domain, sender address, sender name, eigene emailadresse als absender
versenden, versendet, verschicken, verschickt, schicken, senden, gesendet, zusenden, versand, send, rausschicken, rausgeschickt, zuschicken, zugeschickt, gemailt, sent, sending, resend, erneut senden, nochmal senden, noch einmal senden, nochmals senden, nochmal schicken, erneut verschicken, send again
einwilligung, einwilligungserklärung, einverständnis, einverständniserklärung, zustimmung, consent, optin, opt in, aufklärungsbogen, patientenaufklärung, aufklärungsformular, einwilligungsformular, einverständnisformular, einwilligungsbogen, zustimmungserklärung, datenschutzeinwilligung, einwilligungen, werbeeinwilligung, kontakterlaubnis, einverstanden, double opt in, permission to contact
handynummer, mobilnummer, mobilfunknummer, handynr, mobile number, cell number, mobile phone number, mobilnr, natelnummer, natel nummer, mobiltelefonnummer, smsnummer, handy nummer, mobil nummer, ungültige mobilnummer, ungültige handynummer, handynummer ungültig, invalid mobile number, invalid phone number
fax, faxen, gefaxt, telefax, faxgerät, faxnummer, efax, computerfax
kim, kimdienst, kimmail, kim mail, kim dienst, kim adresse, kommunikation im medizinwesen

# Patienten, Akte und Dokumente
patientenakte, akte, kartei, patientenkartei, krankenakte, patient record, patient file, krankengeschichte, patientendossier, dossier, medical record, health record, patient chart
stammdaten, patientendaten, patientenstammdaten, personalien, demographics, persönliche daten, personal details, patient details, kontaktdaten, kontaktangaben, contact details, contact information, stammblatt, patientenstammblatt, grunddaten, basisdaten, personendaten, patientenangaben, master data, personal data, basic details
geburtsdatum, geburtstag, gebdatum, dob, birthdate, birthday, date of birth, geb datum
adresse, anschrift, postanschrift, wohnadresse, adressdaten, address, plz, postleitzahl, hausnummer, wohnort
umzug, umziehen, umgezogen, adressänderung, adresswechsel, relocation, neue adresse, new address, neue anschrift, adresse hat sich geändert, praxisumzug, neue praxisadresse, neue praxisanschrift, practice moved, moved practice
zusammenführen, zusammengeführt, zusammenlegen, mergen, merge, gemergt, vereinigen, dublette, duplikat, doppelt, duplicate, doppelter patient, doppelt angelegt, zweimal angelegt, zwei akten, 2 akten, doppelt drin, doppelt erfasst, doppelt im system, doppelt eingetragen, merge duplicates, merge patients, duplicate patient, duplicate record, vereinen, zweimal, doppelt vorhanden, gibt es zweimal, patient existiert bereits, klient existiert bereits, patient schon vorhanden, patient bereits vorhanden, patient schon angelegt, patient bereits angelegt, patient gibt es schon, patient already exists, ähnlicher patient, ähnlicher eintrag, similar patient, possible duplicate, doublette, doubletten, duplette, dublikat, doppelanlage, doppelerfassung, doppeleintrag, mehrfachanlage, fusionieren, deduplizieren, dedupe, deduplicate, doppelter eintrag, doppelte akte, doppelte kartei, zwei karteien, zwei karteikarten, zwei dossiers, doppeltes dossier, zweite akte, mehrfach angelegt, mehrfach vorhanden, mehrfach erfasst, doppelt gespeichert, duplicate records, duplicate patients, duplicate client, combine records, combine patients, patient twice
dokument, datei, unterlagen, document, file
anhang, anhängen, angehängt, beifügen, attachment, attach, mitschicken, mitsenden, dranhängen, anfügen
hochladen, hochgeladen, raufladen, uploaden, upload, uploaded, ablegen, reinladen, reinziehen, reinstellen, uploading, drag and drop, hochladbar, lädt nicht hoch, lässt sich nicht hochladen, kann nicht hochladen, hochladen fehlgeschlagen, upload fehlgeschlagen, upload hängt, upload bleibt stehen, bleibt bei 0, upload failed, upload error, upload stuck, cannot upload, can't upload
befund, befundbericht, untersuchungsergebnis, findings, laborbefund, laborwerte, laborergebnis, röntgenbefund, lab results, test results, erstbefund, eingangsbefund, abschlussbefund, befundbogen, befundaufnahme, befunderhebung, initial assessment, fremdbefund, fremdbefunde, vorbefund, vorbefunde, befundkopie, externer befund, externe befunde, mitgebrachter befund, mitgebrachte befunde, outside findings, external report
arztbrief, arztbericht, entlassbrief, entlassungsbericht, epikrise, brief vom arzt, doctors letter, discharge letter, facharztbrief, klinikbericht, rehabericht, krankenhausbericht, spitalbericht, austrittsbericht, entlassungsbrief, earztbrief, elektronischer arztbrief
therapiebericht, behandlungsbericht, abschlussbericht, zwischenbericht, verlaufsbericht, bericht an den arzt, therapy report, progress report, heilmittelbericht, bericht für den arzt, bericht an den hausarzt, report to the doctor, kurzbericht, physiobericht, ergobericht, therapeutenbericht, behandlerbericht, bericht an verordner, bericht an den verordner, bericht an den verordnenden arzt, report for the doctor
dokumentation, dokumentieren, dokumentiert, verlauf, verlaufseintrag, verlaufsdokumentation, behandlungsdokumentation, karteikarte, karteieintrag, behandlungsnotiz, documentation, progress note, progress notes, clinical notes, verlaufsnotiz, behandlungsverlauf, therapieverlauf, therapiedokumentation, dekurs, soap, charting, kg eintrag, soap note, treatment notes, session notes, doku, doku schreiben, verlaufsbogen, verlaufsblatt, verlaufsprotokoll, behandlungsprotokoll, therapieprotokoll, sitzungsprotokoll, stundenprotokoll, therapienotiz, sitzungsnotiz, behandlungseintrag, krankenblatt, verlaufsdoku, behandlungsdoku, therapiedoku, eintrag schreiben, case notes, patient notes, treatment record, chart note
nachtrag, nachträglich, addendum, nachgetragen, nachdokumentieren, nachträglich dokumentieren, nachträglich eintragen, late entry, korrektureintrag, änderungsvermerk, amendment, eintrag abgeschlossen, eintrag ist abgeschlossen, alten eintrag ändern, verlaufseintrag ändern, verlaufseintrag korrigieren, eintrag lässt sich nicht bearbeiten, eintrag nicht bearbeitbar, edit old entry, amend entry
notiz, anmerkung, bemerkung, vermerk, kommentar, comment, memo, merkzettel, haftnotiz, postit, post it, sticky note
anamnese, anamnesebogen, fragebogen, aufnahmebogen, patientenfragebogen, erhebungsbogen, gesundheitsfragebogen, questionnaire, anamnesis, intake form, medical history, erstanamnese, eingangsfragebogen, aufnahmeformular, digitale anamnese, anamneseblatt, anamneseformular, aufnahmefragebogen, patientenbogen, onlineanamnese, eanamnese, idana, new patient form
formular, vordruck, formblatt, form, formularvorlage, formulardruck, blankoformular, blankoformulardruck, bfb, blankoformularbedruckung, papierlos, klemmbrett, digitaler anamnesebogen, digital ausfüllen, onlineformular, webformular, eformular, vorab ausfüllen, zu hause ausfüllen, am tablet ausfüllen
unterschrift, unterschreiben, unterschrieben, unterzeichnen, signatur, signieren, signature, unterschriftenpad, signaturpad, signpad, signotec, wacom, abzeichnen, abgezeichnet, visieren, signing, signature pad, digitale unterschrift, elektronische unterschrift, unterschriftsfeld, unterschriftfeld, signaturfeld, sign on tablet
patientenmodus, kioskmodus, kiosk, patient mode, kiosk mode, patientenansicht, ausfüllmodus, tabletmodus, geschützter modus, patient view, tablet mode
patient anlegen, neukunde, neupatient, neuer patient, neuaufnahme, neukundin, new patient, neuanlage, patientenneuanlage, add patient, add a patient, create patient, new client, neue klientin, neuer klient, patient aufnehmen, patient erfassen, patientenanlage, patientenerfassung, neuerfassung, ersterfassung, neuanmeldung, patient eintragen, patient einpflegen, patient hinzufügen, patient registrieren, patientin anlegen, patientin hinzufügen, klient hinzufügen, klientin anlegen, kunde anlegen, kundin anlegen, akte anlegen, neue akte, neue kartei, kartei anlegen, neue karteikarte, add client, add new patient, register patient, register a patient, patient registration, new patient record, new client record, patient intake, dossier eröffnen, dossier anlegen, patientendossier eröffnen, akte eröffnen, karteikarte anlegen
dokumente, mrt, mrt-bilder, röntgenbild, röntgenbilder, arztbrief, befund, befunde, scan, bilder, röntgen, röntgenaufnahme, röntgenaufnahmen, kernspin, mri, xray, x ray, ct bild, ct bilder, ultraschallbild, imaging
korrigieren, nachtrag, nachträglich ändern, berichtigen, korrektur, ausbessern, ausgebessert, richtigstellen, vertippt, tippfehler, corrected, correction, typo, falsch eingegeben, falsch eingetragen, falsch erfasst
archivieren, archiviert, archiv, archivierung, archive, archived, inaktiv setzen, auf inaktiv setzen
suchfunktion, suchfeld, suchleiste, suchmaske, patientensuche, searchbar, search field, search bar, search function
terminbescheinigung, anwesenheitsbescheinigung, teilnahmebescheinigung, teilnahmebestätigung, attest, certificate of attendance
krankenhaus, klinik, klinikum, spital, krankenanstalt, hospital
stempel, praxisstempel, arztstempel, vertragsarztstempel, stempelfeld, stamp

# Verordnungen, Heilmittel und Kostenträger
verordnung, rezept, heilmittelverordnung, heilmittelrezept, kassenrezept, vo, verordnungsblatt, verordnungsvordruck, muster13, everordnung, erezept, prescription, muster 13, verordnungsschein, zuweisungsschein, muster14, muster18, muster 14, muster 18, physioverordnung, physiotherapieverordnung, ergoverordnung, ergotherapieverordnung, logoverordnung, logopädieverordnung, physiorezept, ergorezept, logorezept, rezeptschein, verordnungsformular, rezepterfassung, verordnungserfassung, rezept vom arzt, verordnung vom arzt, kg rezept, physio rezept, rezept eintragen, rezept eingeben, rezept anlegen, verordnung anlegen, verordnung eintragen, verordnung eingeben, enter prescription, add prescription, record prescription, ärztliche zuweisung, zuweisung vom arzt
heilmittelrichtlinie, hmr, hmrl, heilmittel richtlinie, hmk, heilmittelkatalog
rezeptprüfung, verordnungsprüfung, rezeptkontrolle, rezeptcheck, plausibilitätsprüfung, rezept prüfen, verordnung prüfen, prescription check, rezeptfehler, verordnungsfehler, formfehler, rezeptkorrektur, verordnungskorrektur, rezeptänderung, fehlerhaftes rezept, fehlerhafte verordnung, rezept falsch, falsches rezept, rezept korrigieren, verordnung korrigieren, rezeptprüfer, verordnungscheck, prüfhinweis, prüfmeldung, prüfergebnis, vo prüfung, vo check, rezept checken, rezept kontrollieren, rezept überprüfen, roter hinweis, rote hinweise, check prescription, validate prescription, prescription validation, rezept zurückschicken, zurück zum arzt, vom arzt ändern lassen, vom arzt korrigieren lassen
diagnose, diagnosis, icd, icd10, diagnoseschlüssel, diagnosecode, icd code, icd10gm, icd 10, icd 10 gm, icdcode, diagnosenummer, hauptdiagnose, icd schlüssel, icd nummer, diagnosis code, icd10 code
diagnosegruppe, indikationsschlüssel, indikation, diagnosis group, leitsymptomatik, leitsymptom, indikationsgruppe, diagnosegruppenschlüssel, leitsymptome
behandlungsbeginn, therapiebeginn, behandlungsstart, erstbehandlung, start of treatment
frist, deadline, fristablauf, verfristet, frist überschritten, rezept abgelaufen, verordnung abgelaufen, rezept ungültig, verordnung ungültig, rezept nicht mehr gültig, verordnung nicht mehr gültig, fristenkontrolle, fristüberwachung, fristenübersicht, fristüberschreitung, beginnfrist, 28 tage frist, rezept verfallen, rezept verfällt, verordnung verfallen, expired prescription, prescription expired
unterbrechung, behandlungsunterbrechung, therapiepause, unterbrechungsfrist, behandlungspause, unterbrechungsgrund, therapie unterbrochen, behandlung unterbrochen
zuweiser, verordner, verordnender arzt, überweisender arzt, referring doctor, prescribing doctor, überweiserin, zuweiserin, verordnerin, hausarzt, hausärztin, verordnende ärztin, zuweisender arzt, verordnende praxis, ausstellender arzt, ausstellende ärztin, rezeptaussteller, issuing doctor, zuweisende ärztin, überweisende ärztin
überweisung, überweisungsschein, referral, =überweiser
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
frequenz, therapiefrequenz, behandlungsfrequenz, frequenzangabe, frequenzempfehlung, frequency, behandlungshäufigkeit, therapiehäufigkeit, frequenzspanne, mal pro woche, x pro woche, times a week, sessions per week
genehmigung, genehmigungspflichtig, kostenübernahme, kostenübernahmeerklärung, kostenzusage, kostengutsprache, gutsprache, bewilligung, chefarztbewilligung, approval, prior authorization
eau, au, arbeitsunfähigkeitsbescheinigung, krankschreibung, krankmeldung, gelber schein, au bescheinigung, elektronische arbeitsunfähigkeitsbescheinigung
epa, epd, elga, elektronische patientenakte, elektronisches patientendossier, epa für alle
# Export, Datensicherung und Datenschutz
exportieren, exportiert, export, datenexport, ausleiten, herunterladen, heruntergeladen, runterladen, runtergeladen, downloaden, download, auslesen, ausgelesen, rausziehen, rausholen, extrahieren, extract, exportfunktion, exportdatei, datenausgabe, liste ziehen, daten ziehen, als datei speichern, gesamtexport, komplettexport, vollexport, daten mitnehmen, alle daten exportieren, full export, export all data
excel, xlsx, xls, csv, tabelle, spreadsheet, tabellenkalkulation, libreoffice, openoffice, exceltabelle, exceldatei, excelliste, excel liste, google sheets, ods
import, importieren, importiert, datenimport, datenübernahme, datenmigration, migration, altdaten, altsystem, daten übernehmen, daten übertragen, alte software, altes programm, bisherige software, import data
systemwechsel, softwarewechsel, anbieterwechsel, umstieg, umsteigen, softwareumstieg, datenumzug, theorg, turbomed, medistar, albis, tomedo, t2med, epikur, medatixx, psyprax, switching software
auswertung, auswerten, statistik, reporting, kennzahlen, umsatzstatistik, analytics, statistics, umsatz, umsätze, umsatzübersicht, umsatzauswertung, einnahmenübersicht, controlling, revenue
pdf, pdfdatei, acrobat, adobe, pdfreader, pdfviewer, pdf datei, adobe reader, acrobat reader, pdf reader, pdf viewer, foxit, pdf24, pdfxchange, pdf dokument, pdfbetrachter, pdfprogramm, pdfanzeige, sumatrapdf, pdfelement
öffnen, öffnet, geöffnet, aufmachen, aufrufen, open, geht nicht auf, lässt sich nicht öffnen, will not open, does not open, kriege nicht auf, krieg nicht auf, bekomme nicht auf, kann nicht öffnen, cannot open, can't open, cant open, won't open, wont open
datensicherung, backup, sicherung, sicherungskopie, gesichert, datenbackup, daten sichern, backups, lokale sicherung, local backup, backuppen, gebackupt, spiegelung, gespiegelt, georedundant, vollsicherung, snapshot, snapshots, backup machen, backup erstellen, automatische sicherung, automatisches backup, tägliche sicherung, tägliches backup, nächtliche sicherung, eigene sicherung, selbst sichern, externe festplatte, back up, backed up, backing up
wiederherstellen, wiederherstellung, wiederhergestellt, zurückholen, wiederbekommen, retten, restore, recover, recovery, undelete, zurückbekommen, zurückgeholt, restored, wiederherstellbar, rücksicherung, rücksichern, zurückspielen, rollback, roll back, backup einspielen, backup zurückspielen, sicherung einspielen, sicherung zurückspielen, alter stand, alten stand, stand von gestern, vorheriger stand, restore from backup, restore backup
papierkorb, mülleimer, trash, recycle bin, gelöschte elemente, gelöschte patienten, gelöschte dokumente, gelöschte termine, deleted items, abfalleimer, mistkübel, abfallkübel, abfallkorb, rubbish bin, recently deleted, zuletzt gelöscht, gelöschte einträge, gelöschte objekte
datenverlust, verschwunden, daten weg, daten verloren, alles weg, versehentlich gelöscht, aus versehen gelöscht, data loss, lost data, accidentally deleted, änderungen weg, änderungen verloren, eingaben weg, eingaben verloren, eintrag weg, einträge weg, text weg, text verloren, arbeit verloren, arbeit weg, lost my work, lost my changes, changes lost, futsch, versehentlich entfernt, aus versehen entfernt, falsch gelöscht, zu viel gelöscht, daten sind weg, daten überschrieben, versehentlich überschrieben, falscher import, deleted by mistake, deleted by accident, accidentally removed, accidentally overwritten
löschen, gelöscht, löschung, entfernen, entfernt, rauslöschen, delete, deleted, remove, removed, weglöschen, rausmachen, wegmachen, deleting, deletion, removing
datenschutz, dsgvo, gdpr, datenschutzgrundverordnung, bdsg, dsg, privacy, data protection, datenschutzgesetz, revdsg, ndsg, datenschutzerklärung, datenschutzhinweise, dsgvokonform, privacy policy, dsgvo konform, gdpr compliant, usa, amerika, serverstandort, rechenzentrum, hosting, cloud act, wo liegen die daten
auskunft, datenauskunft, auskunftsersuchen, auskunftsanfrage, selbstauskunft, art 15, artikel 15, subject access request, data access request, datenherausgabe, datenportabilität, einsichtsrecht, akte herausgeben, patientendaten herausgeben, herausgabe der akte, data portability, akteneinsicht, einsicht in die akte, kopie der akte, kopie aller unterlagen, auskunftsbegehren, auskunftsrecht, auskunftsanspruch, auskunftspflicht, einsichtnahme, datenkopie, dsar, 630g, 630g bgb, dsgvo anfrage, dsgvo antrag, dsgvo auskunft, art 20, art 25 dsg, right of access, data subject request, welche daten gespeichert, akte anfordern, patientenakte anfordern, kopie anfordern, kopie der unterlagen
auftragsverarbeitung, auftragsverarbeitungsvertrag, avv, avvertrag, adv, advvertrag, dpa, av vertrag, data processing agreement, auftragsdatenverarbeitung, auftragsbearbeitung, auftragsverarbeiter, auftragsverarbeitervertrag, auftragsbearbeitungsvertrag, auftragsdatenbearbeitung, dienstleistervereinbarung, art 28, artikel 28, data processing addendum, vertrag zur auftragsverarbeitung, vereinbarung zur auftragsverarbeitung
tom, technische und organisatorische maßnahmen, sicherheitsmaßnahmen, datenschutzmaßnahmen, technisch organisatorische maßnahmen, technical and organisational measures, technical and organizational measures
schweigepflicht, verschwiegenheit, berufsgeheimnis, confidentiality, ärztliche schweigepflicht, arztgeheimnis, patientengeheimnis, geheimhaltungspflicht, schweigepflichtentbindung, schweigepflichtsentbindung, 203 stgb, verschwiegenheitspflicht, verschwiegenheitserklärung, geheimhaltung, geheimhaltungsvereinbarung, nda, vertraulichkeit, vertraulich, confidential, non disclosure, professional secrecy
datenschutzbeauftragter, datenschutzbeauftragte, dsb, dpo, data protection officer, datenschützerin, datenschutzverantwortlicher, datenschutzverantwortliche, datenschutzkoordinator, datenschutzkoordinatorin, privacy officer
verschlüsselung, verschlüsselt, encryption, encrypted, tls, ssl, https, aes, e2ee, ende zu ende, end to end, passwortschutz, passwortgeschützt, kennwortschutz, kennwortgeschützt, password protected, verschlüsselte email, verschlüsselte mail, sichere email, sichere mail, secure email, encrypted email, transportverschlüsselung, schlosssymbol, vorhängeschloss, padlock, sslzertifikat, ssl zertifikat, verschlüsselt übertragen, ende zu ende verschlüsselt, end to end encrypted, encrypted transmission, encryption at rest
rechenzentrum, serverstandort, hosting, datacenter, cloud, data center, data centre, iso27001, aws, azure, iso 27001, bsi c5, amazon web services, server in deutschland, rechenzentren, datenstandort, server in der eu, daten in deutschland, serverstandort deutschland, hosting in deutschland, deutsche server, hosted in germany, where is my data stored, where is data stored
aufbewahrungsfrist, aufbewahrungspflicht, aufbewahrung, aufbewahren, archivierungspflicht, retention, retention period, aufbewahrungsdauer, speicherdauer, löschfrist, löschfristen, wie lange aufbewahren, wie lange speichern, how long to keep
protokoll, protokollierung, protokolliert, änderungsprotokoll, zugriffsprotokoll, logbuch, logdatei, logfile, audit log, audit trail, änderungshistorie, historie, audit, wer hat geändert, wer hat das geändert, wer hat gelöscht, wer hat das gelöscht, who changed, who deleted, change history, version history
umlaute, sonderzeichen, zeichensalat, zeichensatz, zeichenkodierung, encoding, utf8, utf 8, komische zeichen, kryptische zeichen, falsche zeichen, umlaute kaputt, special characters, hieroglyphen, kauderwelsch, garbled, mojibake, unicode, zeichencodierung, dateiursprung, komische buchstaben, seltsame zeichen, merkwürdige zeichen, weird characters
löschantrag, löschersuchen, löschbegehren, löschungsantrag, recht auf löschung, right to erasure, right to be forgotten, daten löschen lassen, löschanfrage, löschaufforderung, löschverlangen, löschwunsch, art 17, recht auf vergessenwerden, will gelöscht werden, möchte gelöscht werden, patient will gelöscht werden, deletion request, erasure request, delete my data

# Fehler und Störungen
fehler, fehlermeldung, fehlfunktion, fehlerhaft, error, bug, problem, issue, kaputt, defekt, spinnt, streikt, broken, geht nicht, funktioniert nicht, klappt nicht, läuft nicht, tut nicht, tut sich nichts, passiert nichts, nichts passiert, not working, does not work, will not work, fehlercode, errorcode, serverfehler, zickt, buggy, glitch, schiefgelaufen, schiefgegangen, 404, error code, server error, internal server error, unerwarteter fehler, unbekannter fehler, unexpected error, something went wrong, etwas ist schiefgelaufen, etwas ist schiefgegangen, funktioniert plötzlich nicht, geht plötzlich nicht, klappt plötzlich nicht, geht auf einmal nicht, funktioniert auf einmal nicht, geht seit heute nicht, geht seit gestern nicht, funktioniert seit heute nicht, funktioniert seit gestern nicht, geht gar nicht, funktioniert gar nicht, klappt gar nicht, geht überhaupt nicht, funktioniert überhaupt nicht, geht nix, funktioniert nix, nix geht, nichts geht, nichts funktioniert, hat nicht funktioniert, hat nicht geklappt, macht probleme, macht zicken, doesn't work, doesnt work, isn't working, isnt working, stopped working, won't work
fehlgeschlagen, gescheitert, misslungen, failed, unsuccessful, schlägt fehl, nicht möglich, erfolglos, fails, failure, failing, nicht erfolgreich, schlug fehl, vorgang abgebrochen, bricht ab, wird abgebrochen, nicht gespeichert, nicht speichern, speichert nicht, not saved, cannot save, can't save, won't save, doesn't save, save failed, failed to save, saving failed, speicherfehler, fehler beim speichern, speichern geht nicht, speichern funktioniert nicht, speichern klappt nicht, wird nicht gespeichert, werden nicht gespeichert, lässt sich nicht speichern, kann nicht gespeichert werden, konnte nicht gespeichert werden, wird nicht übernommen, werden nicht übernommen, änderungen nicht übernommen, übernimmt nicht, error saving, unable to save, changes not saved, didn't save
hängt, aufgehängt, eingefroren, einfrieren, absturz, abgestürzt, abstürzen, crash, crashed, freeze, frozen, hangs, stuck, unresponsive, hängt sich auf, friert ein, stürzt ab, reagiert nicht, keine reaktion, not responding, hängen, freezing, crashing, hanging, abgeschmiert, bleibt hängen, hängen geblieben, hängengeblieben, hängt fest, schmiert ab, rührt sich nicht, bewegt sich nichts, nichts geht mehr, geht nichts mehr, keeps crashing
ladekreis, ladesymbol, spinner, blank, weiße seite, weißer bildschirm, leere seite, leerer bildschirm, bildschirm bleibt weiß, bildschirm bleibt leer, seite bleibt weiß, seite bleibt leer, lädt nicht, lädt endlos, lädt ewig, seite lädt nicht, dreht sich nur, blank page, blank screen, white screen, white page, empty page, page not loading, loading forever, ladebalken, ladeanzeige, sanduhr, kreisel, endlosschleife, rädchen, zeigt nichts an, zeigt nichts mehr an, wird nichts angezeigt, zeigt gar nichts, baut sich nicht auf, lädt und lädt, lädt die ganze zeit, lädt immer noch, lädt nur noch, lädt sich tot, dreht sich endlos, dreht sich ewig, grauer bildschirm, schwarzer bildschirm, bildschirm bleibt schwarz, keeps loading, stuck loading, infinite loading, spinning wheel, shows nothing, nothing shows, ladekreisel, ladezeichen, ladeanimation, ladebildschirm, ladeschleife, dauerschleife, lädt nicht richtig, lädt nur halb, wird nicht geladen, hängt beim laden, nach dem login weiß, nach der anmeldung weiß, bildschirm weiß, alles weiß, stays white, won't load, wont load, doesn't load, does not load, not loading, loading screen
langsam, lahm, ruckelt, ruckeln, ladezeit, performance, slow, laggy, sluggish, dauert ewig, dauert lange, lädt langsam, zäh, schleppend, stockt, laggt, schneckentempo, braucht ewig, braucht lange, dauert ewigkeiten, takes forever, takes ages, =träge
störung, gestört, wartung, wartungsarbeiten, wartungsfenster, serverausfall, systemausfall, maintenance, downtime, outage, nicht erreichbar, not reachable, server down, systemstörung, serverprobleme, serverproblem, statusseite, systemstatus, status page, bekannte störung, known issue, geht bei allen nicht, nicht nur bei mir, auch bei kollegen, is it down, störungsmeldung, hinweisbalken, wartungshinweis, gelber balken, gelber hinweis, wartungszeit, wartungszeiten, wartungstermin, geplante wartung, scheduled maintenance, planned maintenance
veraltet, outdated, unsupported, nicht unterstützt, nicht mehr unterstützt, wird nicht unterstützt, not supported, zu alt, alte version, old version, veraltete version, alter browser, browser zu alt, browser veraltet, outdated browser, browserversion, browser version, browser aktualisieren, browser updaten, update browser, ihr browser wird nicht unterstützt
systemvoraussetzungen, systemanforderungen, mindestanforderungen, hardwareanforderungen, requirements, system requirements, minimum requirements, kompatibel, kompatibilität, inkompatibel, compatible, compatibility, technische voraussetzungen, unterstützte browser, supported browsers, welcher browser, hardwarevoraussetzungen, softwarevoraussetzungen, mindestvoraussetzungen, mindestausstattung, specs, specifications, technische anforderungen, welcher computer, welcher pc, welches betriebssystem, läuft auf mac, funktioniert auf mac, funktioniert mit mac, läuft auf ipad, does it work on mac, which browser
browser, webbrowser, internetbrowser, chrome, firefox, mozilla, edge, safari, opera, brave, google chrome, microsoft edge, internet explorer, vivaldi, chromium, ie11, ie 11, samsung internet
cache, browsercache, zwischenspeicher, browserdaten, cache leeren, cache löschen, clear cache, browserdaten löschen, temporäre dateien, temporary files, cookies, cookie, websitedaten, browserverlauf, website daten, browsing data, clear browsing data, clear cookies, strg shift entf, ctrl shift del, ctrl shift delete, drittanbietercookies, chronik löschen, cached images and files, cached files, cmd shift backspace, strg umschalt entf
popup, popups, popupblocker, popupfenster, pop up, pop ups, popup blocker, pop up blocker, neues fenster, new window, fenster öffnet sich nicht, fenster geht nicht auf, fenster blockiert, popups zulassen, popups erlauben, allow popups, popupsperre, popupblockierung, pop up blockiert, pop up blocked
werbeblocker, adblocker, adblock, ublock, ad blocker, ghostery, adguard, noscript, trackingschutz, privacy badger, tracking protection
erweiterung, browsererweiterung, addon, plugin, extension, add on, browser extension
virenscanner, virenschutz, antivirus, antivirenprogramm, virenprogramm, avira, kaspersky, norton, mcafee, avast, avg, bitdefender, eset, gdata, sophos, defender, malwarebytes, g data, windows defender, trend micro, sicherheitssoftware, security software, endpoint protection
speichern, abspeichern, gespeichert, save, saved, speichert, zwischengespeichert, autosave, saving, save button, speichern knopf, speicherknopf, speicherbutton, speichersymbol, diskettensymbol
systemzeit, systemuhr, zeitzone, clock, system time, time zone, falsche uhrzeit, uhr geht falsch, zeitsynchronisation, uhrzeit falsch, uhrzeit stimmt nicht, datum und uhrzeit, uhr geht nach, uhr geht vor, handyuhr, uhrzeit automatisch, automatische uhrzeit, wrong time, set time automatically
sitzung abgelaufen, rausgeworfen, wirft mich raus, fliegt raus, rausgeflogen, ausgeloggt, automatisch abgemeldet, logged out, kicked out
nicht angezeigt, taucht nicht auf, fehlt, nicht sichtbar, unsichtbar, verschwunden, not showing, missing, gone, disappeared, vanished, erscheint nicht, taucht nicht mehr auf, sehe ich nicht, sehe nicht, nicht zu sehen, ist weg, sind weg, einfach weg, plötzlich weg, auf einmal weg, nicht mehr da, nicht mehr vorhanden, nicht mehr zu finden, finde nicht, finde ich nicht, finden nicht, kann nicht finden, nicht auffindbar, nicht gefunden, ist leer, keine einträge, keine ergebnisse, keine treffer, not displayed, not visible, not shown, doesn't show, does not show, can't see, cannot see, can't find, cannot find, cant find, no results, no entries, buttons fehlen, knöpfe fehlen, schaltflächen fehlen
warnung, warnmeldung, warnhinweis, warning, warnsymbol, warndreieck, gelbes dreieck
bearbeitungskonflikt, speicherkonflikt, konflikt, gleichzeitig bearbeitet, gleichzeitig geändert, von einem anderen benutzer geändert, zwischenzeitlich geändert, edit conflict, datensatzkonflikt, versionskonflikt, datensatz wurde geändert, von anderem benutzer geändert, von einer kollegin geändert, gleichzeitige bearbeitung, gleichzeitiger zugriff, parallel bearbeitet, parallele bearbeitung, gleichzeitig offen, concurrent edit, concurrent editing, modified by another user, changed by another user, record changed

# Support und Hilfe
support, kundenservice, kundendienst, kundensupport, hotline, helpdesk, servicedesk, supportteam, supportportal, kundenportal, serviceportal, service desk, customer service, customer support, support portal, technischer support, kundenbetreuung, supporthotline, servicehotline, servicenummer, servicetelefon, telefonsupport, livechat, chat, helpline, kontaktformular, supportzeiten, servicezeiten, rückruf, rückrufbitte, callback, live chat, call back, contact us, get help, talk to someone, mit jemandem sprechen, reach support, contact support, kontakt aufnehmen, ansprechpartner, atlassian, jira, anwenderbetreuung, anwendersupport, anwenderhotline, supportmail, supportemail, supportadresse, jira service management, jira servicedesk, support email, support mail, mail an den support, email an den support, support anrufen, call support, phone support, email support, niemand erreichbar, keiner erreichbar, erreiche niemanden, can't reach anyone
ticket, anfrage, supportanfrage, supportticket, serviceanfrage, request, support request, ticketnummer, anfragenummer, vorgangsnummer, ticketstatus, bearbeitungsstand, fehlerbericht, bugreport, ticket number, case number, status der anfrage, status meiner anfrage, noch keine antwort, no reply, bug report, fehler melden, problem melden, report a bug, report a problem, supportfall, supportvorgang, incident, tickets, meine anfragen, meine tickets, offene anfragen, geschlossene anfragen, ticket erstellen, ticket aufmachen, ticket eröffnen, anfrage eröffnen, anfrage einreichen, anfrage aufgeben, create ticket, open ticket, raise a ticket, submit ticket, my requests, my tickets, keine rückmeldung, noch keine rückmeldung, warte auf antwort, support antwortet nicht
verbesserungsvorschlag, funktionswunsch, featurewunsch, vorschlag, anregung, idee, feature request, verbesserungsidee, wunschliste, wishlist, suggestion, feedback, wäre schön wenn, wäre toll wenn, wäre praktisch wenn, wäre super wenn, bitte einbauen, könnt ihr einbauen, ideenbox, ideenportal, fehlende funktion, funktion fehlt, vermisse eine funktion, feature fehlt, missing feature, would be nice
fernwartung, fernzugriff, fernsteuerung, fernhilfe, teamviewer, anydesk, quicksupport, bildschirmfreigabe, aufschalten, screen sharing, remote support, remote access
schulung, einschulung, einarbeitung, webinar, onboarding, schulungstermin, schulungsvideo, product training
anleitung, handbuch, benutzerhandbuch, bedienungsanleitung, tutorial, erklärvideo, hilfeartikel, hilfecenter, faq, wissensdatenbank, user guide, knowledge base, help center

# Einstellungen und Oberfläche
einstellungen, einstellung, einstellen, settings, setting, konfiguration, optionen, preferences, configuration, config, zahnrad, zahnradsymbol, systemeinstellungen, praxiseinstellungen, gear icon
einrichten, eingerichtet, einrichtung, setup, konfigurieren, installieren, installiert, installation, install, aufsetzen, set up
aktivieren, aktiviert, einschalten, eingeschaltet, anschalten, freischalten, enable, activate, turn on, switch on, aufdrehen, anhaken, angehakt, häkchen setzen, haken setzen, tick the box, freischaltung, freigeschaltet, aktivierung, activation, activated
deaktivieren, deaktiviert, ausschalten, ausgeschaltet, abschalten, disable, deactivate, turn off, switch off, abstellen, abgestellt, abdrehen, häkchen entfernen, haken entfernen, uncheck, untick, inaktivieren, inaktiviert, stilllegen, stillgelegt, benutzer löschen, mitarbeiter löschen, behandler löschen, benutzer entfernen, mitarbeiter entfernen, behandler entfernen, zugang entziehen, zugang sperren, revoke access, remove user, delete user, deactivated, disabled, behandler deaktivieren, therapeut deaktivieren, set inactive, make inactive
anlegen, angelegt, erstellen, erstellt, hinzufügen, hinzugefügt, eintragen, eingetragen, erfassen, erfasst, erzeugen, generieren, buchen, vergeben, create, created, add, added, book, neu anlegen, neu machen, neu erstellen, einpflegen, eingepflegt, hinterlegen, hinterlegt, eintippen, eingetippt, reinschreiben
bearbeiten, bearbeitet, editieren, abändern, umändern, änderung, geändert, anpassen, umstellen, korrigieren, korrektur, berichtigen, edit, change, modify, amend, mutieren, mutiert, mutation, überarbeiten, überarbeitet, umbenennen, umbenannt, rename, renamed, edited, editing, changed, modified
reiter, tab, registerkarte, karteireiter
vorschau, preview, druckvorschau, voransicht, seitenansicht, print preview, testrechnung, musterrechnung, probeansicht
rand, ränder, seitenrand, margin, margins, abgeschnitten, randlos, cut off, wird abgeschnitten, kopf und fußzeilen, headers and footers, url auf dem ausdruck, url wird mitgedruckt, datum wird mitgedruckt, druckrand, randeinstellung, borderless, url wird gedruckt, datum oben auf dem ausdruck, internetadresse auf dem ausdruck
skalierung, skalieren, scaling, scale, tatsächliche größe, actual size, an seite anpassen, fit to page, shrink to fit, zu klein gedruckt, druck zu klein, ausdruck zu klein, passt nicht auf die seite, passt nicht aufs blatt, skaliert, seitenanpassung, ausdruck verschoben, ausdruck verrutscht, druck verrutscht, druck verschoben, an seitengröße anpassen, printout shifted, print too small, printout too small
papierformat, seitenformat, a4, din a4, paper size, a5, a6, din a5, briefformat, papiergröße, blattgröße, blattformat, us letter, letter format
dateityp, dateiformat, dateiendung, file type, file format, file extension, jpg, jpeg, png, heic, tiff, docx, odt, dateiendungen, worddokument, worddatei, word datei, word dokument, dateityp wird nicht unterstützt, format nicht unterstützt, nicht unterstütztes format, unsupported file type, unsupported format, falsches dateiformat, wrong file format
dateigröße, maximalgröße, file size, zu groß, datei zu groß, too large, too big, megabyte, uploadlimit, komprimieren, komprimiert, upload limit, file too large, datei zu gross, größenbeschränkung, dateigrößenlimit, datei verkleinern, pdf verkleinern, scan verkleinern, reduce file size, compress, size limit
adressleiste, adresszeile, address bar, url bar
website, webseite, homepage, internetseite, internetauftritt, praxiswebsite, praxishomepage, web site, webauftritt, onlineauftritt, praxisseite, wordpress, wix, jimdo, squarespace, typo3
vorlage, template, schablone, textvorlage, briefvorlage, dokumentvorlage, rechnungsvorlage, emailvorlage, mailvorlage, smsvorlage, e mail vorlage, sms vorlage, standardvorlage, berichtsvorlage, arztbriefvorlage, mahnvorlage, mahnungsvorlage, dokumentenvorlage, musterbrief, briefmuster, mustervorlage, mustertext, wordvorlage, erinnerungstext, erinnerungsvorlage, smstext, nachrichtentext, sms text, message template, reminder text
textbaustein, textkürzel, kürzel, autotext, snippet, makro, textmakro, standardtext, floskel, floskeln, schnelltext, textblock, baustein, standardformulierung, formulierungshilfe, vorformulierung, textexpander, quick text, text block, text shortcut
platzhalter, variable, placeholder, serienfeld, feldfunktion, textmarke, merge field, seriendruckfeld, datenfeld, feldname, geschweifte klammern, dynamisches feld, dynamic field, wird nicht ersetzt, werden nicht ersetzt, wird nicht eingesetzt, werden nicht eingesetzt
serienbrief, rundschreiben, rundbrief, massenbrief, serienmail, massenmail, rundmail, mail merge, newsletter, massenversand, sammelversand, sammelmail, mailing, massenmailing, bulk email, mass email, serienschreiben, massenschreiben
briefkopf, briefpapier, kopfbogen, geschäftspapier, letterhead, kopfzeile, fußzeile, briefbogen, praxisbriefpapier, firmenbriefpapier, preprinted, stationery
logo, praxislogo, firmenlogo, signet, logodatei, bildmarke, firmenzeichen, praxissignet
praxisdaten, praxisangaben, praxisinformationen, praxisstammdaten, practice details, practice information, praxisname, praxisanschrift, praxisadresse, impressum, praxisbezeichnung, ordinationsdaten, ordinationsadresse, firmendaten, company details, praxisinfo, firmenangaben, unternehmensdaten, praxisprofil, praxistelefon, praxisemail, stammdaten der praxis, kontaktdaten der praxis, name der praxis, praxis umbenennen, practice address, practice name
querformat, hochformat, seitenausrichtung, landscape, portrait, quer drucken, hochkant drucken, bildschirmdrehung, autorotate, tablet drehen, handy drehen, bildschirm drehen, quer halten, rotate screen, rotate the tablet, automatische drehung
einbetten, eingebettet, embed, iframe, einbindungscode, embed code, widget einbinden, auf der website einbinden, in die homepage einbinden, einbindung, einbinden, eingebunden, codeschnipsel, htmlcode, widgetcode, code schnipsel, html code, auf der homepage einbauen, in die website einbauen, in website integrieren, add to website, integrate into website
spracheinstellung, oberflächensprache, anzeigesprache, language, sprache ändern, sprache umstellen, auf englisch umstellen, change language, language settings
dunkelmodus, darkmode, nachtmodus, dark mode, dunkles design
sortieren, sortiert, sortierung, reihenfolge, sortierreihenfolge, alphabetisch, sort, sorting
# Updates und Neuerungen
update, aktualisierung, aktualisieren, aktualisiert, softwareupdate, versionsupdate, neue version, neuere version, software update, patch, hotfix, bugfix, softwareversion, versionsnummer, seit dem update, seit dem letzten update, nach dem update, since the update, after the update, windowsupdate, updaten, geupdatet, upgedatet, geupdated, upgedated, funktionsupdate, featureupdate, sicherheitsupdate, fehlerkorrektur, release, neues release, feature update, security update, update installieren, update einspielen, update herunterladen, install update, download update, muss ich updaten, muss ich aktualisieren
versionshinweise, releasenotes, changelog, neuerungen, neuigkeiten, release notes, was ist neu, neue funktionen, new features, whats new, produktneuigkeiten, updatehinweise, was hat sich geändert, what changed, sieht anders aus, sieht plötzlich anders aus, neues design, neue oberfläche, neues layout, layout geändert, looks different, new design, new layout, versionsinfo, versionsinformationen, releaseinfo, produktupdates, produktnews, neuheiten, updateinfo, patchnotes, patch notes, update notes, was gibt es neues, was gibts neues, what's new, menüpunkt verschoben, menüpunkt fehlt, funktion verschoben, button fehlt, knopf fehlt, schaltfläche fehlt, menu changed, button missing, where did it go
neue version, neue features, neue funktionen, neuerungen, features, release notes, was ist neu
# Ergänzt Artikel für Artikel: wie Praxisteams die Inhalte der Wissensdatenbank nennen
feststelltaste, capslock, caps lock, großschreibung aktiv, shift lock
tastaturlayout, tastaturbelegung, tastatursprache, qwertz, qwerty, keyboard layout, englische tastatur, falsche tastatur, y und z vertauscht, z und y vertauscht
passwortmanager, kennwortmanager, passwortspeicher, passwortsafe, keepass, 1password, bitwarden, lastpass, schlüsselbund, keychain, password manager, gespeichertes passwort, altes passwort gespeichert, passwort automatisch ausgefüllt, autofill
passwortänderung, passwortwechsel, kennwortänderung, kennwortwechsel, passwort ändern, kennwort ändern, passwort wechseln, kennwort wechseln, neues passwort vergeben, passwort erneuern, passwort abgelaufen, kennwort abgelaufen, change password, change my password, password change, update password, password expired
postfach, posteingang, inbox, mailbox, emailpostfach, mailpostfach
verpflichtend, obligatorisch, erzwingen, erzwungen, mandatory, enforce, enforced, compulsory, pflicht für alle
behandlungsvertrag, therapievertrag, behandlungsvereinbarung, therapievereinbarung, patientenvereinbarung, treatment contract, treatment agreement
körperschema, körperbild, körpergrafik, körperskizze, schmerzskizze, schmerzzeichnung, bodychart, body chart, body map, pain diagram
pflichtfeld, pflichtangabe, mussfeld, required field, mandatory field, muss feld, rot umrandet, felder rot, markierte felder
dokumentationspflicht, 630f, patientenrechtegesetz, dokumentationsvorschriften, documentation requirement, duty to document
umschlag, briefumschlag, fensterumschlag, fensterkuvert, fensterbriefumschlag, kuvert, couvert, sichtfenster, adressfenster, envelope, adresse nicht im fenster, adresse sitzt nicht im fenster, adressfeld verrutscht
lizenzrechnung, lizenzgebühr, softwarerechnung, medondo rechnung, rechnung von medondo, licence invoice, license invoice, subscription invoice, software invoice
behandlerprofil, behandlerverwaltung, therapeutenverwaltung, therapeutenprofil, behandlerstammdaten, behandlerstamm, behandler anlegen, behandler hinzufügen, therapeut anlegen, therapeut hinzufügen, therapeutin anlegen, neuer behandler, neue behandlerin, neuer therapeut, neue therapeutin, add practitioner, add therapist, new practitioner, new therapist, practitioner profile
unscharf, verpixelt, pixelig, verschwommen, blurry, pixelated, blurred, niedrige auflösung, schlechte qualität, low resolution
formatierung, formatieren, formatiert, textformatierung, formatting, formatted
einfügen, reinkopieren, hineinkopieren, einkopieren, paste, pasted, strg v, ctrl v, cmd v
standard, standardeinstellung, grundeinstellung, voreinstellung, werkseinstellung, auslieferungszustand, default, factory settings
trennzeichen, semikolon, strichpunkt, delimiter, separator, spaltentrenner, kommagetrennt, alles in einer spalte, alles in einer zelle, steht alles in einer spalte, spalten nicht getrennt, all in one column
gesamtexport, vollexport, komplettexport, gesamtdatenexport, full export, complete export, full data export, alle daten exportieren, alle daten herunterladen, alle patientendaten exportieren, daten mitnehmen, export all data
patientenliste, patientenübersicht, patientenverzeichnis, kundenliste, klientenliste, patient list, client list, list of patients, liste aller patienten
ausgangsrechnung, kundenrechnung, ausgangsbeleg, sales invoice, outgoing invoice
arbeitsspeicher, ram, hauptspeicher, memory
internetgeschwindigkeit, bandbreite, datenrate, mbit, bandwidth, internet speed, connection speed, speedtest, langsames internet, internet langsam, internet zu langsam, slow internet
javascript, js, skript
webanwendung, webapp, webbasiert, browserbasiert, cloudbasiert, cloudlösung, onlinesoftware, web app, web application, web based, browser based, cloud based, cloud software, keine installation, ohne installation, muss ich etwas installieren, installation nötig, do i need to install, no installation
downloadordner, downloadsordner, downloadverzeichnis, downloads folder, download ordner, heruntergeladene dateien, wird nur heruntergeladen, wird heruntergeladen statt angezeigt, lädt nur herunter, landet im download, landet in den downloads, downloads instead of opening
beschädigt, korrupt, korrumpiert, corrupt, corrupted, damaged, datei kaputt, kaputte datei
passwortgeschützt, kennwortgeschützt, passwortschutz, kennwortschutz, password protected
browserfenster, browsertab, mehrere tabs, mehrere fenster, zweites fenster, zweiter tab, neuer tab, multiple tabs, several tabs, second window, new tab
vpn, vpnclient, vpnverbindung, openvpn, wireguard, forticlient, anyconnect, globalprotect
ipadresse, ip adresse, ip address, feste ip, statische ip, dynamische ip, wechselnde ip, öffentliche ip, ip wechselt
zwischenablage, clipboard, rauskopieren, herauskopieren, strg c, ctrl c, cmd c, copy paste, copy and paste, kopieren und einfügen, text kopieren, copy text
zerschossen, darstellungsfehler, darstellungsproblem, anzeigefehler, anzeigeproblem, falsch dargestellt, wird falsch angezeigt, sieht komisch aus, sieht kaputt aus, layout kaputt, display error, display issue, looks broken, looks weird, looks wrong
entwicklertools, devtools, entwicklerkonsole, browserkonsole, konsole, console, f12, developer tools, dev tools
usb, usbanschluss, usbport, usbkabel, usbbuchse, usbhub
kartenleserdienst, zusatzsoftware, zusatzprogramm, hilfsprogramm, hintergrundprogramm, hintergrunddienst, kartenlesersoftware, card reader service, card reader software, helper app, helper service
gerätemanager, windows-geräte-manager, device manager
taskleiste, taskbar, infobereich, systray, benachrichtigungsbereich, system tray, notification area, tray icon
pin, pincode, bildschirmsperre, displaysperre, gerätesperre, sperrbildschirm, faceid, touchid, fingerabdruck, face id, touch id, screen lock, lock screen, passcode
tagesplan, tagesliste, tagesübersicht, tagesterminliste, terminliste, daily schedule, daily list, day sheet, termine des tages, heutige termine, termine ausdrucken
entnahme, kassenentnahme, barentnahme, privatentnahme, geldentnahme, geld entnehmen, geld rausnehmen, geld aus der kasse nehmen, geld aus der kasse, cash withdrawal
korrekturbuchung, stornobuchung, gegenbuchung, ausgleichsbuchung, berichtigungsbuchung, fehlbuchung, kassenbuch korrigieren, falsch verbucht, correction entry, reversal entry
produktverkauf, verkauf, warenverkauf, artikelverkauf, verkaufsartikel, handelsware, product sales, selling products, sell products
versandstatus, zustellstatus, sendestatus, versandprotokoll, versandverlauf, versandhistorie, zustellnachweis, zustellbestätigung, delivery status, email status, mail status, sending status, wurde die mail verschickt, ist die mail rausgegangen, ob die mail angekommen ist, ob die email angekommen ist
verifizieren, verifiziert, verifizierung, domainverifizierung, spf, dkim, dmarc, spf eintrag, dkim eintrag, dns eintrag, txt eintrag, dns record, domain verifizieren, domain verification, verify domain, nicht verifiziert, not verified
vertragspartner, vertragspartnerin, vertragsinhaber, vertragsinhaberin, lizenznehmer, lizenznehmerin, vertragsnehmer, vertragsnehmerin, licensee, contract holder, contract partner, account owner
lizenzrechnung, softwarerechnung, medondorechnung, aborechnung, anbieterrechnung, rechnung von medondo, rechnung vom softwareanbieter, rechnung vom hersteller, rechnung von euch, medondo invoice, invoice from medondo, licence invoice, license invoice, subscription invoice
lizenzgebühr, lizenzkosten, softwarekosten, nutzungsgebühr, abogebühr, abokosten, monatsgebühr, grundgebühr, softwaregebühr, monatliche gebühr, monatliche kosten, licence fee, license fee, subscription fee, software fee
anteilig, anteilige, anteilsmäßig, zeitanteilig, tagesgenau, prorata, prorated, pro rata, pro rata temporis, partial month, teilmonat
rechnungsbetrag, rechnungssumme, rechnungshöhe, endbetrag, gesamtbetrag, invoice amount, invoice total, rechnung zu hoch, rechnung höher als sonst, betrag falsch, falscher betrag, zu viel berechnet, doppelt berechnet, zu viel abgebucht, doppelt abgebucht, overcharged, charged twice
preisanpassung, preiserhöhung, preisänderung, preissteigerung, preisaufschlag, teurer geworden, price increase, price adjustment, price change
abrechnungszeitraum, abrechnungsperiode, rechnungszeitraum, leistungszeitraum, abrechnungsintervall, abrechnungsrhythmus, zahlungsintervall, billing period, billing cycle, invoice period
rechnungsarchiv, rechnungsübersicht, rechnungsliste, rechnungshistorie, alte rechnungen, frühere rechnungen, vergangene rechnungen, invoice history, billing history, past invoices, invoice list
zusatzmodul, zusatzmodule, zusatzpaket, erweiterungsmodul, zusatzfunktion, optionales modul, add on module, extra module, optional module
sammelpostfach, gruppenpostfach, funktionspostfach, praxispostfach, sammeladresse, teampostfach, shared mailbox, shared inbox, team mailbox, allgemeine emailadresse
rechtsform, rechtsformwechsel, gesellschaftsform, unternehmensform, gbr, gesbr, partg, gmbh, einzelunternehmen, legal form, legal entity, change of legal form
auftragsbestätigung, bestellbestätigung, kaufbestätigung, order confirmation, purchase confirmation, bestellung bestätigt
vorübergehend, befristet, zeitweise, übergangsweise, kurzzeitig, zeitlich begrenzt, temporarily, for a limited time
verwendungszweck, zahlungsreferenz, zahlungszweck, buchungstext, überweisungstext, payment reference, reference number, betreff der überweisung
telefon, telefonnummer, telefonnr, rufnummer, festnetz, festnetznummer, tel nr, phone number, telephone number, landline
pflichtfeld, pflichtfelder, pflichtangabe, pflichtangaben, mussfeld, mussfelder, obligatorisches feld, obligatorische felder, required field, required fields, mandatory field, mandatory fields, muss ausgefüllt werden, alle pflichtfelder ausfüllen
dokumentkategorie, dokumentkategorien, dokumentenkategorie, dokumenttyp, dokumentart, dokumentenordner, unterordner, ordnerstruktur, document category, document type, document folder, ordner anlegen
zip, zipdatei, ziparchiv, zipfile, gezippt, zip datei, zip archiv, zip file, zipped, komprimierter ordner
heirat, namensänderung, namenswechsel, geheiratet, nachname geändert, name geändert, neuer nachname, neuer name, nach der heirat, hat geheiratet, name change, changed name, married name
abrechenbar, unabgerechnet, unbilled, offene leistungen, nicht abgerechnet, noch nicht abgerechnet, abrechenbare leistungen, nicht abgerechnete leistungen, keine abrechenbaren leistungen, keine leistungen gefunden, open services, unbilled services, not yet billed, not invoiced, no billable services
zahlungsfrist, zahlungsziel, zahlungsbedingungen, fälligkeit, fällig, fälligkeitsdatum, zahlbar bis, zahlbar innerhalb, due date, payment term, payment terms, payment due
mahnsperre, mahnstopp, mahnstop, mahnpause, mahnaussetzung, nicht mahnen, mahnung aussetzen, mahnung stoppen, mahnung unterdrücken, von der mahnung ausnehmen, dunning block, exclude from dunning, stop dunning
kontoauszug, kontoauszüge, bankauszug, kontoumsätze, bankumsätze, camt, camt053, mt940, kontoauszugsimport, bank statement, bank statements, kontoauszüge importieren, import bank statement
zahlungsabgleich, bankabgleich, abgleicht, zahlungszuordnung, reconciliation, reconcile, zahlung zuordnen, zahlungen zuordnen, zahlung nicht zugeordnet, zahlung nicht erkannt, payment not matched, match payments, bank reconciliation, zahlungen abgleichen, zahlung abgleichen, automatisch abgleichen
stornogrund, stornierungsgrund, stornobegründung, grund für das storno, cancellation reason, reason for cancellation
guthaben, patientenguthaben, überzahlung, überbezahlt, zu viel bezahlt, doppelt bezahlt, overpayment, overpaid, credit balance
datensicherheit, informationssicherheit, itsicherheit, cybersicherheit, cybersecurity, it sicherheit, cyber security, data security, it security, information security, wie sicher, ist das sicher, sind die daten sicher, how secure, is it secure
webanwendung, webapp, webapplikation, browseranwendung, browserbasiert, onlinesoftware, cloudsoftware, cloudlösung, saas, web app, web application, software as a service, browser based, läuft im browser, ohne installation, keine installation
verarbeitungstätigkeit, verarbeitungsverzeichnis, verfahrensverzeichnis, vvt, verzeichnis der verarbeitungstätigkeiten, verzeichnis von verarbeitungstätigkeiten, record of processing activities, ropa
sammelzugang, gruppenzugang, teamzugang, sammelkonto, gruppenkonto, gemeinsamer zugang, geteilter zugang, gemeinsames konto, ein zugang für alle, zugang teilen, passwort teilen, shared account, shared login, shared password
gestohlen, diebstahl, geklaut, stolen, theft, laptop gestohlen, laptop geklaut, pc gestohlen, rechner gestohlen, einbruch in der praxis
rechtsklick, kontextmenü, rechte maustaste, sekundärklick, right click, context menu, ctrl klick
absageregelung, absagefrist, stornofrist, stornobedingungen, absagebedingungen, ausfallregelung, cancellation policy, 24 stunden vorher absagen
gruppieren, gruppierung, gruppiert, gruppieren nach, group by, grouping
ausblenden, ausgeblendet, einblenden, eingeblendet, verstecken, versteckt, verbergen, wegblenden, hide, hidden, unhide, ein und ausblenden, wieder einblenden, wieder anzeigen, show hide
filtersymbol, filterfunktion, trichter, trichtersymbol, filter icon, funnel icon
spalte, column, columns, kalenderspalte, behandlerspalte
unternehmensprofil, googleunternehmensprofil, gmb, google unternehmensprofil, google my business, google business profile, google eintrag, google maps eintrag
webdesigner, webdesignerin, webentwickler, webentwicklerin, webagentur, webmaster, homepagebetreuer, web designer, web developer, web agency
buchungszeitraum, buchungsfenster, buchungshorizont, vorlaufzeit, mindestvorlauf, im voraus buchen, wie weit im voraus, booking window, lead time, advance booking
terminübersicht, terminzettel, terminkarte, terminkärtchen, terminpass, terminausdruck, termine ausdrucken, termine drucken, alle termine ausdrucken, appointment card, appointment list, list of appointments, print appointments
verrutscht, darstellungsfehler, darstellungsproblem, anzeigefehler, layoutfehler, layout verrutscht, sieht komisch aus, sieht seltsam aus, sieht kaputt aus, darstellung kaputt, falsch dargestellt, display issue, display error, rendering issue, layout broken, looks weird, looks broken
hinweisbalken, infobalken, hinweisleiste, infoleiste, banner, gelber balken, wartungshinweis, wartungsankündigung, maintenance notice, notification banner
fragezeichen, fragezeichensymbol, hilfesymbol, hilfeicon, hilfe icon, help icon, question mark
höchstmenge, höchstverordnungsmenge, verordnungsmenge, behandlungsmenge, behandlungsanzahl, orientierende behandlungsmenge, anzahl behandlungen, anzahl der behandlungen, zu viele behandlungen, number of sessions, number of treatments
dringlich, dringlichkeit, dringlicher behandlungsbedarf, dringlichkeitskreuz, urgent treatment
ausstellungsdatum, verordnungsdatum, rezeptdatum, ausstelldatum, datum der verordnung, datum des rezepts, date of issue, prescription date, issue date
# Zweite Runde, regional und umgangssprachlich (AT, CH, süddeutsch, Alltagssprache)
# Kassa (AT) und Manko (AT/CH) am Tagesende
tagesabschluss, kassenabschluss, kassensturz, kassasturz, kassaabschluss, kassabericht, tageskassa, kassadifferenz, kassamanko, kassenmanko, kassa abschließen, kassa zählen, kassa machen, kassa schließen, kassa stimmt nicht, kassa zusammenzählen, kasse zusammenzählen, differenz in der kassa, minus in der kasse, minus in der kassa, geld stimmt nicht, kasse geht nicht auf, kassa geht nicht auf
# Beleg: Paragon, Kassabon (AT)
quittung, paragon, kassabon, kassabeleg, kassazettel, kassaquittung, zahlbeleg
# Erlagschein (AT) = Zahlschein für die Überweisung
erlagschein, zahlschein, einzahlungsschein, überweisungsträger
erlagschein, überweisung, banküberweisung, per erlagschein, mit erlagschein, mit zahlschein
# zügeln (CH), übersiedeln (AT) = umziehen
umzug, zügeln, gezügelt, zügelt, zügle, zügelten, zügeltermin, übersiedeln, übersiedelt, übersiedlung, übersiedelung, wir ziehen um, sind umgezogen, haben gezügelt, sind übersiedelt
# Wahltherapeut/Wahlarzt (AT) rechnet privat ab
privatrechnung, wahltherapeut, wahltherapeutin, wahlarzt, wahlärztin, wahlphysiotherapeut, wahlphysiotherapeutin, wahlergotherapeutin, wahllogopädin, ohne kassenvertrag, kein kassenvertrag, keinen kassenvertrag
# Ordi/Praxis zusperren (AT, süddt.) = Praxis schließen
praxisaufgabe, kündigung, kündigen, praxis zusperren, ordi zusperren, ordination zusperren, sperren die praxis zu, sperren die ordi zu, sperre die praxis zu, sperre die ordi zu, ordi aufgeben, ordi schließen, ordi zumachen, mache die praxis zu, machen die praxis zu, mach die praxis zu, hören auf mit der praxis
# Hakerl (AT) = Häkchen
aktivieren, aktiviert, einschalten, anhakerln, angehakerlt, hakerl setzen, hakerl machen, hakerl rein, hakerl reinmachen, kastl anhaken, kasterl anhaken, kreuzerl machen, ankreuzen, angekreuzt
deaktivieren, deaktiviert, ausschalten, abhakerln, hakerl entfernen, hakerl wegmachen, hakerl raus, hakerl rausnehmen, kreuzerl weg
# Kastl/Kasterl (AT, bair.) und Fenster, das nicht aufgeht
popup, popups, popupblocker, kastl geht nicht auf, kastl kommt nicht, kastl erscheint nicht, kastl öffnet sich nicht, kasterl geht nicht auf, kasterl kommt nicht, fenster kommt nicht, fenster erscheint nicht, fenster poppt nicht auf, fenster ploppt nicht auf, fenster kommt nicht hoch, kein fenster
druckdialog, druckfenster, druckkastl, druckkasterl, druckerkastl, druckfenster kommt nicht, druckfenster geht nicht auf, druckfenster erscheint nicht
# nimmer (süddt., AT) = nicht mehr; ned/net = nicht
anmeldung, anmelden, login, einloggen, komm nimmer rein, komme nimmer rein, kommen nimmer rein, kommt nimmer rein, komm nimmer hinein, komme nimmer hinein, komm ned rein, komm net rein, komme ned rein, komme net rein, kommt ned rein, kommt net rein
zurücksetzen, resetlink, passwortlink, passwort weiß ich nimmer, kennwort weiß ich nimmer, weiß mein passwort nimmer, weiß das passwort nimmer, weiß das kennwort nimmer, passwort nimmer gewusst, passwort weiß i nimmer, passwort vergessen ghabt, neues kennwort, neues kennwort anfordern, passwort anfordern, kennwort anfordern, neues passwort bekommen, neues kennwort bekommen, neues passwort kriegen, neues kennwort kriegen, passwort verschlampt, passwort verbummelt, kennwort verschwitzt
fehler, fehlermeldung, geht nimmer, funktioniert nimmer, tut nimmer, geht ned, geht net, funktioniert ned, funktioniert net, klappt ned, klappt net, tut ned, tut net, passiert nix, tut sich nix, tut nix, mucken, macht mucken, hat mucken, zickt rum, spinnt rum, rumzicken, rumspinnen, bockt, spinnt total, ist hin, ist hinüber, läuft ned, läuft net, geht gar nix, geht schief, ging schief, klappt nie
# Speichern, das nicht klappt, umgangssprachlich
fehlgeschlagen, speicherfehler, speichert ned, speichert net, speichert nix, speichert nimmer, speichern geht ned, speichern geht net, speichern geht schief, nimmt die änderung nicht, nimmt meine änderung nicht, nimmt die änderungen nicht, nimmt es nicht, nimmt nix, will nicht speichern, mag nicht speichern, er speichert nicht, es speichert nicht
# Einfrieren/Abstürzen
hängt, klemmt, geklemmt, hängt sich weg, kackt ab, abgekackt, schmiert ständig ab, stürzt dauernd ab, stürzt ständig ab, friert dauernd ein, friert ständig ein, steht still, bleibt stehen, tut sich nix mehr, geht nix mehr, nix geht mehr
# Ladekringel, weißer Schirm (AT/CH: Schirm = Bildschirm)
ladekreis, ladekreisel, ladesymbol, kringel, ladekringel, kringel dreht sich, kringelt, eieruhr, drehkreis, rad dreht sich, rädchen dreht sich, kreis dreht sich, dreht und dreht, dreht sich im kreis, lädt ned, lädt net, lädt nix, lädt nimmer, zeigt nix an, zeigt nix, weiße fläche, weißes bild, bild bleibt weiß, schirm bleibt weiß, schirm ist weiß, schirm bleibt leer, schirm ist leer, weißer schirm, leerer schirm, nur weiß
bildschirm, schirm, am schirm, auf dem schirm
# Rausgeworfen werden
timeout, ausgeloggt, inaktivität, schmeißt mich ständig raus, schmeißt mich dauernd raus, schmeißt mich immer raus, schmeißt mich andauernd raus, wirft mich ständig raus, wirft mich dauernd raus, wirft mich immer raus, fliege ständig raus, fliege dauernd raus, fliege immer raus, fliegt ständig raus, fliegt dauernd raus, fliegen ständig raus, haut mich raus, haut mich ständig raus, kickt mich raus, bin wieder draußen, bin immer wieder draußen, bin ständig draußen, nach der mittagspause, nach der pause, nach jeder pause, nach dem kaffee, nach der kaffeepause, wenn ich kurz weg bin, kurz vom platz weg
# Drucker, umgangssprachlich
drucker, drucken, druckproblem, druckt nix, druckt ned, druckt net, druckt nimmer, druckt gar nix, drucker spinnt, drucker zickt, drucker streikt, printer spinnt, schief gedruckt, druckt schief, kommt schief raus, kommen schief raus, schief ausgedruckt, versetzt gedruckt, druckt versetzt, druckt daneben
sammeldruck, auf einen schlag drucken, auf einen rutsch drucken, in einem rutsch drucken, alle auf einmal ausdrucken, auf einen schlag ausdrucken, in einem rutsch ausdrucken
rechnungskopie, rechnungsduplikat, zweitschrift, zweitausdruck, rechnung verschlampt, rechnung verschmissen, rechnung verbummelt, hat die rechnung verloren, hat die rechnung verschlampt, rechnung nochmal, nochmal ausdrucken, nochmals ausdrucken
# Pickerl (AT) = Etikett
etikett, patientenpickerl, adresspickerl, namenspickerl, pickerlbogen, pickerldrucker, pickerl drucken, pickerln
etikettendrucker, pickerldrucker
# Physio/Ergo als Person: die neue Physio
behandler, therapeut, therapeutin, physios, ergos, neue physio, neuer physio, neue ergo, neuer ergo, weitere physio, weiterer physio, zweite physio, zweiter physio, zweite ergo, weitere ergo, noch eine physio, noch einen physio, noch eine ergo
# umgangssprachlich: dazutun, eingeben
anlegen, hinzufügen, dazutun, dazugeben, dazunehmen, dazumachen, hinzutun, reintun, reingeben, reinmachen
erfassen, eintragen, eintippen, eingeben, eingegeben
# Termin eintragen: Patient einbuchen, einschreiben
termin, behandlungstermin, terminvergabe, patienten einbuchen, patient einbuchen, patientin einbuchen, patienten einschreiben, patient einschreiben, patientin einschreiben, patienten einplanen, patient einplanen, patientin einplanen, termin einschreiben, termin reintun, termin reinmachen, termin reinsetzen, termin ausgemacht, einen termin geben
# Serie fürs ganze Rezept (CH: 9er-Serie)
serientermin, terminserie, terminreihe, 9er serie, 6er serie, 10er serie, 12er serie, 9er block, 6er block, 10er block, 9x, 8x, neunmal, sechsmal, achtmal, zwölfmal, termine vom rezept, termine von der verordnung, termine fürs rezept, termine für das rezept, termine zum rezept, ganzes rezept einplanen, ganzes rezept einbuchen, rezept durchplanen, rezept verplanen, gleiche zeit, gleiche uhrzeit, selbe zeit, selbe uhrzeit, zur gleichen zeit, immer zur gleichen zeit, immer um die gleiche zeit
# Kalender: Wochenübersicht
kalenderansicht, wochenansicht, tagesansicht, wochenübersicht, monatsübersicht, wochenplan, wochenkalender, monatskalender, tageskalender, nur meine spalte, nur eine spalte, kollegen fehlen, kollegin fehlt, kollege fehlt, sehe die kollegen nicht, sehe meine kollegen nicht, sehe nur mich, sehe nur meinen kalender, nur mein kalender
# Online-Buchung übers Internet
onlinebuchung, onlineterminbuchung, terminbuchung, internettermin, internetterminvergabe, übers internet buchen, übers internet termine, online termine ausmachen, online termin ausmachen, online einen termin ausmachen, selber buchen, termine selbst buchen, termine selber buchen, selbst termine buchen, selber termine buchen, selbst termine ausmachen, selber termine ausmachen
# Browser = Internetprogramm
browser, webbrowser, internetbrowser, internetprogramm, surfprogramm, browserprogramm, internet programm, alter explorer, alten explorer, mit dem explorer, im explorer
systemvoraussetzungen, systemanforderungen, mindestanforderungen, welchen rechner, welcher rechner, reicht mein rechner, reicht mein computer, reicht mein pc, was für einen rechner, was für einen computer, welche hardware, welches gerät brauche ich
# Update: schaut anders aus (AT, süddt.)
versionshinweise, neuerungen, neuigkeiten, changelog, schaut anders aus, schaut alles anders aus, schaut plötzlich anders aus, schaut ganz anders aus, schaut komplett anders aus, schaut jetzt anders aus, alles woanders, ist woanders, sind woanders, finde nichts mehr, finde nix mehr, nichts mehr gefunden, alles verschoben, menü verschoben
zerschossen, darstellungsfehler, anzeigefehler, schaut komisch aus, schaut kaputt aus, schaut seltsam aus, schaut verschoben aus, schaut zerschossen aus, schaut eigenartig aus
# Support erreichen, keiner meldet sich
support, supportanfrage, supportportal, hotline, wie erreiche ich euch, wie erreich ich euch, wie kann ich euch erreichen, euch erreichen, support erreichen, den support erreichen, erreiche keinen, kontakt zum support, kontakt zu euch
ticket, anfrage, supportanfrage, hat sich noch keiner gemeldet, hat sich noch niemand gemeldet, keiner meldet sich, niemand meldet sich, meldet sich keiner, meldet sich niemand, rührt sich keiner, rührt sich niemand, hat sich keiner gerührt, hat sich noch keiner gerührt, warte immer noch, warten immer noch
# Datenschutzvertrag = AVV
auftragsverarbeitung, datenschutzvertrag, datenschutzvereinbarung, datenverarbeitungsvertrag, av vereinbarung, avv vertrag
# Auskunft: was habt ihr über mich gespeichert
auskunft, datenauskunft, auskunftsersuchen, datenkopie, datenauszug, was über mich gespeichert, was wir über ihn gespeichert, was wir über sie gespeichert, was ihr über mich gespeichert, was gespeichert ist, will seine daten, will ihre daten, alle daten sehen, kopie seiner daten, kopie ihrer daten, kopie der daten, kopie von allen daten
# weggelöscht, futsch, zurückkriegen
datenverlust, futsch, daten futsch, alles futsch, ist futsch, sind futsch, weggelöscht, rausgelöscht, versehentlich weggelöscht, aus versehen weggelöscht
wiederherstellen, zurückkriegen, wiederkriegen, wiederherkriegen, zurückkrieg, wieder herholen, zurückbringen
löschen, weggelöscht, rausgelöscht, gelöscht
# Mahnen: zahlt nicht
unbezahlt, zahlt einfach nicht, zahlt nie, hat noch nicht gezahlt, hat noch nicht bezahlt, noch nicht bezahlt, schuldet, schulden, säumige, säumiger, säumige zahler, zahlungsmuffel, zahlt schlecht
# vertan, verhaut: korrigieren
korrigieren, vertan, verhaut, vermurkst, verbockt, falsch gemacht, fehler gemacht, fehler passiert, hab mich vertan, versemmelt
stornieren, rechnung vertan, rechnung verhaut, rechnung vermurkst, rechnung verbockt, rechnung zurückholen, rechnung rückgängig
# eure Rechnung
lizenzrechnung, eure rechnung, euere rechnung, rechnung von ihnen, rechnung an uns, eure rechnungen
rechnungsbetrag, höher als sonst, teurer als sonst, mehr als sonst, höher als letzten monat, mehr als letzten monat, rechnung ist höher, rechnung höher, rechnung ist teurer, rechnung teurer, mehr bezahlen, mehr zahlen, zu viel verrechnet, zuviel verrechnet
# E-Mail kommt retour (AT, CH)
unzustellbar, kommt retour, kommen retour, kam retour, mail retour, email retour, e mail retour, retourmail, retourniert, retour gekommen, kriegt die mail nicht, kriegt die mails nicht, kriegt unsere mails nicht, kriegen unsere mails nicht, kriegt keine e mail, kriegt keine emails, kriegen keine emails, kriegt nix, kriegen nix
# Handy hin / Natel
wiederherstellungscode, handy hin, handy ist hin, natel kaputt, natel hin, natel ist hin, natel gewechselt, handy defekt, handy weg, handy ins wasser, handy runtergefallen, neues handy bekommen, neues natel bekommen
mobil, smartphone, aufm handy, aufs handy, aufm natel, am natel, aufm tablet, aufm ipad, übers handy, mit dem natel, auf dem natel
# Anmeldebogen = Anamnese-/Aufnahmebogen der Praxis
anamnese, anmeldebogen, patientenanmeldebogen, anmeldezettel, aufnahmezettel, anamnesezettel, patientenbogen, erstbogen, vorerkrankungen, fragezettel
# An der Anmeldung = Empfang (DE), Mädels am Empfang
rezeption, an der anmeldung, vorne an der anmeldung, kollegin an der anmeldung, kolleginnen an der anmeldung, mitarbeiterin an der anmeldung, damen am empfang, mädels am empfang, damen an der anmeldung, mädels an der anmeldung, mädels an der rezeption, anmeldekraft, vorne am tresen
rolle, rechte, berechtigung, dürfen nicht sehen, nur termine sehen, sollen nur termine sehen, soll nur termine sehen, keine befunde sehen, keine doku sehen
ausgegraut, knopf ist grau, button ist grau, schaltfläche grau, schaltfläche ist grau, knöpfe sind grau, grauer knopf, grauer button, feld ist grau, kastl ist grau, alles grau
# Kartenleser: Karte reinstecken
anschließen, reinstecken, reingesteckt, ansteckt, angesteckt, eingesteckt, steckt drin
egk, gesundheitskarte, versichertenkarte, ecard kartl, e card kartl, karte reingesteckt, karte rein
# reinscannen, raufladen, hinaufladen (AT)
hochladen, raufgeladen, hinaufladen, hinaufgeladen, reinspeichern, rauftun, raufstellen
scanner, reinscannen, reingescannt
arztbrief, schreiben vom arzt, schreiben vom doktor, brief vom doktor, arztschreiben, wisch vom arzt
# Kartei (AT, CH): Patient aufnehmen
neukunde, neupatient, neuaufnahme, neuanlage, patientenanlage, in die kartei aufnehmen, in die kartei eintragen, neuen patienten eintragen, neue patientin eintragen, neuen klienten eintragen, neue klientin eintragen, neuen patienten einpflegen, neuen patienten aufnehmen, neue patientin aufnehmen
zusammenführen, zweimal drin, zweimal im system, zweimal vorhanden, zwei einträge, 2 einträge
# Lizenzplatz
ausgeschöpft, zu viele therapeuten, zu viele therapeutinnen, zu viele physios, kein platz mehr, keinen platz mehr, keine plätze mehr, kein platz frei, keine therapeuten mehr, keinen physio mehr, keine physio mehr, keine ergo mehr
upgrade, einen platz mehr, ein platz mehr, weiteren platz, zusätzlichen platz, mehr plätze, platz dazu, platz dazukaufen
# Vorlagen und Textbausteine umgangssprachlich
vorlage, musterschreiben, musterbriefe, standardbrief, standardschreiben, standardbriefe, briefvorlage
textbaustein, standardsatz, standardsätze, standardsätzen, standardtexte, standardformulierungen, vorgefertigter text, vorgefertigte texte
# Export: rauskriegen
exportieren, rauskriegen, rausbekommen
# English colloquial
appointment, booking, book a patient in, book patient in, book her in, book him in, book them in, pencil in, pencil someone in, pencil a patient in
upgrade, one more seat, another seat, extra seat, one more licence, one more license, another licence, another license
invoice, raise a bill, make out a bill, make out an invoice, write a bill, write up an invoice
ticket, tickets, log a ticket, open a ticket, file a ticket, log a call, raise a case, open a case
exportieren, pull a list, pull a report, pull the data
fehler, nothing happens, nothing happened, does nothing, nothing at all happens
# Zweite Runde: weitere regionale und umgangssprachliche Wörter
# Absenz (CH) = Abwesenheit; Stellvertretung (CH, AT)
abwesenheit, absenz, absenzen, absenzenliste, absenzenplanung, abwesenheiten
vertretung, stellvertretung, stellvertreter, stellvertreterin
# Sprechstundenhilfe, Helferin (DE umgangssprachlich) = MFA/Empfang
rezeption, sprechstundenhilfe, helferin, helferinnen, praxishelferin, arzthelferin, sprechstundenhilfen
# Compi (CH) = Computer; aufstarten (CH) = hochfahren
computer, compi, kompi, rechner, pc
neustart, aufstarten, neu aufstarten, aufgestartet, neu aufgestartet, startet nicht auf, abdrehen und aufdrehen, ab und aufdrehen, aus und aufdrehen, neu hochgefahren, runterfahren und hochfahren
# aufspielen, draufmachen = installieren
einrichten, installieren, aufspielen, aufgespielt, draufspielen, draufgespielt, draufmachen, draufladen, raufspielen, raufgespielt
# aufkriegen = öffnen
öffnen, aufkriegen, aufbekommen, aufmachen, krieg es nicht auf
# zusammentun = zusammenführen
zusammenführen, zusammentun, zusammenschmeißen, zusammenwerfen, zusammengeschmissen, zusammengetan
# ummodeln = ändern
bearbeiten, ummodeln, umgemodelt, abändern, umschreiben
# ins Buch eintragen (Terminbuch)
kalender, terminkalender, terminbuch, ins buch eintragen, ins buch schreiben, im buch eintragen, im buch nachschauen
# Geldlade, Kassalade (AT)
kasse, kassa, kassalade, geldlade, kassenlade, kassaschublade, bankomatzahlung, mit bankomat, mit bankomatkarte, mit karte gezahlt, postfinance card
# Adressmutation (CH) = Adressänderung
umzug, adressmutation, adressänderung, adresse ändern, adresswechsel
# Zettelwirtschaft, Papierkram = Papierformulare ersetzen
formular, zettelwirtschaft, papierkram, zettelkram, papierformular, papierzettel
einwilligung, datenschutzzettel, datenschutzblatt, datenschutzbogen, datenschutzwisch, einwilligungszettel
# raushauen, rausjagen = verschicken
versenden, raushauen, rausjagen, rausgehauen, rausgejagt, rausgeschickt, rausgehen lassen
# pendent (CH) = offen, noch nicht erledigt
ticket, pendent, pendente anfrage, anfrage ist pendent, ticket ist pendent, noch pendent
# Termin abmelden (AT, CH) = absagen
absagen, absage, abgesagt, patient hat sich abgemeldet, patientin hat sich abgemeldet, hat sich abgemeldet, hat den termin abgemeldet, termin abgemeldet, termin abmelden, termin abgesagt, vom termin abgemeldet
# Update einspielen/aufspielen
update, aktualisierung, update aufspielen, update drauf, neues update, update gemacht
# Dritte Runde
# einsteigen (AT) = einloggen
anmeldung, anmelden, login, steig nicht ein, steige nicht ein, steigt nicht ein, kann nimmer einsteigen, einloggen geht nicht, einloggen klappt nicht
# Internet spinnt
internet, internetverbindung, wlan, internet spinnt, internet zickt, internet hängt, wlan spinnt, wlan hängt, wlan zickt, netz spinnt, netz ist weg, internet ned da, internet bricht ab, wlan bricht ab
# Termin verschwitzt, verpennt
noshow, termin verschwitzt, termin verpennt, termin verpeilt, hat den termin verpennt, hat den termin verschwitzt, hat den termin vergessen, ist nicht aufgekreuzt, nicht aufgekreuzt
# Termin schieben
verschieben, termin schieben, termin rüberschieben, termin rausschieben, termin nach hinten, termin nach vorne, termin umlegen
# Agenda (CH) = Kalender; Agendaeintrag = Termin
termin, agendaeintrag, agendaeinträge, eintrag in der agenda, in die agenda eintragen, in der agenda eintragen
kalenderansicht, agendaansicht, agenda ansicht, agenda umstellen
# Rezepte wegschicken zur Abrechnung
kassenabrechnung, heilmittelabrechnung, rezeptabrechnung, rezepte wegschicken, rezepte abschicken, rezepte rausschicken, rezepte ans abrechnungszentrum, rezepte zur abrechnung, rezepte abgeben, rezepte einsenden, rezeptabgabe, rezepte abrechnen lassen
# Geld eintreiben
mahnung, mahnwesen, eintreiben, geld eintreiben, forderung eintreiben, geld hinterherlaufen
# Heilmasseur (AT)
behandler, heilmasseur, heilmasseurin, medizinischer masseur, medizinische masseurin, heilmasseure
# Auskunftsbegehren (AT)
auskunft, datenauskunft, auskunftsbegehren, auskunftsanspruch, auskunftsverlangen
# Ordinationsstempel (AT)
stempel, praxisstempel, ordinationsstempel, ordistempel
# Support anrufen
support, hotline, supportnummer, supporttelefon, beim support anrufen, euch anrufen, bei euch anrufen, telefonnummer vom support, nummer vom support
# künden (CH)
kündigen, kündigung, =kündet, abo künden, vertrag künden, lizenz künden
# Bericht für den Doktor
therapiebericht, bericht für den doktor, bericht an den doktor, bericht an den doc, bericht für den doc, bericht zum arzt
# Erlagschein/Zahlungsanweisung (AT)
erlagschein, zahlschein, zahlungsanweisung
# English (UK) colloquial
timeout, boots me out, boots me off, keeps booting me out, throws me out, keeps throwing me out, logs me off, keeps logging me off
ladekreis, spinning circle, loading circle, wheel keeps spinning, wheel of death, spinning wheel of death, loading wheel, spinning icon
calendar, diary, appointment diary, appointment book, practice diary
zugangsdaten, login details, sign in details, logon details, my login details
kasse, cash drawer, cash box, cash tin
zuweiser, gp, general practitioner, family doctor, referring gp
# zu oft vertippt = Fehlversuche
fehlversuch, fehlversuche, zu oft vertippt, mehrmals vertippt, passwort vertippt, kennwort vertippt, dreimal vertippt, zu oft falsch getippt, mehrmals falsch getippt
# Zweite Runde, Denglisch, IT-Jargon, Marken und Abkürzungen
# Betriebssystem: "Mac" meint im Gespräch fast immer macOS (und den Rechner)
mac, macos, apple rechner, apple computer, mac os x, os x
systemvoraussetzungen, systemanforderungen, requirements, compatible, compatibility, kompatibel, kompatibilität, läuft das auf dem mac, läuft es auf dem mac, läuft auf dem mac, geht das auf dem mac, geht das mit mac, funktioniert das auf dem mac, funktioniert das mit mac, funktioniert auf dem mac, läuft das auf mac, auch für mac, für mac geeignet, mac kompatibel, mac tauglich, läuft das auf dem ipad, läuft auf dem ipad, läuft das unter linux, läuft unter linux, läuft das unter windows, läuft auf windows, runs on mac, run on a mac, work on a mac, works on mac, works on a mac, mac compatible, compatible with mac, does it run on, will it run on
# Drucker-Marken und -Serien (ohne "hp": zweideutig)
drucker, printer, laserdrucker, laserjet, officejet, deskjet, pixma, isensys, i sensys, ecosys, bizhub, imagerunner, hewlett packard, workcentre, versalink, hp drucker, hp laserjet
druckdialog, print box, print popup, print pop up, druck popup, druckpopup, print preview window
# Kartenterminals: Modelle und mobile Geräte
kartenlesegerät, kartenleser, kartenterminal, cardreader, st1506, st 1506, cherry st 1506, orga 930, orga930, orga 6141 online, mobiles kartenterminal, mobiles kartenlesegerät, mobiler kartenleser, kartenleser mobil
# Smartphones / Tablets
handy, smartphone, google pixel, pixel handy, fairphone, xperia, nokia, iphone se
# Mail-Anbieter und -Programme
email, mail, outlook, office365, o365, m365, microsoft 365, office 365, exchange server, outlook 365, mailprogramm
postausgang, gesendete elemente, gesendete nachrichten, outbox, sent items, sent folder
emailsignatur, mailsignatur, e mail signatur, email signatur, mail signatur, email signature, mail signature, signatur in der mail, signatur der e mail
# Fernwartung
fernwartung, rustdesk, splashtop, quickassist, quick assist, remotedesktop, remote desktop, teamviewer quicksupport
# Oberfläche: Denglisch der Bedienelemente
dropdown, dropdownmenü, dropdownliste, auswahlliste, auswahlfeld, aufklappmenü, aufklappliste, pulldown, pulldownmenü, drop down, drop down menü, pull down, select box
checkbox, checkboxen, kontrollkästchen, kontrollkasten, ankreuzfeld, auswahlkästchen, tickbox, tick box, check box, kästchen
icon, icons, symbol, symbole, piktogramm, schaltflächensymbol
schaltfläche, button, buttons, knopf, knöpfe, schaltflächen
navigation, seitenleiste, navigationsleiste, navigationsmenü, menüleiste, seitenmenü, hauptmenü, sidebar, side bar, navbar, nav bar, side menu, main menu, linke leiste, linkes menü
dashboard, startseite, übersichtsseite, cockpit, hauptseite, home seite, landing page, start page, home page der software
tastenkombination, tastenkombinationen, tastenkürzel, tastaturkürzel, tastaturbefehl, tastenbefehl, hotkey, hotkeys, keyboard shortcut, keyboard shortcuts, tastatur shortcut
ordner, folder, dateiordner, unterordner, subfolder
# Export: "Dump" für einen Komplettabzug
exportieren, export, datenexport, dump, datendump, datenbankdump, data dump, database dump, db dump
# Prüfen: Denglisch "checken"
prüfen, überprüfen, überprüft, geprüft, checken, gecheckt, checkt, check, kontrollieren, kontrolliert, nachprüfen, abchecken, durchchecken
# Heilmittel- und Kassenabkürzungen
verordnung, rezept, heilmittelverordnung, heilmittelrezept, vo, hmv, hmvo, hm vo, evo, e vo, elektronische verordnung, elektronische heilmittelverordnung, privatrezept, privatverordnung
hausbesuch, hausbesuchstermin, heimbesuch, hb, hausbesuche, hb verordnung, hausbesuchsverordnung
abrechnungszentrum, abrechnungsstelle, azh, optadata, rzh, noventi, abrechnungszentrum für heilmittel
kassenabrechnung, heilmittelabrechnung, rezeptabrechnung, dta, dta datei, dta abrechnung, 302er abrechnung, abrechnung nach paragraph 302, sgb v abrechnung, datenträgeraustausch mit den kassen
steuernummer, steuernr, ustid, ustidnr, stnr, st nr, vatnummer, vat nummer, vat nr, vatnr, vat no, tax id, taxid, vat registration number, umsatzsteuernummer, ust nummer, ustnummer
tom, toms, tom dokument, technische maßnahmen, organisatorische maßnahmen, datensicherheitsmaßnahmen, datensicherheit
dsfa, datenschutzfolgenabschätzung, folgenabschätzung, dpia, data protection impact assessment, privacy impact assessment
hausarzt, hausärztin, gp, general practitioner, family doctor, family physician, primary care physician, allgemeinmediziner, allgemeinmedizinerin, allgemeinarzt, allgemeinärztin
logopädie, sprachtherapie, logopäde, logopädin, slt, slp, speech and language therapy, speech and language therapist, speech language pathology, speech pathologist, speech pathology
noshow, ausfall, versäumt, dna, dnas, dna'd, dnaed, did not attend, dna rate
# Zahlungen
überweisung, dauerauftrag, daueraufträge, standing order
rabatt, rabatte, discount, discounts, preisnachlass, ermäßigung, ermäßigt, vergünstigung, sozialtarif, sozialrabatt, reduced rate
kasse, cash, barkasse, cash till, the till, till drawer, cash drawer, cash desk
adresse, address, anschrift, postcode, zipcode, zip code, postal code, post code, postleitzahl
# Zugangsdaten / Login
zugangsdaten, credentials, anmeldedaten, login details, log in details, sign in details, login data, logindaten, accountdaten, userdaten, user daten, account daten
anmeldung, login, einloggen, anmelden, sso, single sign on, einmalanmeldung, passkey, passkeys
# Sitzung: englische Umgangssprache
timeout, inactivity, inaktivität, ausgeloggt, abgemeldet, kicking me out, kicked me out, keeps logging me out, logging me out, throws me out, throwing me out, boots me out, booted out, keeps signing out, keeps timing out, times out, timing out, timed out, session keeps expiring
ladekreis, ladesymbol, spinner, spinning, keeps spinning, just spins, spins forever, spinning circle, loading circle, spinning icon, wheel of death, beachball, beach ball, goes blank, went blank, screen goes white
# Kalender und Termine: britisches Englisch
kalender, calendar, terminkalender, appointment diary, appointment book, practice diary, clinic diary, in the diary, the diary, book in the diary
verschieben, reschedule, rescheduling, rescheduled, umbuchen, move a booking, move the booking, move booking, change a booking, change the booking, amend a booking, amend booking, shift an appointment, push back an appointment, move a session, rebook an appointment
# Patienten anlegen: englische Wendungen
neupatient, neuaufnahme, patientenaufnahme, neuanlage, register a new patient, register a new client, register new patient, register new client, new client registration, set up a new patient, set up a patient, set up new patient, new patient chart, open a new chart, create a chart, onboard a patient, onboard a new patient
# Behandler: "Physio", "Ergo", "Logo" als Berufsbezeichnung
therapeut, therapist, new physio, another physio, extra physio, new physiotherapist, neue physio, neuer physio, neuen physio, neue ergo, neuer ergo, neuen ergo, neue logopädin, neuer logopäde, neue physiotherapeutin, neuer physiotherapeut, neue ergotherapeutin, neuer ergotherapeut
# Lizenzen: englische Wendungen
upgrade, zusatzlizenz, another licence, another license, one more licence, one more license, another seat, another user licence, another user license, extra user, additional user, extra seat, additional seat, user licence, user license
# Support: englische Wendungen
ticket, supportanfrage, supportticket, support case, support cases, case status, chase up my ticket, chase up my request, chase up support, chase support, nachhaken, nachgehakt, nachfassen
# Rechnung stornieren: Denglisch
stornieren, storno, stornierung, stornorechnung, rechnung canceln, rechnung gecancelt, rechnungen canceln, invoice canceln, invoice stornieren, invoice gecancelt, cancelled invoice, canceled invoice, cancel the invoice
# Homeoffice
homeoffice, home office, telearbeit, fernarbeit, von zu hause arbeiten, von zuhause arbeiten, von daheim arbeiten, remote arbeiten, work from home, working from home, wfh
# Denglische Partizipien und Verben
herunterladen, heruntergeladen, runterladen, download, downloaden, gedownloadet, downgeloadet, gedownloaded, downgeloaded, downloadet
hochladen, hochgeladen, upload, uploaden, uploaded, geuploadet, upgeloadet, geuploaded, upgeloaded, uploadet
drucken, ausdrucken, print, printen, ausprinten, printer, geprintet, ausgeprintet, geprinted, printet
zurücksetzen, reset, resetten, geresettet, resettet, geresetted, resetted
synchronisieren, synchronisiert, synchronisation, sync, syncen, gesynct, gesynced, gesyncht, synct, syncht, synchen
hängt, absturz, abgestürzt, crash, crashed, freeze, eingefroren, hängen, crashen, crasht, gecrasht, gecrashed, abgecrasht, abcrashen, freezt, gefreezt, eingefreezt
deinstallieren, deinstalliert, deinstallation, uninstall, uninstalled, uninstalling, runterschmeißen, runtergeschmissen
weiterleiten, weitergeleitet, weiterleitung, forwarden, geforwardet, fwd, forward an email, forward the email, forward a mail
# Namen
nachname, familienname, zuname, surname, last name, family name
vorname, rufname, first name, forename, given name
# Hardware und Speicher
tastatur, keyboard, bildschirmtastatur, on screen keyboard, touch keyboard, funktastatur
maus, mouse, computermaus, funkmaus, touchpad, trackpad
eingabestift, stylus, touchstift, touchpen, apple pencil, s pen, digitalstift, signierstift
multimonitor, dualmonitor, zweiter bildschirm, zweiter monitor, zwei bildschirme, dual monitor, second screen, second monitor, erweiterter desktop
usbstick, speicherstick, memorystick, flashdrive, usb stick, usb drive, flash drive, thumb drive, pen drive, usb speicher
festplatte, harddisk, ssd, hdd, hard drive, externe festplatte, external hard drive
=nas, netzwerkspeicher, synology, qnap, netzlaufwerk, netzwerklaufwerk, network drive, network storage
cloudspeicher, dropbox, onedrive, nextcloud, owncloud, magentacloud, google drive, icloud drive, cloud storage, cloud speicher
terminalserver, citrix, rdp, thinclient, terminal server, thin client, remote desktop services, remotedesktopdienste
telefonanlage, tkanlage, voip, sip, cti, telefonie, fritzfon, placetel, sipgate, starface, 3cx, tk anlage, cloud telefonanlage
qrcode, qr code, qr kod, qr scannen, qr code scannen
# Browser-Meldungen und -Modi
internetverbindung, verbindungsfehler, netzwerkfehler, connection, verbindungsabbruch, err connection refused, err connection timed out, err connection reset, err name not resolved, err internet disconnected, dns probe finished nxdomain, this site can't be reached, site can't be reached, diese website ist nicht erreichbar, website nicht erreichbar, seite nicht erreichbar, server nicht gefunden, server not found
zertifikatsfehler, zertifikatfehler, sslfehler, sslzertifikat, certificate error, ssl error, ssl fehler, zertifikat ungültig, ungültiges zertifikat, invalid certificate, verbindung ist nicht privat, ihre verbindung ist nicht privat, your connection is not private, err cert, net err cert, nicht sicher, not secure
inkognito, incognito, inkognitomodus, incognitomodus, inprivate, privates fenster, privater modus, private window, private browsing, privates surfen, inkognito fenster, incognito window, privatmodus
fehler, error, serverfehler, fehlermeldung, error 500, fehler 500, http 500, 500 error, 500er fehler, status 500, code 500, http fehler, http error, error 400, fehler 400
störung, serverausfall, outage, downtime, 502 bad gateway, bad gateway, 503 service unavailable, service unavailable, service temporarily unavailable, gateway timeout, 504 gateway timeout, error 502, error 503, fehler 502, fehler 503
rechtschreibprüfung, rechtschreibkorrektur, autokorrektur, spellcheck, spellchecker, autocorrect, spell check, spelling check, rote wellenlinie, rot unterstrichen
diktieren, diktiert, diktat, diktierfunktion, spracheingabe, spracherkennung, dictation, dictate, speech to text, voice input, voice typing, dragon, sprache zu text
undo, strg z, ctrl z, cmd z, letzte aktion rückgängig, letzten schritt rückgängig
# Praxisalltag: Denglisch
wartezimmer, checkin, eingecheckt, einchecken, checked in, patient ist da, patient angekommen, ankunft erfassen, als angekommen markieren, mark as arrived, patient arrived
notfalltermin, notfallpatient, notfallpatientin, akuttermin, akutpatient, akutpatientin, walkin, walk in, drop in, ohne termin, spontan vorbeigekommen, emergency appointment, urgent appointment
videosprechstunde, videotherapie, videobehandlung, teletherapie, telemedizin, telehealth, telepraxis, videocall, videochat, videotelefonie, onlinetherapie, redmedical, elvi, jitsi, video consultation, video call, video session, online therapie, online sitzung, red medical
ausgeschieden, offboarding, offboarden
reha, rehabilitation, rehab, rehaeinrichtung, rehaklinik, rehazentrum
rehasport, rehabilitationssport, funktionstraining, rehasportgruppe, muster 56
krankenhaus, klinik, hospital, kh, krankenhausaufenthalt
verordnung, rezept, prescription, rx
diagnose, diagnosis, icd, dx
patientenakte, akte, kartei, =ehr, emr, digitale akte, digitale patientenakte, elektronische akte, electronic medical record, electronic health record
vsdm, vsd, versichertenstammdaten, onlineprüfung, online prüfung der egk, online check der karte
# Bank und Zahlung
bankverbindung, iban, bic, kontonummer, swift, swiftcode, swift code, bic code, kontonr, ktonr, kto nr, konto nr
skonto, skontoabzug, skontofrist, cash discount, early payment discount
zuzahlung, selbstbehalt, selbstbeteiligung, deductible
# Buchhaltungsprogramme
datev, buchhaltungssoftware, buchhaltungsprogramm, fibu, xero, quickbooks, buchhaltungsbutler, fastbill, debitoor, stotax, wiso mein büro, sage 50, sage 100, lexware buchhaltung, lexware office, sevdesk export, lexoffice export
# Englisch: SMS / Texte
sms, textnachricht, kurznachricht, send a text, text the patient, text patients, text message reminder, reminder texts, reminder text, texted
# Termin: "booking" im britischen Englisch
termin, appointment, appointments, behandlungstermin, booking, bookings
# Englische Umgangssprache: Anmeldung, Support, Termine, Lizenzen, Selbstzahler
login, signin, logon, can't log on, cant log on, cannot log on, can't logon, can't sign on, can't get in, cant get in, cannot get in, can't get into my account, cannot get into my account, can't access my account, cannot access my account, unable to access my account, won't let me in, wont let me in, doesn't let me in, not letting me in
support, helpdesk, customer care, get in touch, get in touch with support, speak to someone, speak to support, speak to a person, talk to a human, reach you, contact you
ticket, supportticket, log a ticket, log a call, log an issue, file a ticket, open a case, raise a case, raise a support ticket, submit a ticket
appointment, appointments, slot in, slot someone in, slot a patient in, slot them in, book someone in, book a patient in, book a client in, book them in, pencil in, pencilled in, penciled in
ausgeschöpft, exhausted, maxed, maxed out, hit the limit, reached the limit, limit hit, out of seats, no seats left, no free seats, all seats taken, all seats used, all licences used, all licenses used, all licences in use, all licenses in use, no more licences, no more licenses, no spare licence, no spare license
selbstzahler, selfpay, selfpayer, privatzahler, self funded, self funding, selffunded, private pay, privately paying, out of pocket, cash paying, cash pay, uninsured, unversichert, nicht versichert
drucker, printer, won't print, wont print, will not print, doesn't print, doesnt print, not printing, nothing prints, print button does nothing, hit print, press print, click print
# Britische und amerikanische Schreibweisen
dialog, dialogue, dialogbox, dialogfenster, dialog box, dialogue box
favorit, favoriten, favourite, favorite, favourites, favorites, lesezeichen, bookmark
anpassen, customise, customize, customised, customized, personalisieren, personalise, personalize, individualisieren
auswertung, analyse, analysis, analyze, analyses
# Pluralformen von Abkürzungen, die der Stemmer nicht kürzt
verordnung, vo, vos, hmv, hmvs
auftragsverarbeitungsvertrag, avv, avvs
computer, pc, pcs, rechner
mac, macs, macbook
# Weitere Geräte, Marken, Dienste
scanner, plustek, avision, kodak alaris, brother ads
internet, speedport, easybox, homebox, vodafone station, o2 homebox, telekom router
virenscanner, crowdstrike, sentinelone, webroot, fsecure, f secure, eset endpoint
zahlungsart, zahlungsmethode, klarna, giropay, sofortüberweisung, paydirekt, mollie, adyen
# IT-Begriffe
anmeldeseite, loginseite, loginmaske, anmeldemaske, anmeldefenster, loginfenster, anmeldeformular, loginformular, login screen, sign in page, sign in screen, login form
=link, url, hyperlink, weblink, webadresse, internetadresse
phishing, phishingmail, betrugsmail, spoofing, fake mail, gefälschte mail, gefälschte email, verdächtige mail, verdächtige email, suspicious email, scam email
gehackt, hacker, hackerangriff, cyberangriff, hacked, kompromittiert, compromised, ransomware, trojaner, malware, verschlüsselungstrojaner, virus, viren
passwortrichtlinie, kennwortrichtlinie, passwortregeln, passwortanforderungen, passwortkomplexität, password policy, password requirements, password rules, sicheres passwort, strong password
schnittstelle, schnittstellen, api, apis, integration, integrationen, rest api, webhook, webhooks, gdt, ldt, bdt, xdt, gdt schnittstelle
testzugang, testversion, demoversion, demozugang, probeversion, testphase, testaccount, trial, free trial, kostenlos testen, test account, demo account
testumgebung, sandbox, testsystem, staging, test environment
sla, uptime, service level agreement, service level, verfügbarkeitsgarantie, systemverfügbarkeit
screencast, bildschirmaufzeichnung, bildschirmvideo, loom, screen recording, screen recorder
# Gesundheitswesen: Abkürzungen
diga, digas, digitale gesundheitsanwendung, digitale gesundheitsanwendungen, app auf rezept
mvz, versorgungszentrum, gesundheitszentrum, therapiezentrum, medizinisches versorgungszentrum
kbv, kassenärztliche bundesvereinigung
gba, g ba, gemeinsamer bundesausschuss
zulassung, kassenzulassung, zulassungsbescheid, zulassungsstelle, arge ik, argeik, zulassungsnummer
# Büro-Abkürzungen
kundennummer, vertragsnummer, vertragsnr, vertrags nr, contract number
rechnungsnummer, renr, re nr, re nummer, invoice no
# Denglisch: Komposita getrennt geschrieben, "booken"
kalenderansicht, kalenderlayout, calendar view, kalender layout, kalender ansicht, kalender darstellung, kalender view, calendar layout, wochen view, tages view, monats view
buchen, gebucht, booken, gebookt, gebooked, bookt, einbuchen
# Zweite Runde, Rollen, Dinge nach Zweck oder Aussehen, Umschreibungen
# Personen und Rollen, wie Praxisteams sie nennen (neue Wörter plus die Kernwörter ihrer Gruppe, denn ein neues
# Wort steht nur für die Wörter seiner eigenen Zeile)
mitarbeiter, mitarbeiterin, mitarbeitende, personal, angestellte, kollegin, kollege, aushilfskraft, aushilfen, minijob, geringfügig beschäftigte, geringfügig beschäftigter, freie mitarbeiterin, freier mitarbeiter, freelancer, belegschaft, teammitglieder, beschäftigte, beschäftigter, arbeitnehmer, arbeitnehmerin, temporary staff
angehörige, angehöriger, eltern, elternteil, familienangehörige, mutter, =vater, mama, papa, oma, opa, großmutter, großvater, tochter, sohn, ehemann, ehefrau, lebensgefährte, lebensgefährtin, enkel, enkelin, mother, father, mum, mom, dad, daughter, son, husband, wife, parents
zuweiser, verordner, verordnerin, hausarzt, hausärztin, orthopäde, orthopädin, neurologe, neurologin, kinderarzt, kinderärztin, facharzt, fachärztin, hno arzt, hno ärztin, allgemeinmediziner, allgemeinmedizinerin, chirurg, chirurgin, referring doctor, gp, family doctor
itbetreuer, itdienstleister, edvbetreuer, systembetreuer, it mann, it frau, it kollege, it verantwortlicher, it verantwortliche, computerfachmann, edv mann, it guy, it person
webdesigner, webentwickler, webagentur, grafiker, grafikerin, grafikdesigner, grafikdesignerin, werbeagentur, designagentur, mediengestalter, mediengestalterin, graphic designer, design agency
rezeption, empfang, empfangstresen, anmeldetresen, empfangskraft, anmeldekraft, empfangsteam, rezeptionist, receptionists, an der anmeldung, am anmeldetresen, vorne am empfang, frau am empfang, dame am empfang, mitarbeiterin am empfang, mitarbeiter am empfang, kollegin am empfang, kollege am empfang, front desk staff
ausgeschieden, ehemalig, ehemalige, ehemaliger, kollegin hört auf, kollege hört auf, mitarbeiterin hört auf, mitarbeiter hört auf, therapeutin hört auf, therapeut hört auf, hört bei uns auf, hat bei uns aufgehört, ist nicht mehr bei uns, verlässt uns, is leaving
benutzerverwaltung, nutzerverwaltung, mitarbeiterzugang, mitarbeiterkonto, benutzerkonto, fängt bei uns an, fängt neu an, neu im team, neu angestellt, neue kraft, neue empfangskraft, neue bürokraft, neue aushilfe, new hire, new starter, just started
behandler, therapeut, therapeutin, behandlerprofil, behandlerverwaltung, trainer, trainerin, kursleiter, kursleiterin, bademeister, bademeisterin, medizinischer bademeister, medizinische bademeisterin, neue physiotherapeutin, neuer physiotherapeut, neue ergotherapeutin, neuer ergotherapeut, neue logopädin, neuer logopäde, neue ärztin, neuer arzt, neue heilpraktikerin, neuer heilpraktiker, therapeutin eintragen, therapeut eintragen, behandler eintragen, new physio, new physiotherapist
neupatient, neupatientin, neuaufnahme, patientenaufnahme, neukunde, neukundin, neuanlage, patientenanlage, noch nie bei uns, war noch nie bei uns, zum ersten mal, das erste mal bei uns, erstes mal bei uns, kommt zum ersten mal, neuer kunde, neue kundin, neuen kunden, kunde aufnehmen, kunden aufnehmen, kundin aufnehmen, klient aufnehmen, klientin aufnehmen, patientin aufnehmen, patienten aufnehmen, patientin eintragen, kunden eintragen, kunden anlegen, first time patient, first time here
steuerberater, steuerberaterin, steuerbüro, steuerkanzlei, steuerfachangestellte, steuerfachangestellter, steuerberatungsbüro
buchhaltung, buchhalter, buchhalterin, finanzbuchhaltung, buchhaltungsbüro, buchungsbüro
praxisinhaber, praxisinhaberin, inhaber, inhaberin, chef, chefin, praxisbetreiber, praxisbetreiberin, eigentümer, eigentümerin, praxiseigentümer, praxiseigentümerin, praxischef, praxischefin, owner
datenschutzbeauftragter, datenschutzbeauftragte, datenschützer, datenschutzberater, datenschutzberaterin, privacy officer
# Gegenstände, beschrieben nach Aussehen oder Zweck
schaltfläche, schaltflächen, button, buttons, knopf, knöpfe, schalter
symbol, symbole, icon, icons, bildchen, piktogramm
kontrollkästchen, checkbox, kästchen, häkchen, ankreuzen, angekreuzt, kreuzchen, tick box, checkbox ticked
menü, menu, navigation, seitenleiste, menüleiste, symbolleiste, werkzeugleiste, toolbar, sidebar, navigationsleiste, navigationsmenü, drei punkte, drei pünktchen, drei striche, hamburger menü, hamburgermenü, burger menü, leiste links, linke leiste, leiste oben, three dots, three lines, hamburger menu, side menu, navigation bar
dashboard, übersichtsseite, cockpit, hauptseite, hauptübersicht, overview page
dialogfenster, dialog, dialogbox, fensterchen, kleines fenster, hinweisfenster, meldungsfenster, popup, dialog box, little window, small window
popup, popups, popupblocker, popupfenster, kein fenster, kommt kein fenster, es kommt kein fenster, fenster erscheint nicht, fenster kommt nicht, fenster geht nicht auf, no window, no window appears, window does not appear, window doesn't open
suchfunktion, suchfeld, suchleiste, lupe, lupensymbol, magnifying glass, search icon
glocke, glockensymbol, glöckchen, benachrichtigung, benachrichtigungen, bell icon, notification bell
weltkugel, weltkugelsymbol, globus, erdkugel, globe, globe icon
plussymbol, pluszeichen, plusknopf, plusbutton, plus zeichen, plus knopf, plus button, plus icon, plus sign
bearbeiten, editieren, stiftsymbol, bleistift, bleistiftsymbol, stift symbol, pencil icon, edit icon
pflichtfeld, pflichtfelder, pflichtangabe, rot markiert, rot umrahmt, rote felder, rote rahmen, rot unterstrichen, red border, fields in red, highlighted in red
egk, gesundheitskarte, versichertenkarte, krankenversichertenkarte, kassenkarte, karte vom patienten, karte des patienten, kassenkärtchen, krankenkassenkärtchen, versichertenkärtchen, versicherungskärtchen, chip vom patienten
kartenlesegerät, kartenleser, lesegerät, kartenterminal, kartengerät, einlesegerät, gerät für die karte, gerät für die gesundheitskarte, gerät für die krankenkassenkarte, gerät für die versichertenkarte, leser für die karte
verordnung, rezept, heilmittelverordnung, verordnungszettel, rezeptzettel, physiozettel, zettel vom arzt, rezept abtippen, verordnung abtippen, rezept einpflegen, verordnung einpflegen, rezept aufnehmen, verordnung aufnehmen, rezept übernehmen, type in prescription
arztbrief, arztbericht, entlassbrief, schreiben vom arzt, bericht vom arzt, brief vom facharzt, brief vom hausarzt, brief vom orthopäden, brief aus dem krankenhaus, brief aus der klinik, bericht aus der klinik, bericht vom krankenhaus, letter from the doctor, letter from the hospital
terminübersicht, terminzettel, terminkarte, terminkärtchen, zettel mit den terminen, termine auf einem zettel, termine mitgeben, terminübersicht mitgeben, termine zum mitnehmen, liste der termine für den patienten
tagesplan, tagesliste, terminliste, kalender drucken, kalender ausdrucken, wochenplan drucken, wochenplan ausdrucken, terminplan drucken, terminplan ausdrucken, print calendar, print the calendar, print the schedule
browser, webbrowser, internetbrowser, internetprogramm, surfprogramm, blaue e, blaues e
betriebssystem, macos, mac, macbook, imac, apple computer, apple rechner
# Handlungen, beschrieben nach dem Ziel
kassenabrechnung, krankenkassenabrechnung, heilmittelabrechnung, rezeptabrechnung, zur kasse schicken, zur krankenkasse schicken, rezepte wegschicken, rezepte abschicken, rezepte einsenden, verordnungen einschicken, geld von der kasse, geld von der krankenkasse, geld von den kassen, geld von den krankenkassen, kasse bezahlt die behandlung, kassenpatienten abrechnen, gesetzlich versicherte abrechnen, gkv patienten abrechnen, kassenleistungen abrechnen, send prescriptions to the insurer
abrechnungszentrum, abrechnungsstelle, abrechnungszentrale, rezepte ans rechenzentrum, ans rechenzentrum schicken, an das rechenzentrum schicken, abrechnung über das rechenzentrum, abrechnung übers rechenzentrum, über das rechenzentrum abrechnen, rechenzentrum für heilberufe
urbeleg, urbelege, begleitzettel, rezeptversand, originalrezepte, originalverordnungen, originalrezept, originalverordnung, papierrezepte, rezepte im original, original prescriptions
fehlversuch, fehlversuche, anmeldeversuch, loginversuch, zu oft vertippt, mehrmals vertippt, mehrfach vertippt, passwort vertippt, kennwort vertippt, zu oft falsch eingetippt, mehrmals falsch eingetippt, mehrmals falsch, mehrfach falsch, typed wrong password, mistyped password
anmeldung, anmelden, einloggen, login, komm ich nicht rein, komme ich nicht rein, komm nicht rein, kommt man nicht rein, komm nicht mehr rein, komme ich nicht mehr rein, kann mich nicht einloggen, kann mich nicht mehr einloggen, kann mich nicht mehr anmelden, can't get in, cannot get in
passwortänderung, passwortwechsel, kennwortänderung, passwort festlegen, kennwort festlegen, neues passwort festlegen, neues kennwort festlegen, neues passwort setzen, neues kennwort setzen, set new password, set a new password
timeout, inaktivität, ausgeloggt, abgemeldet, inactivity, nach der pause, nach der mittagspause, nach einer pause, nach jeder pause, nach kurzer pause, wenn ich eine weile nichts mache, after lunch, after a break, after lunch break, kicking me out, kicked me out, keeps kicking me out, throws me out, throwing me out, keeps throwing me out
nachtrag, nachträglich, nachgetragen, verlaufseintrag, eintrag ändern, eintrag korrigieren, eintrag bearbeiten, alten eintrag, älteren eintrag, alter eintrag, eintrag von gestern, doku ändern, doku korrigieren, dokumentation ändern, dokumentation korrigieren, verlauf ändern, change an old entry, edit a note
festschreiben, festgeschrieben, finalisieren, nicht mehr ändern, kann nicht mehr ändern, kann ich nicht mehr ändern, nicht mehr bearbeiten, kann nicht mehr bearbeiten, kann ich nicht mehr bearbeiten, schreibgeschützt, readonly, read only, can't edit, cannot edit, no longer editable
drucker, druckereinrichtung, druckerinstallation, druckertreiber, standarddrucker, drucker installieren, drucker einrichten, drucker hinzufügen, drucker fehlt, drucker wird nicht angezeigt, drucker taucht nicht auf, drucker nicht in der liste, drucker nicht auswählbar, drucker kann nicht ausgewählt werden, kein drucker gefunden, drucker nicht gefunden, printer not listed, printer missing, printer not showing, add printer, install printer
download, downloadordner, heruntergeladen, gespeichert statt angezeigt, wird nur gespeichert, nur gespeichert statt geöffnet, gespeichert statt geöffnet, statt angezeigt, statt geöffnet, anstatt angezeigt, anstatt geöffnet, saves instead of opening, downloads instead of showing
ladekreis, ladesymbol, spinner, kreisel, drehendes rad, drehender kreis, drehendes rädchen, rad dreht sich, kreis dreht sich, kreisel dreht sich, ladekringel, dreht und dreht, spinning circle, spinning wheel, wheel keeps spinning
mobil, mobile, smartphone, handy, tablet, fürs handy, fürs tablet, fürs ipad, fürs smartphone, fürs iphone, für das handy, auf dem iphone, am iphone, auf dem smartphone, am smartphone, auf dem android, auf meinem handy, auf meinem iphone, for my phone, for mobile, on my iphone, on my android
app, apps, handyapp, gibt es eine app, gibt es eine handyapp, gibt es eine handy app, app zum herunterladen, is there an app
barkasse, kassenbuch, bargeld, kassenbestand, geld in der kasse, bargeld in der kasse
tagesabschluss, kassenabschluss, kassensturz, tageseinnahmen, kasse abends, kasse am abend, kasse zum feierabend, am ende des tages, tagesende, am tagesende, geld fehlt in der kasse, zu wenig geld in der kasse, zu viel geld in der kasse, einnahmen des tages, tagesumsatz bar, kasse abrechnen, end of the day, till does not balance, daily takings
terminerinnerung, erinnerung, vergessen ihre termine, vergessen termine, vergessen die termine, vergessen ihren termin, vergessen den termin, an den termin erinnern, an termine erinnern, an ihren termin erinnern, vorher benachrichtigen, vorher anschreiben, vorher eine sms, forget appointments, forget their appointments, remind patients
mahnung, zahlungserinnerung, mahnen, erinnerung an offene rechnung, erinnerung an die rechnung, an die rechnung erinnern, an die zahlung erinnern, erinnerung an die zahlung, zahlung anmahnen, remind to pay
lizenzrechnung, softwarerechnung, lizenzgebühr, eure rechnung, eure rechnungen, rechnung von ihnen, rechnungen von euch, rechnung für das programm, rechnung für die software, rechnungen für die software, rechnungen für das programm, your invoice, your invoices, invoice from you
rechnungsbetrag, rechnungssumme, gesamtbetrag, höher als letzten monat, höher als sonst, teurer als sonst, teurer als letzten monat, mehr als sonst, mehr als letzten monat, higher than last month, more than usual
upgrade, aufstocken, erweitern, zusatzlizenz, lizenzerweiterung, mehr therapeuten, mehr therapeutinnen, weitere therapeuten, weitere therapeutinnen, zusätzliche therapeuten, mehr ärzte, weitere ärzte, zusätzliche behandler, weitere behandler, therapeuten freischalten, behandler freischalten, noch einen platz, weiteren platz, zusätzlichen platz, einen platz mehr, more therapists, more practitioners, additional therapists, another seat, extra seat, one more seat
downgrade, reduzierung, lizenzreduzierung, lizenzreduktion, weniger therapeuten, weniger therapeutinnen, weniger ärzte, weniger mitarbeiter, fewer therapists, fewer practitioners
ausgeschöpft, aufgebraucht, kontingent, behandlerkontingent, keine plätze mehr, kein platz mehr, keine plätze frei, alle plätze belegt, plätze voll, lizenzplatz, behandlerplatz, therapeutenplatz, no seats left, all seats used
praxisaufgabe, praxisschließung, praxisauflösung, ruhestand, macht die praxis zu, machen die praxis zu, mache die praxis zu, praxis wird geschlossen, schließt die praxis, schließe die praxis, geht in rente, gehe in rente, in den ruhestand, hört auf zu arbeiten, going to retire, closing down
umzug, umziehen, umgezogen, praxisumzug, zieht um, ziehen um, ziehe um, zogen um, praxis zieht um, move premises, moving house
rechnungsadresse, rechnungsempfänger, rechnungsempfängerin, rechnungsanschrift, rechnung an die eltern, rechnung an die mutter, rechnung an den vater, rechnung an angehörige, rechnung an den ehemann, rechnung an die ehefrau, rechnung an jemand anderen, rechnung an eine andere person, bill the parents, invoice the parents
auskunft, datenauskunft, auskunftsersuchen, auskunftsanfrage, selbstauskunft, welche daten wir haben, welche daten haben wir, welche daten über ihn, welche daten über sie, was wir über ihn gespeichert haben, welche daten über mich, kopie seiner unterlagen, kopie ihrer unterlagen, kopie seiner akte, kopie ihrer akte, kopie seiner daten, kopie ihrer daten, unterlagen herausgeben, what data do you have, what data we hold
löschantrag, löschung, löschersuchen, will dass alles gelöscht wird, alles löschen lassen, daten löschen lassen, seine daten löschen, ihre daten löschen, vergessen werden
zusammenführen, dublette, doppelt, nochmal angelegt, noch einmal angelegt, erneut angelegt, versehentlich angelegt, aus versehen angelegt, zweites mal angelegt, ein zweites mal angelegt, created twice
stornieren, storno, stornorechnung, korrekturrechnung, rechnung neu machen, rechnung nochmal machen, rechnung nochmal erstellen, falscher name auf der rechnung, falsche adresse auf der rechnung, falscher rechnungsempfänger, rechnung umschreiben, redo invoice
datensicherheit, informationssicherheit, itsicherheit, cybersicherheit, hacker, hackerangriff, cyberangriff, gehackt, datenleck, datenpanne, datenschutzpanne, datenschutzverletzung, datenklau, ransomware, hackers, hacked, data breach, cyber attack
rechenzentrum, serverstandort, hosting, datenstandort, wo sind die daten, wo sind unsere daten, wo sind meine daten, wo werden die daten gespeichert, wo werden unsere daten gespeichert, wo werden meine daten gespeichert, wo werden daten gespeichert, wo speichert ihr, where is our data, where is my data
hardwaredefekt, hardwareausfall, festplattendefekt, festplattencrash, rechnerausfall, computerausfall, pc kaputt, computer kaputt, rechner kaputt, laptop kaputt, festplatte kaputt, pc defekt, computer defekt, laptop defekt, pc ist kaputt, computer ist kaputt, computer broke, computer died, hard drive failure
datensicherung, backup, sicherung, sicherungskopie, auf usb sichern, auf stick sichern, auf festplatte sichern, daten auf usb, daten auf stick, sicherung auf usb, sicherung auf stick, backup auf usb, backup to usb, backup on usb
support, hotline, kundenservice, supportanfrage, supportportal, =erreiche, wie erreiche ich euch, wie erreiche ich sie, wie erreicht man euch, euch erreichen, euch kontaktieren, kontakt zu euch, kontakt zum support, euch anrufen, euch schreiben, how do i contact you, how to contact you, how can i reach you, reach you, contact you
ticket, anfrage, supportanfrage, ticketstatus, antwort auf meine frage, antwort auf meine anfrage, wo ist die antwort, antwort nachsehen, antwort von euch, answer to my question, reply to my request
absagen, absage, abgesagt, termin austragen, termine austragen, termin ausgetragen, termin rausnehmen, termin rauslöschen, termin entfernen
noshow, versäumt, verpasst, patient war nicht da, patientin war nicht da, war nicht zum termin da, nicht zum termin gekommen, ist nicht erschienen, didn't show up, did not show up
verschieben, verlegen, umbuchen, verschoben, umverteilen, umverteilt, termine umverteilen, termine übertragen, auf einen anderen behandler, auf einen anderen therapeuten, auf eine andere therapeutin, auf eine kollegin, auf einen kollegen, reassign, reassign appointments
abwesenheit, urlaub, abwesend, therapeut ist krank, therapeutin ist krank, kollegin ist krank, kollege ist krank, behandler ist krank, mitarbeiterin ist krank, mitarbeiter ist krank, krankheitsausfall, krankheitsbedingt, krank gemeldet, hat sich krank gemeldet, staff sick, therapist is ill, therapist is sick
kalenderansicht, tagesansicht, wochenansicht, teamansicht, behandler fehlt, therapeut fehlt, therapeutin fehlt, kollege fehlt, kollegin fehlt, behandler fehlen, kollegen fehlen, nicht im kalender, fehlt im kalender, fehlen im kalender, therapist missing from calendar
onlinebuchung, onlineterminbuchung, terminbuchung, buchungsseite, im internet buchen, übers internet buchen, über das internet buchen, über die homepage buchen, über die website buchen, über unsere homepage, über unsere website, selbst termine machen, selbst termine buchen, termine selbst buchen, patienten buchen selbst, book via website, book on our website, patients book themselves
serientermin, terminserie, terminreihe, serie, alle folgenden termine, alle weiteren termine, alle künftigen termine, alle zukünftigen termine, alle restlichen termine, restliche termine, kommt jede woche, kommt regelmäßig, immer am gleichen tag, immer zur gleichen zeit, sechs termine, zehn termine, alle termine eines rezepts, alle termine vom rezept, termine für das rezept, termine fürs rezept, termine zum rezept, termine für die verordnung, following appointments, all following appointments, same time every week, every week same time, all appointments for a prescription
versionshinweise, neuerungen, changelog, neuigkeiten, ist woanders, sind woanders, jetzt woanders, auf einmal woanders, plötzlich woanders, knopf woanders, button woanders, was ist anders, was ist jetzt anders, alles anders, änderungen im programm, was wurde geändert, what is different, moved somewhere else
zuzahlungsbefreit, zuzahlungsbefreiung, befreiung, von der zuzahlung befreit, von zuzahlung befreit, zuzahlung befreit, keine zuzahlung, muss nichts zuzahlen, muss keine zuzahlung
systemwechsel, softwarewechsel, anbieterwechsel, umstieg, andere software, anderes programm, neue software, software wechseln, programm wechseln, zu einem anderen anbieter, anderer anbieter, anbieter wechseln, switch provider, other software
systemvoraussetzungen, systemanforderungen, mindestanforderungen, kompatibel, alter computer, alter pc, alter laptop, älterer computer, älterer pc, reicht mein computer, reicht mein pc, reicht mein laptop, läuft das auf, läuft das auch auf, funktioniert das auf, funktioniert das auch auf, geht das auf, geht das auch auf, old computer, old pc, will it run on
fehler, fehlermeldung, rote meldung, rote fehlermeldung, roter kasten, rote box, rotes fenster, red message, red error, red box
versicherung, krankenversicherung, versicherungsdaten, versicherungsstatus, kassenwechsel, krankenkassenwechsel, neue krankenkasse, neue kasse, kasse gewechselt, krankenkasse gewechselt, versicherung gewechselt, changed insurer, new insurer
verstorben, gestorben, todesfall, verstorbene, verstorbener, deceased, passed away, patient verstorben, patient gestorben
heirat, namensänderung, geheiratet, heißt jetzt anders, neuer familienname, familienname geändert, mädchenname, geburtsname, maiden name
behandlungsende, therapieende, behandlungsabschluss, therapieabschluss, rezept ist fertig, rezept ist durch, alle behandlungen gemacht, alle termine gemacht, end of treatment, treatment completed
serienbrief, rundschreiben, rundmail, massenmail, newsletter, alle patienten anschreiben, alle patienten informieren, allen patienten schreiben, allen patienten eine mail, an alle patienten, rundmail an alle, email to all patients, write to all patients
einwilligung, einverständnis, zustimmung, einwilligungen, optout, opt out, unsubscribe, einwilligung widerrufen, widerruf der einwilligung, will keine mails mehr, will keine sms mehr, möchte keine sms, möchte keine mails, keine werbung mehr
zweifaktor, zweifaktorauthentifizierung, 2fa, einmalcode, sicherheitscode, zusätzlicher code, extra code, zweiter code, handycode, code per app, code aus dem handy, bestätigung per handy, bestätigung übers handy, zusätzliche sicherheit beim login, additional code, extra code on login
formular, formulare, fragebogen, anamnesebogen, bogen ausfüllen, bögen ausfüllen, zettel ausfüllen, fragebogen ausfüllen lassen, ausfüllen lassen, patient füllt aus, patienten füllen aus, selbst ausfüllen lassen, fill out a form, fill in a form
dokumentation, behandlungsdokumentation, verlaufseintrag, verlauf, behandlungsnotiz, aufschreiben was ich gemacht habe, behandlung aufschreiben, behandlung notieren, notizen zur behandlung, notizen machen, notizen schreiben, was gemacht wurde, write up session, write notes, session write up
rolle, rechte, berechtigung, berechtigungen, zugriffsrechte, darf nur, nur lesen, lesezugriff, leserechte, schreibrechte, nur lesend, read access, read only access, can only see
praxisdaten, praxisadresse, praxisanschrift, praxisname, unsere adresse, unsere anschrift, unsere telefonnummer, adresse der praxis, telefonnummer der praxis, unsere bankverbindung, bankverbindung der praxis, our address, our practice address
vorlage, vorlagen, briefvorlage, textvorlage, standardbrief, standardschreiben, standardmail, standardemail, vorgefertigter text, vorgefertigte texte, vorgefertigter brief, standard letter, ready made text
platzhalter, serienfeld, platzhalterfeld, automatisch einsetzen, automatisch eingesetzt, automatisch einfügen, automatisch eingefügt, automatisch ersetzen, automatisch ersetzt, automatisch ausfüllen lassen, name automatisch, filled in automatically, inserted automatically
exportieren, export, datenexport, in excel, nach excel, ins excel, als excel, als exceldatei, in einer tabelle, als tabelle, als liste herunterladen, into excel, to excel, as a spreadsheet, into a spreadsheet
datev, datevexport, buchhaltungsexport, unterlagen für den steuerberater, belege für den steuerberater, zahlen für den steuerberater, für den steuerberater, an den steuerberater, for the accountant, for my accountant
lastschrift, sepa, sepalastschrift, abbuchung, einzug, ihr bucht ab, ihr zieht ein, bucht ihr ab, zieht ihr ab, abbuchung von euch, eure abbuchung, eure lastschrift, you debit, your direct debit
hochladen, upload, hochgeladen, in die akte legen, in die akte packen, in die akte tun, zur akte nehmen, in der akte ablegen, in der akte speichern, add to the record, attach to the record
privatpatient, selbstzahler, privatrechnung, privat abrechnen, privat abgerechnet, zahlt privat, zahlt selbst, bezahlt selbst, selbst bezahlen, privat bezahlen, pays privately, pays out of pocket, out of pocket
unbezahlt, überfällig, zahlungsverzug, schuldet uns geld, schuldet geld, schuldet uns, noch nicht bezahlt, hat noch nicht gezahlt, owes us money, has not paid
gesamtexport, komplettexport, vollexport, alle daten mitnehmen, unsere daten mitnehmen, meine daten mitnehmen, daten rausholen, alle daten rausholen, alles exportieren, take my data with me, take our data with us, get my data out, get all our data out, export everything
# Dritte Runde, Beschreibungen im Anfrageformular: Alltagswörter erzählender Sätze
ausdrucken, drucken, druck, ausdruck
anlegen, erstellen, hinzufügen
eintragen, erfassen
hinzufügen, anlegen
hochladen, upload
herunterladen, download
einloggen, anmelden, login, anmeldung
reinkommen, anmelden, anmeldung, login
abmelden, abmeldung, logout
zurücksetzen, reset
ausfüllen, ausgefüllt
einlesen, eingelesen
einrichten, einrichtung
anschließen, verbinden
einscannen, scannen, scan
abrechnen, abrechnung
zusammenführen, zusammenführung
wiederherstellen, wiederherzustellen, wiederherstellung
umstellen, ändern
freischalten, aktivieren, entsperren
absagen, absage
einbinden, einbindung
abtippen, abgetippt, eintippen
# Festhalten, aufschreiben = dokumentieren
dokumentation, dokumentieren, dokumentiert, verlaufseintrag, festhalten, festgehalten, aufschreiben, aufgeschrieben, niederschreiben, niedergeschrieben, notieren, notiert, mitschreiben, mitgeschrieben, was ich gemacht habe, was wir gemacht haben
# Fehlversuche, erzählt
fehlversuch, fehlversuche, anmeldeversuch, loginversuch, mehrmals probiert, mehrfach probiert, fünfmal probiert, dreimal probiert, zu oft probiert, zu oft versucht, mehrmals versucht, mehrfach versucht, fünfmal versucht, öfter falsch
# Passwort nicht mehr wissen
zurücksetzen, passwort nicht mehr, kennwort nicht mehr, passwort nicht mehr weiß, kennwort nicht mehr weiß
# Absetzungen der Kasse, erzählt
absetzung, absetzungen, kürzung, kürzungen, gekürzt, abzug, abzüge, retaxierung, weniger überwiesen, weniger bezahlt, weniger gezahlt, zu wenig überwiesen, zu wenig bezahlt, geld abgezogen, betrag abgezogen, nicht voll bezahlt
# Ausdruck zu klein: Skalierung im Druckdialog
skalierung, skalieren, druckeinstellungen, druckdialog, ausdruck kleiner, druckt kleiner, druckt zu klein, kleiner gedruckt, verkleinert gedruckt, nicht in originalgröße, originalgröße
# Mitarbeiter geht
ausgeschieden, ehemalig, ehemalige, hat aufgehört bei uns, hat uns verlassen, ist weggegangen, sind weggegangen, ist ausgeschieden, scheidet aus, geht in pension
# Reduzieren
reduzieren, reduziert, reduzierung, reduktion, verringern, verringert, verringerung, vermindern, vermindert, reduce, reduced, decrease
# Ruhestand des Inhabers
praxisaufgabe, praxisschließung, ruhestand, rente, pensionierung, pensioniert, gehe in pension, in pension gehen
# Eigene Absenderadresse
absender, absenderadresse, absenderdomain, eigene mailadresse, eigene emailadresse, eigene e mail adresse, von unserer eigenen adresse, von unserer adresse, von unserer praxisadresse, mit unserer domain, unsere domain, praxisdomain, eigener absender
# Versendet: rausgegangen
versenden, versendet, verschicken, verschickt, rausgegangen, abgeschickt, abschicken, losgeschickt, rausgeschickt, rausgeht, rausgehen, raus gegangen
# Nachschauen = prüfen
prüfen, überprüfen, kontrollieren, nachschauen, nachgeschaut, nachsehen, nachgesehen, nachprüfen, nachgeprüft
# Daran denken = erinnern
erinnerung, terminerinnerung, erinnern, dran denken, daran denken, dran erinnern, nachricht vor dem termin, sms vor dem termin, mail vor dem termin, vor dem termin erinnern, am vortag erinnern, tag vorher erinnern
# Einnahmen = Erlöse, Umsatz
einnahmen, erlös, erlöse, erlöskonto, umsatz, umsätze, einkünfte, revenue, income, takings
# Zuordnen
zuordnung, zuordnen, zugeordnet, zuteilen, zugeteilt
# Verändern = ändern
bearbeiten, ändern, geändert, änderung, verändern, verändert, veränderung, abändern
# Kaufen: angeschafft
kaufen, gekauft, erwerben, anschaffen, angeschafft, zugelegt
# Aufkleber bekleben
etikett, aufkleber, label, bekleben, beklebt, aufkleben, aufgeklebt, draufkleben
# Aufheben = aufbewahren (nur als Wendung: "Sperre aufheben")
aufbewahrungsfrist, aufbewahrungspflicht, aufbewahren, daten aufheben, unterlagen aufheben, jahre aufheben, jahre lang aufheben, aufheben müssen, wie lange aufheben
# Löschen lassen
löschantrag, löschung, alles über mich löschen, alles über ihn löschen, alles über sie löschen, meine daten löschen, löschen verlangt
# Sitzung verlängern
timeout, abmeldezeit, sitzung verlängern, abmeldezeit verlängern, länger eingeloggt, länger angemeldet
# Kasse geht abends nicht auf
tagesabschluss, kassenabschluss, kassensturz, kasse stimmt nicht überein, geld in der kasse stimmt nicht, bargeld stimmt nicht, kassenbestand stimmt nicht, fehlbetrag, kassenfehlbetrag, es fehlt geld, geld zählen
# Formular zu Hause
formular, fragebogen, anamnesebogen, daheim ausfüllen, online ausfüllen, vor dem termin ausfüllen
# Platzhalter in Klammern
platzhalter, curly braces, curly brackets
# English: no reply yet
ticket, request, heard back, not heard back, haven't heard back, no response, no answer yet, still waiting for a reply
sammeldruck, print all at once, print them all at once, print them all, print all of them in one go
einstellen, einstellung, einstellungen
zurückholen, wiederherstellen, wiederherstellung
anzeigen, angezeigt
aufrufen, öffnen
abschließen, abschluss
auswerten, auswertung
umbuchen, verschieben
anhängen, anhang
aufstocken, upgrade, erweitern
einziehen, abbuchen, lastschrift, einzug
zurückerstatten, zurückzahlen, auszahlen, erstatten, zu erstatten, gutschrift, rückerstattung
einladen, einladung
ausblenden, einblenden
ausschalten, deaktivieren
einschalten, aktivieren
nachtragen, nachtrag
anpassen, bearbeiten
festschreiben, festgeschrieben
# Geld zurück, erstattet
gutschrift, rückerstattung, rückzahlung, erstatten, erstattet, erstattung, gutschreiben, gutgeschrieben, zurückgezahlt, zurückerstattet, zurückbuchen, zurückgebucht, geld zurückbekommen, geld zurückkriegen, geld wiederbekommen, will sein geld zurück, will ihr geld zurück, möchte sein geld zurück, möchte ihr geld zurück
# Restbetrag
teilzahlung, teilbetrag, restbetrag, restzahlung, restsumme, nur einen teil bezahlt, nur teilweise bezahlt, teilweise bezahlt, nicht vollständig bezahlt, nicht ganz bezahlt
# Kasse: Über- und Fehlbetrag, Einlage, Ausgaben
tagesabschluss, kassenabschluss, kassendifferenz, kassenüberschuss, überschuss in der kasse, zu viel in der kasse, manko, kassenmanko
entnahme, kassenbuch, bareinlage, geldeinlage, kasseneinlage, wechselgeld, wechselgeldbestand, barausgabe, barausgaben, kassenausgabe, kassenausgaben, portokasse, kleine ausgaben, auslagen
# Drucker-Hardware
drucker, papierstau, druckerpapier, tinte, toner, tonerkartusche, druckerpatrone, patrone, papierfach, papierschacht, paper jam, ink, cartridge
# Haken
kontrollkästchen, checkbox, häkchen, haken, haken gesetzt, haken raus, abhaken, abgehakt, anhaken, angehakt
# Reservieren = buchen
buchen, gebucht, einbuchen, reservieren, reserviert, reservierung, vormerken, vorgemerkt
# Nicht mehr auffindbar
verschwunden, fehlt, unauffindbar, abhanden, nicht mehr auffindbar, nicht wiederzufinden, abhanden gekommen
# Erscheinen = auftauchen
erscheinen, erscheint, erschienen, auftauchen, aufgetaucht, auftaucht, aufpoppen, aufgepoppt, poppt auf, appear, appears, appeared, pops up, popped up, popping up
# Hängenbleiben
hängt, hängenbleiben, hängengeblieben, festgefahren, stuck
# Weiterleiten, beilegen
versenden, verschicken, weiterleiten, weitergeleitet, weiterschicken, weitergeschickt, absenden, abgesendet
anhang, anhängen, beifügen, beilegen, beigelegt, beigefügt
# Verklickt = versehentlich
versehentlich, aus versehen, verklickt, falsch geklickt, danebengeklickt, versehentlich geklickt, accidentally
# Nachgucken = prüfen
prüfen, nachschauen, nachgucken, nachgeguckt, reinschauen, reingeschaut, reingucken, reingeguckt
# Dritte Runde, Tätigkeiten: Verben und ihre Substantive, Tätigkeit mit Gegenstand
# Zusatzzeilen "Handlung und Gegenstand" (h5): wie Praxisteams eine Aufgabe mit anderem Verb oder Substantiv nennen
# Ändern: "ändern" fehlt der Bearbeiten-Gruppe (Titel und Stichwörter sagen oft "… ändern", Fragen "bearbeiten", und umgekehrt)
bearbeiten, bearbeitet, bearbeitung, editieren, abändern, umändern, änderung, geändert, anpassen, umstellen, korrigieren, berichtigen, überarbeiten, edit, change, modify, amend, austauschen, ausgetauscht, ersetzen, ersetzt, replace, replaced
# Entfernen: rausnehmen, herausnehmen, verwerfen
löschen, gelöscht, löschung, entfernen, entfernt, entfernung, delete, deleted, remove, removed, rausnehmen, herausnehmen, rausgenommen, herausgenommen, verwerfen, verworfen, discard, discarded
# Versenden: abschicken, absenden, übermitteln, mailen (nur wie geschrieben: "mail" ist das Substantiv)
versenden, versendet, verschicken, verschickt, senden, gesendet, schicken, zusenden, versand, send, sent, abschicken, abgeschickt, absenden, abgesendet, abgesandt, übermitteln, übermittelt, übermittlung, =mailen, =emailen, =zumailen, erneut zuschicken, nochmal zuschicken, nochmals zuschicken, erneut zusenden, nochmal zusenden, noch einmal zuschicken, neu verschicken, neu senden, wieder verschicken, send out, sent out, mail out, email out, send it again
# E-Mail als Verb (nur wie geschrieben)
email, mail, emailversand, mailversand, =mailen, =emailen, =zumailen, =anmailen, =rübermailen
# Entsperren: wieder freischalten
entsperren, entsperrt, entsperrung, unlock, unlocked, unblock, wieder freischalten, wieder freigeben, wieder entsperren, sperre lösen, sperre wegmachen, sperre rausnehmen, entblocken, entblockt, unlock account, unlock the account, unlock user, unblock account, unblock user
# Sperren oder Zugang wegnehmen als Handlung des Admins = deaktivieren
deaktivieren, deaktiviert, deaktivierung, inaktivieren, benutzer sperren, mitarbeiter sperren, mitarbeiterin sperren, konto sperren, account sperren, login sperren, benutzer blockieren, zugang blockieren, zugang wegnehmen, zugang entfernen, zugang löschen, zugang deaktivieren, login löschen, login entfernen, login deaktivieren, benutzerkonto löschen, benutzerkonto deaktivieren, mitarbeiterzugang löschen, mitarbeiterzugang deaktivieren, konto deaktivieren, account deaktivieren, lock user, block user, disable user, disable account, deactivate user, deactivate account
# Aktivieren umgangssprachlich
aktivieren, aktiviert, einschalten, eingeschaltet, freischalten, anmachen, angemacht, anknipsen, angeknipst, aktiv schalten, aktiv setzen, auf aktiv setzen, scharf schalten, enable, enabled, activate, activated
# Rechte vergeben und entziehen
rolle, rechte, berechtigung, berechtigungen, rechtevergabe, rechte vergeben, rechte erteilen, rechte zuweisen, rolle zuweisen, rolle vergeben, rollen zuweisen, rollen vergeben, berechtigung erteilen, berechtigung vergeben, zugriff erteilen, zugriff gewähren, zugriff geben, rechte geben, rechte entziehen, berechtigung entziehen, zugriff entziehen, rechte wegnehmen, rechte einschränken, grant access, give access, grant permission, grant permissions, assign role, assign a role, revoke permission, revoke permissions, remove permission
# Zusammenführen: verschmelzen, Dubletten bereinigen
zusammenführen, zusammengeführt, zusammenführung, dublette, verschmelzen, verschmolzen, fusionieren, deduplizieren, dedupe, deduplicate, akten verbinden, akten vereinen, akten zusammenlegen, patienten vereinen, patienten verbinden, dubletten bereinigen, dubletten entfernen, dubletten löschen, duplikate bereinigen, duplikate entfernen, doppelte akten löschen, doppelte patienten löschen, combine records, combine patients, merge records, remove duplicates
# Wiederherstellen: getrennt geschrieben, Löschen rückgängig
wiederherstellen, wiederhergestellt, wiederherstellung, zurückholen, restore, recover, undelete, wieder herstellen, wieder hergestellt, löschen rückgängig, löschung rückgängig, gelöschtes zurückholen, undo delete, bring back deleted
# Benachrichtigen = erinnern
erinnerung, terminerinnerung, benachrichtigung, benachrichtigen, benachrichtigt, verständigen, verständigt, notify, notified, reminder
# Daten ausgeben = exportieren
exportieren, exportiert, export, datenexport, exporting, exported, excel ausgeben, csv ausgeben, liste ausgeben, tabelle ausgeben, daten ausgeben
# Englische Verlaufsformen der Titel (der Stemmer kürzt kein -ing)
add, added, adding, adds, hinzufügen, anlegen
create, created, creating, creates, erstellen, anlegen
submit, submitted, submitting, submits
# Anlegen: Substantive der Handlung
anlegen, angelegt, erstellen, erstellt, erstellung, hinzufügen, hinzugefügt, erfassen, erfasst, erfassung, eintragen, eingetragen, eintragung, create, add
# Drucker oder Gerät hinzufügen = einrichten
einrichten, setup, neuen drucker, neuer drucker, weiteren drucker, zweiten drucker, drucker anlegen, drucker dazufügen, drucker verbinden, drucker anschließen, add a printer, add printer, add a new printer, install a printer, install printer, connect a printer, connect printer, new printer, kartenleser hinzufügen, kartenlesegerät hinzufügen, gerät hinzufügen, scanner hinzufügen
# Karte auslesen = einlesen (nicht exportieren)
einlesen, eingelesen, karte auslesen, karte ausgelesen, versichertenkarte auslesen, gesundheitskarte auslesen, ecard auslesen, e card auslesen, kärtchen einlesen, karte scannen, patient einlesen, patientin einlesen, stammdaten einlesen, daten von der karte, scan the card, read the card, read the insurance card
# Neuen Patienten eintragen = anlegen
anlegen, angelegt, neupatient eintragen, neupatient erfassen, neupatient anlegen, neupatientin eintragen, neupatientin anlegen, neuen klienten anlegen, neue klientin anlegen, neuen patienten erfassen, neue patientin erfassen, patient neu anlegen, patient neu erfassen, patient neu eintragen, patientin neu anlegen, akte eröffnen, patientenakte eröffnen, neue patientenakte, kartei anlegen, karteikarte anlegen, stammdaten anlegen, stammdaten erfassen
add, create, adding, creating, add a client, add client, add a new client, add new client, create a client, create client, create a patient record, create patient record, new patient record, patient profile, client profile, set up a client, set up a new client, enter a new patient, enter new patient
# Leistungen berechnen = Privatrechnung erstellen
privatrechnung, privatliquidation, liquidation, rechnung an den patienten stellen, leistungen berechnen, behandlung berechnen, dem patienten berechnen, privat berechnen
invoice, rechnung, bill, issue an invoice, issue the invoice, issue a bill, generate an invoice, generate invoice, create an invoice, make an invoice, charge the patient, charge a patient, charge patients, bill the patient, bill a patient, bill patients, invoice the patient, invoice a patient, invoice patients
# Abo stornieren = kündigen
kündigen, kündigung, gekündigt, abo stornieren, vertrag stornieren, abonnement stornieren, lizenz stornieren, abo canceln, vertrag canceln, abo abbestellen
# Keinen weiteren Behandler anlegen können
ausgeschöpft, kontingent, behandlerkontingent, quota, exhausted, keinen weiteren therapeuten, keinen weiteren behandler, keine weitere therapeutin, keine weitere behandlerin, keinen weiteren physio, keine weitere physio, keinen zusätzlichen behandler, keinen zusätzlichen therapeuten, can't add another therapist, cannot add another therapist, can't add more therapists, cannot add more therapists, can't create another therapist, cannot create another therapist, can't add another practitioner, cannot add another practitioner
# Lizenz bezahlen = Zahlungsart
zahlungsart, zahlungsmethode, lizenzgebühren bezahlen, lizenzgebühren zahlen, medondo bezahlen, bezahlung der lizenz, zahlung der lizenzgebühren, pay for the licence, pay for the license, pay the subscription, pay for the subscription
# Support anschreiben
support, supportanfrage, supportportal, support anschreiben, support schreiben, support anmailen, mail an den support, email an den support, beim support nachfragen, support fragen, support informieren, email support, write to support, message support, email the support team
# Kalender: Behandler aus- und einblenden
kalenderansicht, kalenderfilter, behandlerfilter, therapeutenfilter, behandler ausblenden, behandler einblenden, therapeuten ausblenden, therapeuten einblenden, therapeutin ausblenden, kollegen ausblenden, kollegin ausblenden, kollegen einblenden, räume ausblenden, räume einblenden, im kalender ausblenden, im kalender einblenden, im kalender verstecken, aus dem kalender ausblenden, spalten ausblenden, spalten einblenden, nur bestimmte behandler, bestimmte behandler anzeigen, hide practitioners, show practitioners, hide therapists, filter calendar
# Online-Buchung: Termine freigeben
onlinebuchung, onlineterminbuchung, terminbuchung, termine freigeben, zeiten freigeben, termine online freigeben, zeiten online freigeben, termine online stellen, termine online anbieten, zeiten online anbieten, termine buchbar machen, make bookable, open for online booking
# Serie als Ganzes ändern
serientermin, terminserie, terminreihe, serie verschieben, serie verlegen, serie umlegen, serie entfernen, serie beenden, serie abbrechen, serie stoppen, serie kürzen, serie verlängern, serie bearbeiten, ganze serie, gesamte serie, move series, delete series, cancel series, end series, edit series
# Termin ändern = verschieben
verschieben, verschoben, verlegen, verlegt, umbuchen, umlegen, reschedule, terminänderung, terminänderungen, termin ändern, termin umändern, termin abändern, termin umsetzen, termin umtragen, termin rüberziehen
# Rezept einpflegen = Verordnung erfassen
erfassen, erfasst, erfassung, rezept einpflegen, verordnung einpflegen, rezept anlegen, verordnung anlegen, rezept hinterlegen, verordnung hinterlegen, rezept eingeben, verordnung eingeben, rezept aufnehmen, verordnung aufnehmen, neues rezept, neue verordnung, rezept reinmachen, verordnung reinmachen, add a prescription, enter a prescription, add prescription
# Dokument beim Patienten ablegen = hochladen
hochladen, hochgeladen, upload, beim patienten speichern, beim patienten hinterlegen, zum patienten speichern, zum patienten hinzufügen, beim patienten hochladen, an die akte anhängen, in die akte hochladen, in die akte einfügen, zur akte hinzufügen, zur patientenakte hinzufügen, dokument hinterlegen, datei hinterlegen, befund hinterlegen, arztbrief hinterlegen
# Abrechnung abschicken = Kassenabrechnung übermitteln
kassenabrechnung, heilmittelabrechnung, rezeptabrechnung, abrechnung abschicken, abrechnung übermitteln, abrechnung einreichen, abrechnung verschicken, abrechnung versenden, abrechnung senden, abrechnung rausschicken, abrechnung wegschicken, abrechnungsdaten übermitteln, abrechnungsdaten senden, abrechnungsdaten verschicken, abrechnungsdatei senden, abrechnungsdatei übermitteln, ans abrechnungszentrum übermitteln, ans abrechnungszentrum schicken, ans abrechnungszentrum senden, an das abrechnungszentrum übermitteln, an die krankenkasse übermitteln, an die kassen übermitteln, an die kasse übermitteln, daten an die kasse, daten an die krankenkasse
# Akte sperren statt löschen (DSGVO)
löschung, löschantrag, akte sperren, patientenakte sperren, kartei sperren, akte für die löschung sperren, sperren statt löschen
# Speichern, das nicht übernommen wird
fehlgeschlagen, speicherfehler, nicht übernommen, übernimmt nicht, übernimmt die änderungen nicht, übernimmt meine änderungen nicht
# Nur heruntergeladen statt geöffnet
downloadordner, download, wird nur runtergeladen, wird runtergeladen, lädt nur runter, wird nur gedownloadet, landet im downloadordner
# Dritte Runde, Symptome, wie man sie sieht, und Begriffe der Heilmittelpraxis (DE, AT, CH)
# Symptome: Fenster oder Tab bleibt leer (wie weiße Seite)
ladekreis, blank, fenster bleibt leer, fenster ist leer, leeres fenster, fenster bleibt weiß, fenster ist weiß, weißes fenster, tab bleibt leer, tab bleibt weiß, leerer tab, seite ist leer, seite ist weiß, window stays blank, blank window, empty window, tab stays blank, blank tab
# Symptome: Kasse stimmt nicht
tagesabschluss, kassenabschluss, kassensturz, kassendifferenz, fehlbetrag, kassenbestand stimmt nicht, kassenstand stimmt nicht, bestand stimmt nicht, bargeld stimmt nicht, kasse passt nicht, kassenbestand passt nicht, kasse stimmt nicht überein, es fehlt geld, kassenbuch stimmt nicht, cash doesn't balance, cash does not balance, till doesn't balance, cash is short, cash discrepancy, till discrepancy
# Symptome: Betrag oder Summe stimmt nicht
rechnungsbetrag, rechnungssumme, gesamtbetrag, betrag stimmt nicht, summe stimmt nicht, beträge stimmen nicht, rechnungsbetrag stimmt nicht, betrag passt nicht, summe passt nicht, amount is wrong, wrong amount, total is wrong, wrong total
# Symptome: Statistik stimmt nicht
auswertung, statistik, umsatzstatistik, statistik stimmt nicht, auswertung stimmt nicht, umsatz stimmt nicht, umsätze stimmen nicht, zahlen stimmen nicht, zahlen passen nicht, statistics are wrong, report is wrong, figures don't add up, numbers don't add up, numbers are wrong
# Symptome: steht mehrfach drin
zusammenführen, dublette, duplikat, mehrfach drin, steht zweimal drin, taucht zweimal auf, zweimal in der liste, shows up twice, appears twice, listed twice, in there twice, duplicate entries, duplicate entry, duplicated patient
# Symptome: Termin doppelt
doppelbuchung, doppelbelegung, terminüberschneidung, termin doppelt, termine doppelt, doppelter termin, doppelte termine, zwei termine gleichzeitig, zwei patienten gleichzeitig, zwei termine zur gleichen zeit, zwei termine zur selben zeit, two appointments at the same time
# Symptome: E-Mail kommt nicht an (englisch)
unzustellbar, bounce, undeliverable, never arrives, doesn't arrive, does not arrive, not arriving, isn't arriving, hasn't arrived, has not arrived, never got the email, not receiving emails
# Symptome: SMS oder Erinnerung kommt nicht an
terminerinnerung, erinnerung, sms kommt nicht an, sms kommen nicht an, sms nicht erhalten, sms nicht bekommen, bekommt keine sms, bekommen keine sms, erinnerung kommt nicht an, erinnerung nicht erhalten, bekommt keine erinnerung, erinnerungen kommen nicht an, reminders not arriving, no reminder received, text not received, didn't get a reminder
# Symptome: gelbe Meldung
warnung, warnmeldung, warnhinweis, gelbe meldung, gelbe warnung, gelber kasten, gelbe box, gelbes fenster, orange meldung, yellow warning, yellow message, yellow box
# Symptome: Daten, Termin oder Akte ist weg
datenverlust, gelöscht, patientendaten sind weg, patientendaten weg, patient ist weg, patientin ist weg, patient verschwunden, patientin verschwunden, akte ist weg, akte verschwunden, termin ist weg, termine sind weg, termin verschwunden, termine verschwunden, dokument ist weg, dokumente sind weg, dokument verschwunden, eintrag verschwunden, rechnung ist weg, rechnung verschwunden, alle termine weg, alle daten weg, appointments disappeared, appointment disappeared, patient disappeared, document disappeared, record disappeared
# Symptome: Menüpunkt oder Funktion verschwunden (nach Update)
versionshinweise, neuerungen, update, menüpunkt verschwunden, menüpunkt weg, menüpunkt ist weg, funktion verschwunden, funktion ist weg, button verschwunden, knopf verschwunden, schaltfläche verschwunden, wo ist die funktion, finde die funktion nicht mehr, menu item missing, feature disappeared, button disappeared
# Symptome: Bild flackert
zerschossen, darstellungsfehler, anzeigefehler, flackert, flackern, flackernd, flimmert, flimmern, flickering, flickers, flicker
# Symptome: Uhrzeit eine Stunde daneben
systemzeit, systemuhr, zeitzone, sommerzeit, winterzeit, zeitumstellung, uhrumstellung, eine stunde verschoben, um eine stunde verschoben, um eine stunde versetzt, eine stunde falsch, daylight saving, daylight saving time, one hour off, an hour off
# Symptome: Drucker druckt leere Seiten
drucker, druckproblem, druckt leere seiten, druckt leer, druckt nur leere seiten, leeres blatt, leere blätter, weißes blatt, weiße blätter, kommt leer raus, kommen leer raus, leerer ausdruck, ausdruck ist leer, prints blank, blank printout, printing blank pages
# Symptome: Countdown vor der Abmeldung
timeout, inaktivität, abmeldezeit, countdown, abmeldecountdown, werde gleich abgemeldet, logout countdown, countdown timer
# Symptome: gemeldete Fehler nachsehen
ticket, anfrage, supportanfrage, ticketstatus, gemeldete probleme, gemeldeten probleme, gemeldete fehler, gemeldeten fehler, gemeldetes problem, gemeldeten problem, meine meldungen, reported issues, reported problems, my reported issues
# Geräte der Praxis: Diensthandy, Praxistablet
handy, smartphone, diensthandy, firmenhandy, praxishandy, geschäftshandy, betriebshandy, arbeitshandy, work phone, company phone, business phone
tablet, ipad, praxistablet, diensttablet, firmentablet, empfangstablet, work tablet
# Zuzahlungsbefreiung: Belastungsgrenze, Chroniker
zuzahlungsbefreit, zuzahlungsbefreiung, befreiung, befreiungsausweis, belastungsgrenze, chronikerregelung, =chroniker, härtefall, härtefallregelung, belastungsgrenze erreicht, copayment exemption, exemption certificate
# Sonstige Kostenträger (DE, CH)
kostenträger, heilfürsorge, freie heilfürsorge, bundeswehr, postbeamtenkrankenkasse, pbeakk, sozialamt, asylblg, asylbewerberleistungsgesetz, invalidenversicherung, militärversicherung
# BG: erweiterte ambulante Physiotherapie
bg, berufsgenossenschaft, eap, erweiterte ambulante physiotherapie, bg heilverfahren, bg physiotherapie
# Folge- und Erstverordnung
verordnung, rezept, heilmittelverordnung, folgeverordnung, folgerezept, erstverordnung, erstrezept, anschlussverordnung, anschlussrezept, nachfolgerezept, regelfall, außerhalb des regelfalls, follow up prescription, repeat prescription
# Heilmittel: vorrangig, ergänzend, Doppelbehandlung
heilmittel, heilmitteltherapie, heilmittelbehandlung, vorrangiges heilmittel, ergänzendes heilmittel, optionales heilmittel, standardisierte heilmittelkombination, heilmittelkombination
# Therapieplan und Therapieziele
behandlungsplan, therapieplan, therapieplanung, behandlungsplanung, treatment plan, therapy plan
behandlungsziel, behandlungsziele, therapieziel, therapieziele, treatment goal, treatment goals, therapy goal, therapy goals
# Befund: Wiederbefund, Zwischenbefund
befund, befundbericht, erstbefund, wiederbefund, zwischenbefund, nachbefund, kontrollbefund, verlaufsbefund, reassessment, re assessment
# Kassenvertrag (AT) = Kassenzulassung
zulassung, kassenzulassung, kassenvertrag, vertragstherapeut, vertragstherapeutin, kassentherapeut, kassentherapeutin, vertragspraxis, kassenpraxis, kassenordination, vertragsphysiotherapeut, vertragsphysiotherapeutin
# Kostenerstattung, Rückersatz (AT), Kostenzuschuss
kostenerstattung, kostenrückerstattung, rückersatz, kostenrückersatz, kostenzuschuss, erstattungsfähig, erstattungsantrag, reimbursement, reimbursed
# Rückfrage beim Arzt wegen des Rezepts
rezeptprüfung, verordnungsprüfung, rezeptkorrektur, rezeptänderung, arztrückfrage, rückfrage beim arzt, rückfrage an den arzt, rückfrage beim verordner, beim arzt nachfragen, rezept ändern lassen, verordnung ändern lassen
# Privatrezept
privatpatient, privatversichert, selbstzahler, privatrezept, privatverordnung, privates rezept, private verordnung, rezept für privatpatienten, private prescription, private insurance, private health insurance, private insurer
# Quartalsabrechnung
kassenabrechnung, quartalsabrechnung, quartal abrechnen, quartalsweise abrechnen, abrechnung zum quartalsende, zum quartalsende abrechnen, quarterly billing
# Symptome: Drucken auf Englisch, es passiert nichts
printer, print, printing, nothing happens when i click print, clicking print does nothing, print dialog doesn't open, print dialog won't open, print window doesn't open, print window won't open, print preview doesn't open, print preview won't open
# Symptome: wo stehen die Server
rechenzentrum, serverstandort, hosting, wo stehen die server, wo stehen eure server, wo stehen ihre server, wo stehen unsere server, wo liegen die server, wo sind die server, wo sind eure server, where are your servers, where are the servers, where are your servers located
# Symptome: fehlerhafte Rechnung
stornieren, storno, stornorechnung, korrekturrechnung, fehlerhafte rechnung, rechnung fehlerhaft, rechnung mit fehler, rechnung mit fehlern, rechnung entfernen, rechnung wegmachen, rechnung rausnehmen, erroneous invoice, incorrect invoice, invoice with errors, invoice is wrong
# Symptome: zwei Leute bearbeiten gleichzeitig
konflikt, bearbeitungskonflikt, speicherkonflikt, gleichzeitig geöffnet, gleichzeitig in bearbeitung, gleichzeitig bearbeiten, zeitgleich bearbeitet, zeitgleich geändert, zwei benutzer gleichzeitig, two users at the same time, editing at the same time, same record at the same time
# Symptome: Dokument lässt sich nicht anzeigen
öffnen, öffnet, aufmachen, lässt sich nicht anzeigen, kann nicht angezeigt werden, wird nicht geöffnet, lässt sich nicht aufrufen, kann nicht geöffnet werden, won't display, doesn't display, does not display, can't view, cannot view
# Symptome: zeigt alte Daten (Cache)
cache, browsercache, zwischenspeicher, zeigt alte daten, zeigt alten stand, zeigt noch die alte version, alte version wird angezeigt, seite aktualisiert sich nicht, shows old data, shows old version, page not refreshing
# Symptome: synchronisiert nicht
synchronisieren, synchronisation, sync, synchronisiert nicht, sync geht nicht, synchronisierung geht nicht, kalender synchronisiert nicht, not syncing, won't sync, doesn't sync, sync not working
# Symptome: Hochladen geht nicht
hochladen, upload, hochladen geht nicht, upload geht nicht, hochladen klappt nicht, upload klappt nicht, hochladen funktioniert nicht, upload funktioniert nicht, upload not working, won't upload, will not upload
# Symptome: keine Verbindung zum Server
internetverbindung, verbindungsabbruch, verbindungsfehler, keine verbindung zum server, verbindung zum server unterbrochen, verbindung unterbrochen, verbindung verloren, verbindung bricht ab, server antwortet nicht, server nicht erreichbar, cannot reach server, can't reach the server, no connection to server, connection dropped, lost connection
# Symptome: Feld mit Sternchen
pflichtfeld, pflichtangabe, pflichtfelder, sternchen, sternchenfeld, mit sternchen markiert, felder mit sternchen, feld mit sternchen, asterisk, marked with an asterisk
# Symptome: Termine zur falschen Uhrzeit
systemzeit, zeitzone, termine zur falschen uhrzeit, termin zur falschen uhrzeit, falsche uhrzeit im kalender, uhrzeit im kalender falsch, appointments at the wrong time, wrong time in calendar
# Zahnärztliche Heilmittelverordnung (Muster Z13) und Formular 13
verordnung, rezept, heilmittelverordnung, z13, muster z13, zahnärztliche verordnung, zahnärztliche heilmittelverordnung, formular 13, formular13, vordruck 13
# Behandlungseinheiten
höchstmenge, behandlungsmenge, behandlungsanzahl, behandlungseinheit, behandlungseinheiten, therapieeinheit, therapieeinheiten, anzahl einheiten, anzahl der einheiten, treatment units, number of units
# Krankenfürsorgeanstalt (AT)
kostenträger, kfa, krankenfürsorgeanstalt, krankenfürsorge
# Sektoraler Heilpraktiker (Physiotherapie)
heilpraktiker, heilpraktikerin, sektoraler heilpraktiker, sektorale heilpraktikerin, sektoraler hp, heilpraktiker für physiotherapie, heilpraktikerin für physiotherapie, heilpraktiker physiotherapie
# Behandlungsbestätigung des Patienten auf der Verordnung
unterschrift, unterschreiben, leistungsbestätigung, behandlungsbestätigung, unterschriftenliste, unterschrift auf der rückseite, rückseite der verordnung, rückseite des rezepts, quittierung der behandlung, patient unterschreibt
# Patientenquittung (GKV)
quittung, patientenquittung, patientenquittungen
# Hausbesuch: Wegegeld und Pauschalen
hausbesuch, hausbesuche, wegegeld, hausbesuchspauschale, wegepauschale, fahrtkosten hausbesuch, home visit fee
# Fristen für die Abrechnung, Verjährung
abrechnungsfrist, abrechnungsfristen, einreichungsfrist, verjährung, verjährt, verjährungsfrist, ausschlussfrist, billing deadline, submission deadline
# Konto gesperrt: immer wieder gesperrt, Zugang blockiert, wie lange, zweites Gerät mit altem Passwort
gesperrt, auf zwei geräten angemeldet, auf mehreren geräten angemeldet, auf einem zweiten gerät, auf einem anderen gerät angemeldet, tablet noch eingeloggt, tablet noch angemeldet, zweites gerät noch eingeloggt, altes passwort auf dem tablet, signed in on another device
gesperrt, obwohl passwort richtig, obwohl das passwort stimmt, passwort ist richtig, passwort stimmt aber, trotz richtigem passwort, trotz korrektem passwort, richtiges passwort eingegeben, correct password but locked
gesperrt, gesperrt worden, wurde gesperrt, werde gesperrt, werde ausgesperrt, sperrt mich aus, sperrt mich, ständig gesperrt, immer wieder gesperrt, dauernd gesperrt, schon wieder gesperrt, zugang blockiert, login blockiert, konto blockiert, account blockiert, benutzer blockiert, account is locked, account got locked, user locked
gesperrt, halbe stunde gesperrt, 30 minuten gesperrt, halbe stunde warten, 30 minuten warten, dreißig minuten warten, wie lange warten, wie lange gesperrt
fehlversuch, fehlversuche, falsch eingetippt, mehrmals falsch, mehrfach falsch, zu oft falsch eingetippt, falsches passwort eingegeben, fünfmal falsch, dreimal falsch
fehlversuch, too many tries, too many login attempts, too many failed attempts, login attempts exceeded, maximum attempts, failed sign in, failed sign ins
# Passwort neu vergeben, wechseln
profil, passwort ändern, kennwort ändern, passwort wechseln, kennwort wechseln, passwort tauschen, kennwort tauschen, passwort austauschen, passwort erneuern, kennwort erneuern, passwort regelmäßig ändern, passwort regelmäßig wechseln, neues passwort festlegen, change password, change my password, update my password
zurücksetzen, weiß mein kennwort nicht mehr, weiß mein kennwort nicht, kenne mein kennwort nicht, kennwort fällt mir nicht ein, kennwort verschwitzt, passwort nicht mehr gewusst, kennwort nicht mehr gewusst, passwort vergesse, kennwort vergesse
zurücksetzen, kennwort vergeben, kennwort neu setzen, neues kennwort setzen, neues kennwort vergeben, neues passwort setzen, passwort neu machen, kennwort neu machen, neues passwort bekommen, neues kennwort bekommen
resetlink, link abgelaufen, link ist abgelaufen, link ungültig, link nicht mehr gültig, link veraltet
# Zwei-Faktor: Code aufs Handy, wie beim Onlinebanking, absichern, Pflicht, neues Handy
zweifaktor, zweistufige anmeldung, zweistufige authentifizierung, zweistufige verifizierung, zweistufiges login, code aufs handy, code auf das handy, code auf dem handy, code per handy, handycode, zusätzlicher code, extra code, anmeldung mit code, login mit code, 2fa code, mfa code
zweifaktor, wie beim onlinebanking, wie beim online banking, wie bei der bank, wie beim banking, pushtan, push tan, smstan, sms tan, phototan, photo tan, chiptan, like online banking
zweifaktor, zugang absichern, konto absichern, login absichern, mit dem handy absichern, per handy absichern, übers handy absichern, handy als zweiter faktor, smartphone als zweiter faktor, anmeldung absichern, zusätzlich absichern, zusätzlicher schutz, extra schutz, doppelte absicherung, doppelter schutz, secure my account, protect my account, extra security
zweifaktor, code falsch, falscher code, code abgelehnt, code wird abgelehnt, code ungültig, code stimmt nicht, code passt nicht, code geht nicht, wrong code, code rejected, code invalid, code doesn't work
wiederherstellungscode, zweifaktor, handywechsel, authenticator übertragen, aufs neue handy, auf das neue handy, neues iphone, neues android, neues diensthandy, altes handy kaputt, altes handy weg, codes sind weg, codes weg, transfer to new phone, move authenticator
zweifaktor, 2fa pflicht, 2fa verpflichtend, 2fa für alle, zweifaktor für alle, 2fa vorschreiben, 2fa erzwingen, zwei faktor pflicht, 2fa obligatorisch, require 2fa, enforce 2fa, mandatory 2fa
# Behandler: einstellen, Arbeitszeiten, Abwesenheit, Ausscheiden
abwesenheit, kalender blocken, kalender sperren, kalender blockieren, zeitraum blocken, zeitraum sperren, zeitraum blockieren, termine blocken, tage blocken, block the calendar, block time
behandler, therapeut, add therapist, add practitioner, add clinician, create therapist, create practitioner, set up therapist, new therapist, new practitioner, new clinician
behandler, therapeut, fängt therapeutin an, fängt therapeut an, fängt logopädin an, fängt physiotherapeutin an, fängt ergotherapeutin an, therapeutin fängt an, therapeut fängt an, logopädin fängt an, physiotherapeutin fängt an, ergotherapeutin fängt an, neue therapeutin kommt, new therapist starts
behandler, eigene spalte, eigene kalenderspalte, eigenen kalender, eigene behandlerspalte
behandler, therapeut, neue logopädin, neuer logopäde, neue kollegin im kalender, neuer kollege im kalender, therapeutin einstellen, therapeut einstellen, therapeutin eingestellt, therapeut eingestellt, eigene spalte im kalender
arbeitszeit, halbtags, arbeitet nur noch, neue arbeitszeiten, andere arbeitszeiten, zeiten der therapeutin, zeiten des therapeuten, stundenreduktion, stunden reduziert, wochenarbeitszeit, arbeitstage ändern, working pattern, part time hours
abwesenheit, krankgeschrieben, krankschreibung, krankmeldung, krank geschrieben, arbeitsunfähig, arbeitsunfähigkeit, bildungsurlaub, sonderurlaub, überstundenabbau, kongress
ausgeschieden, letzter arbeitstag, austritt, ausgetreten, physiotherapeut hat gekündigt, physiotherapeutin hat gekündigt, ergotherapeut hat gekündigt, ergotherapeutin hat gekündigt, logopäde hat gekündigt, logopädin hat gekündigt, physiotherapeut hört auf, physiotherapeutin hört auf, ergotherapeutin hört auf, logopädin hört auf, leaves the practice
# Benutzer und Rechte: darf nicht, eigener Zugang, gemeinsamer Login
benutzerverwaltung, neue auszubildende, neuer auszubildender, neue azubi, neuer azubi, neue praktikantin, neuer praktikant, neue mfa, neue rezeptionistin, neue sekretärin, new receptionist, new trainee
benutzerverwaltung, mitarbeiterin hat aufgehört, mitarbeiter hat aufgehört, mitarbeiterin ist ausgeschieden, mitarbeiter ist ausgeschieden, mitarbeiterin verlässt die praxis, mitarbeiter verlässt die praxis, azubi hat aufgehört, empfangskraft hat aufgehört, staff member left
rolle, soll keine sehen, darf keine sehen, soll nichts sehen, darf nichts sehen, soll keine lesen, darf keine lesen, darf nicht lesen, soll nicht lesen, nur termine sehen, nur den kalender sehen, sieht zu viel
rolle, nicht darf, darf nicht, darf das nicht, nicht erlaubt, keine rechte, fehlende rechte, mehr rechte, rechte geben, rechte erweitern, rechte freigeben, rechte einschränken, eingeschränkte rechte, eingeschränkter zugriff, leserecht, leserechte, schreibrecht, schreibrechte, nur lesen, vollzugriff, volle rechte
rolle, limited access, limited permissions, restricted access, restricted permissions, limited rights, read only, read only access, full access, full permissions
benutzerverwaltung, eigener zugang, eigenen zugang, eigenes konto, eigener login, eigenen login, eigene zugangsdaten, eigenen benutzer, eigener benutzer, persönlicher zugang, persönliches konto, individuelle zugänge, own login, own account, individual logins
benutzerverwaltung, sammelzugang, alle einen login, einen login für alle, ein login für alle, alle mit einem login, gleiches passwort für alle, ein passwort für alle, gemeinsames passwort, gemeinsamer login, gemeinsam genutzter zugang, same login for everyone
benutzerverwaltung, zugang für azubi, zugang für die azubi, zugang für praktikantin, zugang für praktikant, zugang für aushilfe, zugang für neue kollegin, zugang geben, zugang freischalten, zugang vergeben, zugänge vergeben, login geben, give access
benutzerverwaltung, deaktivieren, zugang wegnehmen, nehme zugang weg, nehmen zugang weg, zugang entfernen, zugang löschen, zugang abdrehen, zugang kappen, login sperren, login deaktivieren, konto deaktivieren, account deaktivieren, benutzer sperren, mitarbeiter sperren, take away access, block user
# Praxisdaten: Adresse, Bank für Rechnungen, Telefon, Logo
praxisdaten, umzug der praxis, praxis umgezogen, praxis ist umgezogen, praxis zieht um, neue praxisanschrift, neue praxisadresse, neue räume, neue praxisräume, practice has moved
praxisdaten, rechnung alte adresse, rechnung alte anschrift, rechnung alte straße, rechnungen noch alte adresse, briefkopf alte adresse, brief alte adresse, absender alte adresse, old address on invoice
praxisdaten, zweite praxis, weitere praxis, zweiter standort, weiterer standort, neuer standort, neue filiale, zweite filiale, noch eine praxis, zweite ordination, filiale eröffnet, zweigpraxis eröffnet, second location, new location
praxisdaten, iban auf der rechnung, iban auf rechnungen, konto überweisen, aufs konto überweisen, auf das konto überweisen, bankverbindung auf der rechnung, bankverbindung auf rechnungen, konto auf der rechnung, konto für überweisungen, bankdaten der praxis, iban der praxis, bankverbindung der praxis, konto für die patienten, patienten überweisen, patienten überweisen sollen, bank details on invoice
# Vorlagen: Wortlaut, Bericht, Klammern, Satzbausteine
textbaustein, kürzel anlegen, eigene kürzel, kürzel erstellen, kürzel definieren, kürzel für text, abkürzung für text, textabkürzung
vorlage, umformulieren, anders formulieren, netter formulieren, höflicher formulieren, formulierung anpassen, formulierung ändern, text anpassen, text ändern, texte anpassen, texte ändern, standardtext ändern, change the wording
platzhalter, klammer, klammern, in klammern, geschweifte klammer, statt dem namen, statt des namens, name wird nicht eingesetzt, name fehlt im brief, feld wird nicht ausgefüllt, automatisch einfügen, automatisch einsetzen, automatisch befüllen, curly brackets, brackets
textbaustein, satzbaustein, satzbausteine, textschnipsel, standardsatz, standardsätze, immer gleiche sätze, gleichen sätze, wiederkehrende texte, wiederkehrender text, vorformulierte texte, vorformulierte sätze, phrasen, text shortcuts
# Datenschutz: wo liegen die Daten, Support-Zugriff
datensicherheit, dsgvo konform, dsgvokonform, datenschutzkonform, datenschutzgerecht, dsgvo gerecht, dsgvo tauglich, dsgvo compliant, gdpr compliant
datensicherheit, technisch geschützt, wie geschützt, wie werden die daten geschützt, schutz der daten, schutz der patientendaten, schutzmaßnahmen, sicherheitsmaßnahmen, datenschutzmaßnahmen, how is data protected
rechenzentrum, wo werden die daten gespeichert, wo sind die daten gespeichert, wo sind unsere daten, wo liegen unsere daten, daten im ausland, daten ins ausland, im ausland gespeichert, außerhalb der eu, außerhalb europas, drittland, drittstaat, eu server, data stored abroad, outside the eu
verschlüsselung, verschlüsselt gespeichert, verschlüsselt abgelegt, verschlüsselte speicherung, verschlüsselte übertragung, sicher übertragen, abhörsicher, encrypted storage
schweigepflicht, supportzugriff, herstellerzugriff, anbieterzugriff, zugriff durch den support, zugriff des supports, support patientenakten, support patientendaten, support in die daten, support unsere daten, wer kann unsere daten sehen, wer sieht unsere daten, who can see our data, vendor access, support access
rechenzentrum, software im internet, programm im internet, daten im internet, im netz gespeichert, online gespeichert, in der cloud gespeichert, cloudspeicher, onlinespeicher, cloud storage
# Datensicherung: Gerät weg oder kaputt, Import rückgängig, eigenes Backup
datenverlust, laptop gestohlen, laptop geklaut, pc gestohlen, rechner gestohlen, einbruch in der praxis, festplatte kaputt, festplatte defekt, festplattencrash, festplattenschaden, festplattendefekt, pc kaputt, pc defekt, rechner kaputt, computer kaputt, laptop kaputt, hardwaredefekt, hardwareausfall, pc ausgefallen, rechner ausgefallen, wasserschaden, hard drive failure, laptop stolen, computer stolen
datenverlust, gestohlen, diebstahl, geklaut, eingebrochen, einbruch, einbrecher, entwendet
wiederherstellen, import rückgängig, import zurücknehmen, import zurücksetzen, undo import, wiederkriegen, wiederhaben, wieder herholen
datensicherung, selber sichern, selber sicherung, selbst sicherung, eigene datensicherung, backup selbst machen, backup selber machen, sicherung machen, sicherung einrichten, synology, qnap, usb festplatte, externe platte, sicherungsfestplatte, backupfestplatte, server im keller
# Updates: umgestellt, alles anders, Wartung angekündigt
versionshinweise, einstellung verschoben, ist jetzt woanders, war woanders, jetzt woanders, nicht mehr an der alten stelle, an anderer stelle, wurde verschoben, wohin verschoben, has moved, moved somewhere else
versionshinweise, was wurde geändert, was ist anders, was wurde umgestellt, ihr was umgestellt, ihr was geändert, alles umgestellt, alles anders, sieht ganz anders aus, knöpfe sind weg, knöpfe weg, buttons weg, buttons sind weg, schaltflächen weg, layout verschoben, layout anders, menü anders, menü verschoben, programm sieht anders aus, everything looks different
wartung, wartungsmodus, wartungspause, wartungsunterbrechung, wegen wartung, konnten nicht arbeiten, system nicht verfügbar, maintenance window, maintenance mode, planned downtime
wartung, wartungsankündigung, vorher angekündigt, vorab angekündigt, rechtzeitig angekündigt, vorher bescheid, vorher informiert, announced maintenance
# Support: Bearbeitungsstand, Registrierung am Portal
registrierung, zugang registrieren, im portal registrieren, fürs portal registrieren, am portal registrieren, portal registrieren, portalregistrierung, sign up for the portal, portal sign up
ticket, schon bearbeitet, bearbeitungsstatus, stand meiner anfrage, stand der anfrage, being worked on
# Vorlagen: Bericht oder Brief an den Arzt (Arztbrief der Therapiepraxis)
arztbrief, therapiebericht, bericht an den arzt, brief an den arzt, brief an den hausarzt, schreiben an den arzt, brief an den verordner, bericht an den verordner, letter to the doctor
# English: expired = invalid (reset and invitation links)
expired, invalid, no longer valid, not valid anymore, has expired, link expired, expired link, link invalid, invalid link
# English: track a ticket
ticket, check status, check my ticket, check my request, track my ticket, track my request, follow up on my ticket, follow up on my request, any update on my ticket
# Drucker: Kopierer und Multifunktionsgerät als Drucker
drucker, druckproblem, =kopierer, kopiergerät, kopierstation, druckstation, mfp
# Ausdruck zu klein oder verrutscht
druckproblem, ausdruck zu klein, ausdruck winzig, kommt klein raus, kommen klein raus, kommt zu klein raus, kommen ganz klein raus, ganz klein gedruckt, ausdruck verrutscht, ausdruck verschoben, ausdruck schief, druck zu klein, druck verrutscht, zu klein gedruckt, winzig gedruckt
# Standarddrucker festlegen
standarddrucker, hauptdrucker, drucker als standard, drucker festlegen, drucker fest einstellen, immer auf diesem drucker, standard drucker, default drucker, voreingestellter drucker, drucker voreinstellen
# Formulare drucken
formulardruck, einverständniserklärung drucken, einverständniserklärung ausdrucken, einwilligung drucken, einwilligung ausdrucken, behandlungsvertrag drucken, behandlungsvertrag ausdrucken, anamnesebogen drucken, anamnesebogen ausdrucken, fragebogen ausdrucken, formular ausdrucken, print consent form, print form
# Sammeldruck: jede Rechnung einzeln
sammeldruck, rechnungsstapel, stapel rechnungen, alle privatrechnungen drucken, privatrechnungen auf einmal, nicht mitdrucken, nicht mitgedruckt, beim drucken überspringen, einzeln drucken, einzeln ausdrucken, jede rechnung einzeln, drucken aller rechnungen, alle rechnungen auf einmal, print invoices one by one
# Rechnungskopie: Original nochmal
rechnungskopie, kopie drauf, steht kopie, kopie steht drauf, kopie auf der rechnung, zweiter ausdruck, zweites mal gedruckt, nochmal gedruckt, erneut gedruckt, kopievermerk, original nochmal drucken, original erneut drucken, original nochmal ausgeben, originalrechnung
# Alle Daten raus beim Anbieterwechsel
datenexport, gesamtexport, daten rausbekommen, daten rauskriegen, alle daten raus, patientendaten raus, dokumente raus, daten mitnehmen
# Internetleitung
internetgeschwindigkeit, internetleitung, dslleitung, dsl leitung, glasfaser, vdsl, mbit, reicht unsere leitung, reicht die leitung, reicht das internet, reicht unser internet, internet schnell genug, leitung schnell genug, wie schnell muss das internet sein
# Neue Rechner: Systemvoraussetzungen
systemvoraussetzungen, arbeitsspeicher, ram, hauptspeicher, was braucht der rechner, was muss der rechner können, was muss der pc können, welchen rechner brauchen wir, reicht unsere leitung, reicht die leitung, reicht das internet, reicht unser internet, neue rechner, neuer rechner, rechner kaufen, computer kaufen, pc kaufen, neue computer, neuer computer, neue pcs
# Anschauen = öffnen
öffnen, öffnet, anschauen, lässt sich nicht anschauen, kann nicht anschauen, kann ich nicht anschauen, lässt sich nicht ansehen, kann nicht ansehen, kann ich nicht ansehen
# Felder rot: Speichern fehlgeschlagen
fehlgeschlagen, rot umrandet, rot markiert, felder rot, rote felder, rote meldung, rote fehlermeldung
# Gleichzeitig offen
konflikt, denselben termin offen, denselben patienten offen, dieselbe akte offen, auch gerade offen, zeitgleich offen, gleichzeitig geöffnet, gleichzeitig bearbeiten, gleichzeitig drin
# Darstellung zerschossen: Cache
browsercache, zerschossen, darstellungsfehler, anzeigefehler, sieht komisch aus, sieht kaputt aus, layout kaputt, überlappen, überlappt, kalender zerschossen, kalender sieht komisch aus, kalender sieht kaputt aus, kalender falsch dargestellt, kalender verschoben
# Tablet: Buttons abgeschnitten
mobil, tablet, buttons abgeschnitten, knöpfe abgeschnitten, schaltflächen abgeschnitten, ansicht abgeschnitten, bildschirm abgeschnitten
# Download statt Anzeige
download, lädt nur herunter, wird nur heruntergeladen, lädt es nur herunter, nur heruntergeladen, landet im download
# Abmeldung zu schnell
timeout, so schnell abgemeldet, zu schnell abgemeldet, nicht so schnell abmelden, zu früh abgemeldet
# Kartenleser wird nicht gefunden
kartenlesegerät, findet kartenleser nicht, lesegerät tot, kartenleser tot, kartenterminal tot, kartenleser geht nicht mehr, lesegerät geht nicht mehr, kartenleser funktioniert nicht mehr, lesegerät funktioniert nicht mehr, findet kartenterminal nicht, findet lesegerät nicht, kartenleser nicht erkannt, lesegerät nicht erkannt, kartenterminal nicht erkannt, kartenleser wird nicht gefunden, card reader not found
# English: not showing = doesn't appear
appear, not showing, isn't showing, not showing up, doesn't show up, does not show up, isn't listed, not listed
# DATEV: Konten zuordnen
datev, kontenzuordnung, sachkonten zuordnen, konten zuordnen, konto zuordnen, erlöskonten zuordnen, konten hinterlegen, konten einrichten
# English: printout too small is set in the print dialog
dialog, printout too small, print too small, margins off, margins are off, wrong margins, headers and footers on the printout, url on the printout, printout shifted, printed too small, prints too small, printout cut off
# English: batch printing
batch, batch print, batch printing, print all, print all invoices, print several invoices, print many invoices, print multiple invoices, print invoices at once, all invoices at once
# English: invoice reprinted as copy
reprint, reprinted, says copy, marked copy, marked as copy, stamped copy, print again
# English: automatic sign-out
inactivity, timeout, kicked out, got kicked out, thrown out, got thrown out, auto logout, auto sign out, automatic sign out, logout time, sign out time, logout timer
# Daten von der Karte übernehmen = einlesen
einlesen, von der karte übernehmen, daten von der karte, stammdaten von der karte, von der kassenkarte übernehmen, daten der karte übernehmen, karte auslesen
# Startbildschirm
startbildschirm, homescreen, home screen, homebildschirm, home bildschirm, auf den homescreen, symbol auf dem homescreen, icon auf dem homescreen
# Falsch angezeigt
anzeigen, zeigt falsch an, zeigt nicht richtig an, wird falsch angezeigt, wird nicht richtig angezeigt, falsch dargestellt
# Umlaute kaputt in der CSV-Datei
csv, umlaute kaputt, umlaute falsch, umlaute stimmen nicht, statt der umlaute, statt umlaute, umlaute werden falsch angezeigt, komische zeichen statt, sonderzeichen kaputt
# Etiketten nach Zweck: Röhrchen und Proben beschriften
patientenetikett, röhrchen beschriften, proben beschriften, probe beschriften, laborprobe beschriften, blutprobe beschriften, name und geburtsdatum, namen und geburtsdatum, laborröhrchen, blutröhrchen, probenröhrchen
# Drucker druckt nichts, umgangssprachlich
druckproblem, kommt nichts raus, kommt kein ausdruck, druckt nix, druckt nichts, druckt gar nichts, spuckt nichts aus, drucker reagiert nicht, drucker macht nichts, drucker tut nichts
# Drucker einbinden = einrichten
druckereinrichtung, drucker einbinden, drucker installieren, drucker hinzufügen, drucker anschließen, drucker verbinden, neuen drucker einrichten, drucker anlegen
# Adressen auf Etiketten drucken
adressetikett, adressen drucken, adressen ausdrucken, adressen auf etiketten, anschriften drucken, adressaufkleber drucken
# DATEV: Buchungsdaten an die Kanzlei
datev, buchungsdaten, buchhaltungsdaten, buchungen übergeben, buchungen an den steuerberater, daten für die buchhaltung, daten an die kanzlei, an die kanzlei schicken, an das steuerbüro schicken, an den steuerberater schicken
# Browser zu alt
veraltet, alter explorer, explorer veraltet, uralter browser, alte browserversion, browser nicht aktuell, browser nicht mehr aktuell
# Läuft das auf …
systemvoraussetzungen, läuft das auf, läuft es auf, funktioniert das auf, läuft medondo auf, funktioniert medondo auf, läuft das noch auf, auf meinem mac, am mac zu hause
# Befund oder Arztbrief geht nicht auf
pdf, befund öffnen, befund geht nicht auf, arztbrief öffnen, dokument geht nicht auf, anhang öffnet nicht, anhang geht nicht auf, datei geht nicht auf, datei öffnet nicht, datei lässt sich nicht öffnen
# Fehler beim Laden des PDF-Dokuments
pdf, fehler beim laden des dokuments, fehler beim laden des pdf, dokument konnte nicht geladen werden, pdf konnte nicht geladen werden, failed to load pdf document
# Verlauf und Zwischenspeicher löschen
browsercache, verlauf löschen, browserverlauf löschen, daten im browser löschen, temporäre dateien löschen, zwischenspeicher leeren, zwischenspeicher löschen
# Am Handy nachschauen, unterwegs
mobil, am handy schauen, auf dem handy schauen, unterwegs nachschauen, termine am handy, kalender am handy, termine auf dem handy, kalender auf dem handy
# Gerät gestohlen: Sitzungen beenden
mobil, diensthandy gestohlen, diensthandy verloren, tablet gestohlen, tablet verloren, handy gestohlen, handy verloren, gerät verloren, gerät gestohlen
# Etikettendrucker druckt leere Etiketten
etikettendrucker, leere etiketten, leere labels, etiketten bleiben leer, etikett bleibt leer, druckt leere etiketten, spuckt leere etiketten aus, etikettenrolle falsch eingelegt, rolle falsch herum
# PDF wird falsch angezeigt
pdfviewer, formularfelder falsch, schriften falsch, schrift falsch im pdf, pdf sieht komisch aus, pdf falsch angezeigt, pdf wird falsch angezeigt, pdf wird nicht richtig angezeigt
# Rauswurf = automatische Abmeldung
timeout, rauswurf, rausschmiss, rauswerfen
# Neuer Drucker in der Praxis
druckereinrichtung, neuer drucker, neuen drucker, neues druckermodell, drucker gewechselt, drucker getauscht, drucker ausgetauscht, anderer drucker
# Pop-up-Symbol in der Adressleiste, erzählt
popup, symbol in der adressleiste, symbol in der leiste, symbol mit rotem kreuz, rotes kreuz in der leiste, rotes x in der adressleiste, durchgestrichenes fenster
# Etikett falsch bedruckt
etikettendrucker, auf zwei etiketten verteilt, über zwei etiketten, etikett abgeschnitten, etiketten abgeschnitten, text auf dem etikett abgeschnitten, etikettenformat falsch, falsches etikettenformat
# Export ausgegraut
datenexport, exportieren ausgegraut, export ausgegraut, export button grau, exportieren grau, kann nicht exportieren, darf nicht exportieren, exportieren nicht erlaubt
# Welcher Browser ist der beste
systemvoraussetzungen, empfohlener browser, bester browser, browserempfehlung, welchen browser, welcher browser ist am besten, welchen browser nehmen, welches internetprogramm
# English: printer missing = printer setup
setup, printer not listed, printer not in the list, printer isn't listed, printer missing, printer not showing, add a printer, install a printer, install printer, new printer, set up a printer
# Kassenabrechnung: Datenannahmestelle und Abrechnungsdatei, Sammelabrechnung, Absetzungen der Kasse, abrechnungsreife Rezepte
kassenabrechnung, datenannahmestelle, datenannahmestellen, annahmestelle, abrechnungsdatei, abrechnungsdateien
kassenabrechnung, sammelabrechnung, kassenabrechnungen, sammelabrechnungen
kassenabrechnung, absetzung, absetzungen, kassenkürzung, rechnungskürzung, retaxierung, retax
kassenabrechnung, abrechnungsreif, abrechnungsfertig, fertige rezepte, fertige verordnungen, verordnungen fertig, rezepte fertig, abgeschlossene rezepte, abgeschlossene verordnungen
# Kassenabrechnung: Direktversand an die Kassen statt über ein Abrechnungszentrum
datenaustausch, direktversand, direktabrechnung, direktabrechner, selbstabrechner, ohne rechenzentrum, ohne abrechnungszentrum, selbst an die kassen, selbst an die krankenkassen, direkt an die kassen, direkt an die krankenkassen, an die kassen übermitteln, an die krankenkassen übermitteln, an die kassen senden, daten an die kassen
# Kasse: Geld entnehmen; Barzahlung auf Englisch
kassenbuch, entnahme, kassenentnahme, geld entnehmen, geld aus der kasse, geld aus der kasse nehmen, geld rausnehmen
barzahlung, paid cash, paid in cash, pays cash, pay cash, paying cash, cash payment
# Lizenzen: wie viele gebucht und belegt
lizenzanzahl, lizenzübersicht, lizenzstatus, lizenzstand, gebuchte lizenzen, lizenzen gebucht, anzahl der lizenzen
behandlerkontingent, belegte lizenzen, lizenzen belegt, genutzte lizenzen, lizenzen genutzt, wie viele lizenzen, freie lizenzen, lizenzen in gebrauch
# Lizenzen: Behandler anlegen geht nicht, Meldung zum Kontingent, Lizenz freimachen
ausgeschöpft, behandler anlegen geht nicht, therapeut anlegen geht nicht, therapeutin anlegen geht nicht, kann keinen behandler anlegen, kann keinen therapeuten anlegen, kann keine therapeutin anlegen
warnung, kontingentmeldung, kontingentwarnung, lizenzwarnung, lizenzmeldung, meldung kontingent, meldung lizenz
behandlerkontingent, platz freimachen, platz frei machen, lizenz freimachen, lizenz frei machen, lizenz freigeben, lizenz wieder frei, lizenzplatz freimachen
# Lizenzen dazukaufen: Zugang kaufen, neue Therapeutin einstellen, Praxis wächst, eigene Lizenz für die Vertretung
upgrade, zugang dazukaufen, zugang kaufen, zugang dazubuchen, neue therapeutin einstellen, neuen therapeuten einstellen, zweite therapeutin einstellen, zweiten therapeuten einstellen
upgrade, praxis wächst, team wächst, wir wachsen
upgrade, extra lizenz, eigene lizenz, separate lizenz, lizenz für die vertretung, lizenz für eine vertretung
# Kündigen: Software nicht mehr nutzen, Anbieter wechseln, Vertrag übertragen, bis wann
kündigen, software nicht mehr nutzen, medondo nicht mehr nutzen, programm nicht mehr nutzen, software nicht mehr verwenden
kündigen, anbieterwechsel, softwarewechsel, zu einem anderen anbieter wechseln, zu einer anderen software wechseln, auf eine andere software umsteigen, umstieg auf eine andere software, software wechseln
kündigung, praxisübergabe, praxisübernahme, vertragsübertragung, vertrag übertragen, vertrag umschreiben, vertrag auf nachfolger, vertrag auf nachfolgerin
kündigungsfrist, bis wann spätestens, spätestens bescheid geben, wie lange vorher kündigen, wie früh kündigen
# Lizenzen reduzieren, Kosten senken
reduzieren, downgrade, downgraden, herabstufen, runterstufen, herunterstufen, lizenzreduzierung, lizenzreduktion, weniger plätze, weniger therapeutenplätze, weniger lizenzen, kosten senken, kosten sparen, anzahl runtersetzen, lizenzen runtersetzen, zahl runter, anzahl runter
# medondo-Rechnung: Monatsgebühr, Anschrift, Rechtsform
lizenzrechnung, medondorechnung, monatsgebühr, grundgebühr, abogebühr, nutzungsgebühr, softwaregebühr, lizenzkosten, softwarekosten, monatliche gebühr, monatliche kosten
rechnungsanschrift, rechnung alte adresse, alte adresse auf der rechnung, alte anschrift auf der rechnung, anschrift für eure rechnungen, adresse für eure rechnungen, adresse auf eurer rechnung, anschrift auf eurer rechnung
rechnungsempfänger, rechtsform, rechtsformwechsel, gbr, gesbr, partg
# Privatrechnung an Angehörige
privatrechnung, rechnung an die eltern, rechnung an die mutter, rechnung an den vater, rechnung an angehörige
# Mahnung: Mahnsperre, Rechnung nicht bezahlt
mahnung, mahnsperre, mahnstopp, mahnstop, mahnpause, nicht mahnen, mahnung aussetzen, mahnung stoppen, von der mahnung ausnehmen
mahnung, rechnung nicht bezahlt, rechnungen nicht bezahlt, rechnung nicht zahlen, rechnungen nicht zahlen, rechnung nicht gezahlt, rechnungen nicht gezahlt
# Termine: Folgetermin (englisch), verschieben, nach hinten rücken, auf einen anderen Tag legen
appointment, followup, follow up session, next session, book a follow up, book the next session
verschieben, hinausschieben, aufschieben, nach hinten rücken, nach vorne rücken, nach vorn rücken, auf später legen, auf montag legen, auf dienstag legen, auf mittwoch legen, auf donnerstag legen, auf freitag legen, auf samstag legen, auf morgen legen, auf einen anderen tag legen
reschedule, move to another day, move to a different day, to another day, to a different day
# Termine: zwei Patienten zur selben Zeit = Doppelbuchung, Terminüberschneidung
doppelbuchung, terminüberschneidung, parallelbuchung, parallelbehandlung, parallel gebucht, parallel buchen, parallel behandeln, zwei patienten zur selben uhrzeit, zwei patienten zur gleichen uhrzeit, zwei patienten zur selben zeit, zwei patienten zur gleichen zeit, doppelt vergeben
# Terminerinnerung: Nachricht aufs Handy, am Vortag
sms, handynachricht, handymitteilung, nachricht aufs handy, nachricht ans handy, nachricht auf das handy, nachricht aufs natel, textnachricht aufs handy
erinnerung, am vortag, einen tag vorher, einen tag davor, tag vor dem termin, vorabnachricht, vorabinfo
# Kalenderansicht: Kollegin fehlt im Kalender, nur meine Patienten, nebeneinander, Farbe nach Behandler
kalenderansicht, behandler fehlt, therapeut fehlt, therapeutin fehlt, kollegin taucht nicht auf, kollege taucht nicht auf, behandler taucht nicht auf, therapeut taucht nicht auf, therapeutin taucht nicht auf, taucht im kalender nicht auf, erscheint nicht im kalender, nicht im kalender sichtbar, fehlt im kalender
kalenderansicht, nur meine patienten, nur eigene patienten, nur meine eigenen, nebeneinander darstellen, nebeneinander sehen, räume nebeneinander, behandler nebeneinander, therapeuten nebeneinander, räume im kalender
kalenderansicht, behandlerfarbe, mitarbeiterfarbe, farbe nach behandler, farbe pro behandler, farbe je behandler, farbe nach mitarbeiter, farbe pro mitarbeiter, farbe nach therapeut, farbe pro therapeut, farblich nach mitarbeiter, farblich nach behandler, farblich nach therapeut, nach behandler einfärben, nach mitarbeiter einfärben
kalenderansicht, show only my, only show my, only my own, my own appointments, my own calendar, filter by practitioner, filter by therapist
# Online-Buchung: im Web buchbar, Patienten tragen sich selbst ein
onlinebuchung, buchbar, webbuchung, web buchbar, netz buchbar, internet buchbar, im web buchen, im netz buchen, im internet buchen, sich selbst eintragen, selbst eintragen lassen
# Serientermin: die ganze Verordnung verplanen
serientermin, verplanen, durchplanen, ganze verordnung, ganzes rezept, ganze heilmittelverordnung, alle behandlungen planen, alle behandlungen eintragen
# Patient aufnehmen: neu aufnehmen, noch nie bei uns, Kind aufnehmen; Wahlpatient (AT)
neuaufnahme, neu aufnehmen, neu aufgenommen, noch nie bei uns, noch nie da gewesen, zum ersten mal bei uns, erstmals bei uns, erstmals in der praxis, kind aufnehmen, kind anlegen, kinder aufnehmen, kinder anlegen, aufnahme kind, kinderaufnahme
patient, wahlpatient, wahlpatientin
# Dokumente: Bericht vom Facharzt, Befund weiterschicken, in die Akte legen
arztbrief, bericht vom orthopäden, bericht vom facharzt, bericht vom hausarzt, bericht vom radiologen, brief vom radiologen
dokument, befund schicken, befund verschicken, befund senden, befund mailen, befund weiterleiten, dokument schicken, dokument verschicken, dokument weiterleiten, dokument mailen, arztbrief weiterleiten, arztbrief schicken, dokument verschlüsselt, befund verschlüsselt
hochladen, in die akte legen, zur akte legen, in die kartei legen, zum patienten legen, in der akte speichern, in die akte speichern, in der akte abspeichern, beim patienten ablegen, beim patienten abspeichern
# DSGVO: Akteneinsicht, Unterlagen anfordern (auch vom Anwalt), Daten vernichten
auskunftsersuchen, akteneinsicht, einsichtnahme, aktenkopie, akte anfordern, unterlagen anfordern, akte angefordert, unterlagen angefordert, fordert unterlagen, fordert akte, kopie der akte, kopie der unterlagen
auskunftsersuchen, anwalt fordert, anwalt verlangt, anwalt will, anwalt möchte, anwaltsanfrage, anfrage vom anwalt, rechtsanwalt fordert
löschung, vernichten, vernichtet, vernichtung, datenvernichtung, aktenvernichtung, akte löschen, patientenakte löschen, kartei löschen, alle daten löschen, akte komplett löschen
# Formulare: Gesundheitsfragen, Bogen per Link, eigener Bogen, Patient am Tablet (Patientenmodus)
anamnese, gesundheitsfragen, gesundheitsangaben, vorerkrankungen, vorgeschichte
formular, bogen per link, fragebogen per link, formular per link, anamnese per link, bogen per mail, fragebogen per mail, bogen nach hause, fragebogen nach hause, bogen vorab, bogen ausfüllen, bogen unterschreiben, bogen am tablet, bogen auf dem tablet, bogen am ipad, bogen auf dem ipad
formular, formulareditor, formularbaukasten, formulardesigner, eigenes formular, eigene formulare, formular bauen, bogen bauen, bogen erstellen, eigenen bogen, eigener bogen, fragebogen bauen, ja nein fragen
anamnesebogen, patientenmodus, kioskmodus, patient am tablet, patient auf dem tablet, patient am ipad, patient auf dem ipad, tablet dem patienten geben, ipad dem patienten geben, tablet an den patienten, passwort nach dem absenden, passwort nach dem ausfüllen, zurück nur mit passwort, zurück nur mit pin
# Dokumentation: Therapieaufzeichnungen, alter Eintrag nicht mehr änderbar, Bericht für den Arzt
dokumentation, therapieaufzeichnung, therapieaufzeichnungen, behandlungsaufzeichnung, behandlungsaufzeichnungen, therapienotizen, behandlungsnotizen
nachtrag, eintrag nicht mehr ändern, eintrag nicht mehr bearbeiten, eintrag lässt sich nicht ändern, eintrag nicht änderbar, eintrag gesperrt, eintrag korrigieren, einträge korrigieren, eintrag nachträglich ändern, doku nicht mehr ändern, dokumentation nicht mehr ändern
nachtrag, edit note, edit my note, edit treatment note, change my note, cannot edit note, note locked, entry locked, locked entry
therapiebericht, arzt bericht, bericht anfordern, bericht angefordert, berichtsanforderung
# Verneinung im Dialekt: ned, nich, nöd, nid = nicht (liest sich in Wendungen kurzer Fragen wie "nicht")
nicht, ned, nich, nöd, nid
# Kassa stimmt ned (AT, bair.)
tagesabschluss, kassa stimmt ned, kasse stimmt ned, kassa stimmt net, kasse stimmt net, kasse stimmt nich, kassa passt ned, kasse passt ned, kassa geht ned auf, kasse geht ned auf, kassa stimmt nöd, kasse stimmt nöd
# bair. mi = mich: schmeißt mi raus
timeout, schmeißt mi raus, wirft mi raus, haut mi raus, kickt mi raus, schmeißts mi raus, hauts mi raus, wirft uns raus, schmeißt uns raus
# bair. koan, koa = kein
ausgeschöpft, koan therapeuten mehr, koan behandler mehr, koa therapeutin mehr, koa lizenz mehr, koan platz mehr, koa platz mehr, koane lizenz mehr
# AT no a, no an = noch ein
upgrade, no an platz, no a lizenz, no an behandler, no an therapeuten, no a therapeutin, no a physio, no an physio, no a ergo, no an ergo, no a logopädin
# Auskunft: was habt ihr über mich
auskunft, was ihr über mich habt, was ihr über ihn habt, was ihr über sie habt, was habt ihr über mich, was wir über ihn haben, was wir über sie haben, alles über ihn gespeichert, alles über sie gespeichert, will alles wissen, will alles haben, will alles sehen, alles über mich, alles über ihn
# verhunzt, verpfuscht = vermurkst
korrigieren, verhunzt, verpfuscht, verbaselt, vergeigt, verkackt
stornieren, rechnung verhunzt, rechnung verpfuscht, rechnung vergeigt, rechnung verkackt, rechnung verbaselt
# Serverstandort Österreich, Schweiz
rechenzentrum, daten in österreich, server in österreich, in österreich gespeichert, in österreich gspeichert, in der schweiz gspeichert, daten in der schweiz, server in der schweiz, in der schweiz gespeichert, österreichische server, schweizer server, österreichisches rechenzentrum, schweizer rechenzentrum
# Frau X einschreiben (AT) = Termin eintragen
termin, frau einschreiben, herrn einschreiben, herr einschreiben, frau einbuchen, herrn einbuchen, herr einbuchen
# Kalender pro Raum
kalenderansicht, kalender nach raum, kalender nach räumen, kalender pro raum, ansicht nach raum, ansicht pro raum, nach raum anzeigen, nach räumen anzeigen, nach raum gruppieren, spalte pro raum, spalten pro raum, spalte je raum
# Was ist neu (AT)
versionshinweise, was is neu, wos is neu, wos gibts neues, was hat sich getan, neuerungen im programm, was gibts neues im programm, was ist neu im programm
# Rezepte zum Rechenzentrum, an die Kassen
kassenabrechnung, rezepte zum rechenzentrum, zum rechenzentrum bringen, zum rechenzentrum gebracht, zum rechenzentrum schicken, ins rechenzentrum bringen, ins rechenzentrum schicken, rezepte an die kassen, rezepte an die kasse, rezepte an die krankenkasse, rezepte an die krankenkassen
# Vertippt beim Einloggen
fehlversuch, paar mal vertippt, paarmal vertippt, öfters vertippt, öfter vertippt, beim einloggen vertippt, vertippt beim einloggen, beim login vertippt, vertippt beim login, beim anmelden vertippt, vertippt beim anmelden
# Fällt mir nimmer ein
zurücksetzen, fällt mir nimmer ein, fällt mir ned ein, fällt mir net ein, passwort weiß ich ned, kennwort weiß ich ned
# Eintrag lässt sich nimmer ändern
nachtrag, verlaufseintrag, falsches geschrieben, falsch dokumentiert, falscher eintrag, eintrag falsch, fehler im eintrag, im eintrag vertan, eintrag nimmer ändern, eintrag nimmer bearbeiten, lässt sich nimmer ändern, lässt sich nimmer bearbeiten, kann nimmer ändern, kann nimmer bearbeiten, nimmer änderbar, nimmer bearbeitbar
# Trennbares Verb: druck alle Rechnungen aus
sammeldruck, druck alle rechnungen aus, druck alle privatrechnungen aus, druck die rechnungen aus, druck alle honorarnoten aus
# Fehler beim Laden des PDFs
pdf, befund lädt nicht, dokument lädt nicht, wird irgendwo gespeichert, wird irgendwohin gespeichert
# Serie: immer montags, nicht jeden Termin einzeln
serientermin, immer montags, immer dienstags, immer mittwochs, immer donnerstags, immer freitags, jedes mal einzeln, jeden termin einzeln, einzeln eintragen
# Ordi übersiedelt (AT), Praxis gezügelt (CH)
praxisdaten, praxisadresse, praxisanschrift, ordi übersiedelt, ordination übersiedelt, praxis übersiedelt, ordi übersiedeln, praxis übersiedeln, praxis gezügelt, praxis zügeln, ordi umgezogen, ordination umgezogen
# Zuweisung (AT) = Verordnung
verordnung, rezept, heilmittelverordnung, =zuweisung, =zuweisungen, zuweisung vom doktor, zuweisung vom hausarzt, neue zuweisung
# Honorarnote von euch
lizenzrechnung, eure honorarnote, honorarnote von euch, honorarnote von medondo
# Foto vom Handy in die Akte
hochladen, vom handy hochladen, vom natel hochladen, vom tablet hochladen, vom handy in die akte, vom handy in die kartei, vom natel in die akte, vom natel in die kartei, vom tablet in die akte, foto in die akte, fotos in die akte, foto in die kartei, röntgen in die akte, röntgen in die kartei, befund in die akte, befund in die kartei, scan in die akte, ins dossier hochladen
# English: printer does nothing
dialog, printer does nothing, print does nothing, hit print, nothing happens when i hit print, print button does nothing
# English: chase up a ticket
status, chase up my ticket, chase up my request, chase up the ticket, chase up the request, chase it up
# Falsche UID auf der Rechnung
rechnungsdaten, rechnungsanschrift, falsche uid, uid falsch, falsche ustid, ustid falsch, uid fehlt, ustid fehlt, falsche mwst nummer
# Honorarnote stornieren (AT)
stornieren, honorarnote stornieren, honorarnote storno, honorarnote korrigieren, honorarnote zurückziehen
# Kartenleser erkennt nix
kartenlesegerät, lesegerät erkennt nix, kartenleser erkennt nix, lesegerät erkennt nichts, kartenleser erkennt nichts, erkennt die karte nicht, erkennt die e card nicht, liest die karte nicht, liest die e card nicht, e card lesegerät, ecard lesegerät
# Code fürs Login
zweifaktor, code fürs login, login code, logincode, anmeldecode, code zum einloggen, code beim einloggen, code vom natel, code aufs natel
# Zahlschein statt Abbuchung
zahlungsart, erlagschein statt abbuchung, zahlschein statt abbuchung, erlagschein statt lastschrift, zahlschein statt lastschrift, einzahlungsschein statt lastschrift, lieber selbst überweisen, lieber überweisen
# Export: rauslassen, rausspielen
exportieren, export, rauslassen, rausspielen
# Für die Treuhand (CH) = für den Steuerberater
datev, für die treuhand, an die treuhand, für den treuhänder, an den treuhänder, treuhandexport
# Bar kassiert
barzahlung, bar kassiert, bar einkassiert, bar abkassiert, bar erhalten, bar bekommen, bar entgegengenommen
# Mails kriegen sie nicht
unzustellbar, kriegen die mails nicht, kriegen mails nicht, kriegt mails nicht, bekommen mails nicht, bekommt mails nicht, kriegen mails ned, kriegt mails ned, kriegen koa mail
# Hochzeit = Heirat
heirat, hochzeit, verheiratet, nach der hochzeit, seit der hochzeit
# Sms vorm Termin
erinnerung, sms vorm termin, mail vorm termin, tag vorm termin, vorm termin erinnern
# Etikett verschoben
etikettendrucker, etiketten verschoben, etikett verschoben, etiketten verrutscht, etikett verrutscht, pickerl verschoben, pickerl verrutscht, auf dem nächsten etikett
# Umlaute verhunzt
csv, umlaute verhunzt, umlaute zerschossen, umlaute durcheinander, umlaute komisch, umlaute hinüber
# Kassa hat nicht gestimmt
tagesabschluss, kassa nicht gestimmt, kasse nicht gestimmt, kassa hat nicht gestimmt, kasse hat nicht gestimmt, kassa stimmt nimmer, kasse stimmt nimmer
# Abgemeldet beim Telefonieren; Abmeldezeit länger stellen
timeout, abmeldezeit, länger stellen, länger einstellen, zeit länger stellen
# English: into a spreadsheet
spreadsheet, into excel, to excel, get into excel, open in excel, pull into excel
# Lizenzgebühr vom neuen Konto abbuchen
lastschrift, bucht ab, bucht die gebühren ab, gebühren abbuchen, lizenzgebühren abbuchen, vom neuen konto abbuchen, vom konto abbuchen, neues konto für die abbuchung
# Sammeldruck am Monatsende
sammeldruck, am monatsende drucken, alle auf einmal raushauen
# Feiertag in der Serie
serientermin, feiertag dazwischen, feiertage dazwischen, feiertag in der serie, urlaub dazwischen, feiertag fällt in die serie
# Natel ins Wasser (CH)
wiederherstellungscode, natel ins wasser, natel runtergefallen, natel gestohlen, natel defekt, natel getauscht, handy ins klo
# Honorarnote mit alter Adresse, alter IBAN
praxisdaten, honorarnote alte adresse, alte iban auf der rechnung, alte bankverbindung auf der rechnung, iban auf der honorarnote, adresse auf der honorarnote
# Kein Gerät gefunden
kartenlesegerät, kein gerät gefunden, gerät nicht gefunden, findet kein gerät, kein lesegerät gefunden, findet das gerät nicht
# Mail nie gekriegt
unzustellbar, nie gekriegt, nix gekriegt, nie gekriegt haben, hat nichts gekriegt
# Erst freundlich, dann mit Gebühr
mahnung, erst freundlich, zuerst freundlich, dann mit gebühr, später mit gebühr, mit gebühr mahnen
# falsch tippt (AT) = falsch getippt
fehlversuch, oft falsch getippt, passwort falsch tippt
# Pickerl mit Namen
patientenetikett, pickerl mit namen, etikett mit namen, etiketten mit namen, aufkleber mit namen, pickerl mit name
# English: book a patient in = schedule
schedule, book a patient in, book patient in, book someone in, book a client in, book in a patient, book the patient in, book in a new patient
# Am Handy geht's, am PC nicht: Browser des PCs (Cache)
ladekreis, am handy gehts, am handy geht es, auf dem handy gehts, am handy funktionierts, am handy funktioniert es, am natel gehts, nur am pc nicht
# Termine auf zwei Akten verteilt
zusammenführen, auf beide verteilt, auf zwei akten verteilt, auf beide akten verteilt, auf beide patienten verteilt
# English staff: Rezepte billed to the statutory insurers
kassenabrechnung, heilmittelabrechnung, bill insurers, billing insurers, bill insurance, statutory insurers, health insurers, bill kasse, kasse billing
kassenabrechnung, rezeptabrechnung, billing rezepte, rezepte billing, send rezepte, submit rezepte, rezepte to insurance, rezepte to kasse, finished rezepte, finished prescriptions, completed prescriptions
# English staff: electronically
elektronisch, electronically, electronic
# English staff: locked out after typing the password wrong
fehlversuch, locked out, password wrong, typed wrong, typed it wrong, typing it wrong, mistyped, mistyped password, wrong password typed, entered wrong password
fehlversuch, tried password, password several times, password 5 times, password five times, password 3 times, password three times
# English staff: cannot remember the password
zurücksetzen, reset, forgot, remember my login, remember my password, remember password, new login details, need a new password
# English staff: two-step login with a code from the phone
zweifaktor, 2 step, two step login, code from phone, code on phone, code to phone, phone code, six digit code, six digit, 6 digit code, login code
# English staff: forms on the tablet instead of paper, or sent before the first visit
formular, paperless, go paperless, paper forms, paper form, get rid of paper, no more paper, sign on tablet, sign on ipad, fill in at home, fill in before
formular, vorab, email the form, send the form, form by email, form in advance, before the first visit, before first appointment
anamnese, medical history, health history, health questionnaire, intake form, intake forms, intake questionnaire
# English staff: treatment notes, closed entries
dokumentation, therapy notes, treatment note, patient notes, case notes, clinical note, my notes, write notes, writing notes, write up notes
# English staff: stickers = labels
etikett, patientenetikett, patientenaufkleber, =stickers, sticker sheet, sticker labels, patient sticker, patient stickers, name stickers
# English staff: many invoices at month end
sammeldruck, batch, print them all, print all at once, print in one go, print each one, printing each one, invoices to post, post out invoices, invoices by post
# English staff: annual leave
abwesenheit, on leave, annual leave, maternity leave, paternity leave, parental leave, study leave, sick leave, days off, day off, holiday leave, on holiday, away on holiday, off sick
# English staff: weekly series of sessions
serientermin, every monday, every tuesday, every wednesday, every thursday, every friday, every week, each week, same time every week, same slot every week, weekly sessions, weekly appointments
serientermin, block of sessions, course of sessions, course of treatment, 6 sessions, 10 sessions, 12 sessions, book each appointment
# English staff: who may see what, permission missing
rolle, must not see, should not see, shouldn't see, not allowed to see, hide notes, hide documentation
rolle, must not read, should not read, shouldn't read, not allowed to read
rolle, set up access, access for reception, access for the front desk, access for the trainee
rolle, do not have permission, don't have permission, have no permission, give permission, grant permission, grant access, give right
benutzer, own login, own logins, separate login, separate logins, individual login, personal login, login for each
# English staff: surgery and clinic = practice
praxis, surgery, clinic
praxisdaten, surgery address, clinic address, practice address, our address, surgery details, clinic details
# English staff: chip card
egk, chip card, chipcard, card not detected
# English staff: phone = mobile phone
handy, phone, phones, my phone
# English staff: paying medondo, direct debit bounced
zahlungsart, switch to direct debit, pay by direct debit, change payment method, pay by bank transfer, pay by transfer
zahlungsart, medondozahlung, licence payment, license payment, pay the licence, pay the license, pay medondo, paying medondo, payment to medondo
rücklastschrift, debit bounced, direct debit bounced, debit returned, returned direct debit, direct debit failed, debit failed
# English staff: GDPR request, lawyer
auskunftsersuchen, subject access, subject access request, data access request, data request, data you hold, data we hold, all their data, all his data, all her data, copy of their data, copy of his data, copy of her data
auskunftsersuchen, lawyer, solicitor, attorney
# English staff: same patient twice, married
zusammenführen, combine, combined records, entered twice, created twice, twice in the system, double record, same patient twice
zusammenführen, two records, two files, two patient records, same person
heirat, married, got married, marriage, wedding, new surname, surname changed
# English staff: chasing unpaid invoices
mahnung, chase patients, chase up, chasing patients, chase unpaid, friendly reminder, reminder letter, payment reminders
unbezahlt, haven't paid, hasn't paid, not paid yet, still not paid
# English staff: reverse a wrong invoice
stornieren, reverse, reversed, reversing, wrong amount, incorrect amount, already finalised, already finalized, finalised invoice, finalized invoice, wrong patient, wrong recipient
# English staff: patients book online themselves
onlinebuchung, book themselves, book by themselves, book on their own, self booking, self book, selfbooking, self scheduling, self service booking, book over internet
onlinebuchung, book from website, book on website, book via website, book through website, website booking, online appointments
# English staff: diaries of all therapists, own schedule, colours
kalenderansicht, diaries, all therapists, all practitioners, everyone's diary, everyone's calendar, all diaries, all calendars
kalenderansicht, my own schedule, only my schedule, see only my, only see my, just my own, just my appointments
kalenderansicht, colour by therapist, color by therapist, colour per therapist, color per therapist, colour by practitioner, color by practitioner
# English staff: backed up
datensicherung, backed up, backing up, is our data safe, data safe, data loss
# English staff: saving failed, same patient open
fehlgeschlagen, saving failed, save failed, failed to save, could not save, couldn't save, won't save, not saving, doesn't save, lost my changes, changes lost
konflikt, same patient open, open at the same time, editing at the same time, both editing
# English staff: everything messed up after an update = cache
browsercache, cache, zerschossen, looks broken, buttons missing, buttons gone, layout broken, display broken, looks weird, looks strange
# English staff: support ticket, nobody answered
ticket, nobody answered, nobody replied, no reply yet, haven't heard back, heard nothing back, nobody got back
# English staff: fewer licences
reduzieren, fewer licences, fewer licenses, fewer seats, less licences, less licenses, reduce licences, reduce licenses, reduce number of licences, pay for fewer, downsize, downsizing, scale down, getting smaller
# English staff: your invoice to us, higher than usual
lizenzrechnung, medondorechnung, your invoice, your invoices, your bill, invoice from medondo, medondo invoice, medondo bill, bill from medondo, invoice from you, invoice to us, invoices to us
lizenzrechnung, medondorechnung, higher than usual, more than usual, higher than last month, more than last month, more expensive than usual, bill is higher, invoice is higher, unexpected charge, line item
# English staff: statistics = analysis
analysis, statistics, stats, own statistics
# English staff: DATEV for the accountant
datev, for accountant, to accountant, for tax adviser, for tax advisor, to tax adviser, bookkeeping export, accounting data
# English staff: prescription check and typing it in
rezeptprüfung, check prescription, check rezept, prescription valid, rezept valid, valid prescription, check if valid
erfassen, type in, type it in, key in, enter it, put it in the system
# English staff: emails not arriving
unzustellbar, never received, didn't get email, didn't receive email, email never arrived, ends up in spam, goes to spam, own domain, our domain, sender domain
# English staff: wrong = falsch
falsch, wrong, incorrect, incorrectly
# English staff: supported browsers
unterstützt, unterstützte, supported, compatible, compatibility
# English staff: give a login = user management
benutzerverwaltung, give login, give a login, needs a login, need a login, login for new staff
# English staff: over the internet = website
website, over the internet, via the internet, through the internet, on the web
# English staff: plain verbs the German titles use
lesen, read, reading
öffnen, öffnet, opens
# Erzählt: Verlaufseintrag von vorgestern, falsch dokumentiert
verlaufseintrag, eintrag von vorgestern, eintrag von letzter woche, eintrag vom vortag, eintrag von neulich, eintrag vom montag, eintrag ist abgeschlossen, dieser eintrag ist abgeschlossen, eintrag lässt sich nicht mehr ändern, eintrag nicht mehr änderbar, eintrag lässt sich nicht mehr bearbeiten
dokumentation, in die doku geschrieben, in der doku, doku falsch, falsch dokumentiert, falsches dokumentiert, falsches in die doku, in die dokumentation geschrieben
# Erzählt: alte Straße auf den Rechnungen der Praxis
praxisdaten, alte straße rechnung, alte straße auf, noch die alte straße, alte iban auf, noch die alte iban, alte iban rechnung, alte bankverbindung auf
# Erzählt, Satzstellung umgedreht: stimmt die Kasse nicht
tagesabschluss, stimmt das bargeld nicht, stimmt die kasse nicht, stimmt der kassenbestand nicht, stimmt der kassenstand nicht, stimmt die kassa nicht, passt die kasse nicht, passt das bargeld nicht
# Erzählt: kriegt die Mails nicht
unzustellbar, kriegt mail nicht, bekommt mail nicht, kriegen mail nicht, bekommen mail nicht, kriegt email nicht, bekommt email nicht, kriegt rechnungsmail nicht, bekommt rechnungsmail nicht, rechnungsmail kommt nicht, rechnung per mail nie, rechnung nie per mail, nie per mail bekommen, nie per email bekommen
# Therapeutin einstellen = Lizenz dazukaufen
upgrade, ergotherapeutin einstellen, physiotherapeutin einstellen, logopädin einstellen, ergotherapeut einstellen, physiotherapeut einstellen, logopäde einstellen, zweite ergotherapeutin, zweite physiotherapeutin, zweite logopädin, zwei neue physios, zwei neue therapeuten, zwei neue therapeutinnen, zusätzliche plätze, weitere plätze
# Zum ersten Mal da = Patient anlegen
anlegen, kind aufnehmen, kommt zum ersten mal, zum ersten mal bei uns, zum ersten mal zur, das erste mal zur, zum ersten mal in die praxis
# Server in Amerika
rechenzentrum, amerika, usa, server in amerika, server in den usa, daten in amerika, daten in den usa, amerikanische server, us server, in amerika gespeichert
# Kolleginnen im Kalender nicht sehen
kalenderansicht, sehe meine kolleginnen nicht, sehe die kolleginnen nicht, kolleginnen fehlen, kolleginnen nicht im kalender, sehe die anderen therapeuten nicht, andere therapeuten nicht im kalender, nur noch mich im kalender
# Immer dienstags = Serie
serientermin, immer montags, immer dienstags, immer mittwochs, immer donnerstags, immer freitags, montags und donnerstags, dienstags und freitags, montags und mittwochs, dienstags und donnerstags, 6 termine, 10 termine, 12 termine, 8 termine
# Passwort fällt mir nicht ein (umgedrehte Satzstellung)
zurücksetzen, fällt mir passwort nicht ein, fällt mir kennwort nicht ein, weiß passwort nicht mehr, weiß kennwort nicht mehr, passwort nicht mehr ein, kennwort nicht mehr ein
# Zwei-Faktor: Zahl aus der App, altes Handy
zweifaktor, sechsstellige zahl, sechsstellige nummer, zahl aus der app, nummer aus der app, zahlencode, zahl vom handy, zahl aus dem handy
wiederherstellungscode, altes handy zurückgesetzt, alte handy zurückgesetzt, neues iphone gekauft, neues handy gekauft, app auf dem alten handy
# Zettel im Wartezimmer abtippen
formular, fragebogen, anamnesebogen, zettel abtippen, bögen abtippen, bogen abtippen, fragebogen abtippen, zettel im wartezimmer, zettel auf dem klemmbrett, zu hause am handy, vorher zu hause
# Etikettenrolle, leere Aufkleber
etikettendrucker, leere aufkleber, aufkleber bleiben leer, aufkleber leer, spuckt leere aufkleber aus, rolle eingelegt, rolle reingemacht, rolle eingesetzt, rolle falsch eingelegt, neue etikettenrolle
# Behandlerin arbeitet nur vormittags
arbeitszeit, arbeitet nur vormittags, arbeitet nur nachmittags, nur vormittags, nur nachmittags, arbeitet montag bis, arbeitet von montag bis, mit ihren zeiten, mit seinen zeiten, stunden geändert, stunden verändert
# Abmeldezeit länger einstellen
timeout, länger einstellen, länger eingestellt, zeit verlängern, abmeldung verlängern, später abmelden
# Ich höre auf: Praxis schließen
praxisaufgabe, übernimmt niemand, niemand übernimmt, keinen nachfolger, kein nachfolger, keine nachfolgerin
kündigungsfrist, bis wann bescheid, bis wann muss ich bescheid, bis wann euch bescheid, wann muss ich kündigen
# Auskunft: alle seine Daten
auskunft, alle seine daten, alle ihre daten, möchte seine daten, möchte ihre daten, seine daten haben, ihre daten haben, artikel 15
# English: first time client
stammdaten, demographics, personal details, put in their details, put their details in, enter their details, put in the details, first time client, first time patient, coming for the first time
# English: paying out of pocket
invoice, paying out of pocket, pays out of pocket, pay out of pocket, paying for themselves, paying privately
# English: did anyone answer my ticket
ticket, sent a question, sent you a question, sent in a question, anyone answered, has anyone answered, see the answer, see the reply, answer to my ticket, reply to my ticket
# English: printout comes out tiny or off to one side
dialog, comes out tiny, comes out small, comes out really small, prints tiny, tiny printout, shifted to one side, off to one side, shifted to the side, off centre, off center
# English: the little wheel keeps going round
ladekreis, spinner, little wheel, keeps going round, going round and round, goes round and round, never loads, never finishes loading, calendar never shows up, calendar never loads
# Rechnung auf einmal teurer
lizenzrechnung, diesen monat teurer, auf einmal teurer, plötzlich teurer, teurer geworden, teurer als sonst, höher als sonst, rechnung teurer, rechnung höher
# Neue Behandlerin in den Kalender bringen
behandler, im kalender einrichten, in den kalender bekommen, in den kalender bringen, in den kalender aufnehmen, eigene spalte bekommen
# Ohne Rezept = Selbstzahler
selbstzahler, ohne rezept, ohne verordnung, ohne kassenrezept, hat kein rezept, hat keine verordnung
# Foto in die Akte
hochladen, in die akte fotografieren, foto in die akte, fotos in die akte, foto zur akte, bild in die akte, in die akte fotografiert
# Online-Buchung: Seite für die Patienten zeigt nichts
onlinebuchung, seite für die patienten, seite für patienten, patienten sehen keine termine, patienten finden keine termine, patienten können nicht buchen, keine termine online, keine freien termine online
# Karte dabei = Versichertenkarte
egk, versichertenkarte, gesundheitskarte, aok karte dabei, kassenkarte dabei, versichertenkarte dabei, krankenkassenkarte dabei, gesundheitskarte dabei, ecard dabei, e card dabei
# Zwei-Faktor: will beim Einloggen einen Code
zweifaktor, beim einloggen eine zahl, beim einloggen einen code, beim einloggen so eine zahl, beim einloggen so einen code, fragt nach einem code, fragt nach einer zahl, code beim einloggen, zahl beim einloggen, code bei der anmeldung, will einen code, will eine zahl
# Eine Rechnung über alle Termine
privatrechnung, rechnung über alle termine, über alle termine zusammen, alle termine zusammen abrechnen, alle behandlungen zusammen abrechnen, rechnung über alle behandlungen, am ende eine rechnung
# Mahnung an alle, die noch nicht bezahlt haben
mahnung, die noch nicht bezahlt haben, die nicht bezahlt haben, wer noch nicht bezahlt hat, noch nicht gezahlt haben, allen die noch nicht bezahlt
# Geld von der AOK = Kassenabrechnung
kassenabrechnung, geld von der aok, geld von der tk, geld von der barmer, geld von der dak, geld von der ikk, geld von der bkk, geld von der ögk, kassenrezepte raus, rezepte müssen raus, rezepte rausschicken
# Kreis in der Mitte (Relativsatz nach Komma trennt "Kreis … dreht sich")
ladekreis, kleiner kreis, kleinen kreis, kreis in der mitte, kreisel in der mitte, rädchen in der mitte, kreis der sich dreht, kringel in der mitte
# Seit dem Windows-Update: Treiber (nicht das medondo-Update)
treiber, seit dem windows update, nach dem windows update, nach windows update, windows update gemacht, windows hat sich aktualisiert, seit windows update
# Empfang soll nicht in die Doku schauen
rolle, nicht in die doku schauen, nicht in die behandlungsdoku, nicht in die doku, keine doku lesen, nicht in die akten schauen, nicht in die akte schauen, soll nur termine machen, nur termine machen
# Konto für die Abbuchung der Lizenzgebühren
zahlungsart, abbuchungskonto, lastschriftkonto, konto für die abbuchung, konto für eure abbuchung, konto für die lastschrift, von welchem konto ihr abbucht
# Zahlt seit Wochen nicht
mahnung, zahlt seit wochen nicht, zahlt seit monaten nicht, seit monaten nicht bezahlt, seit wochen nicht bezahlt, immer noch nicht bezahlt, immer noch nicht gezahlt, zahlt immer noch nicht
# Code-App = Authenticator
zweifaktor, code app, codeapp, codegenerator, code generator, app mit dem code, app mit den zahlen, zahlen app
# Komplette Unterlagen verlangt
auskunft, komplette unterlagen, kompletten unterlagen, sämtliche unterlagen, sämtliche daten, komplette akte, fordert eine kopie
# Rauslassen (umgangssprachlich) = ausdrucken
drucken, ausdrucken, rauslassen, rausgelassen, nochmal rauslassen
# Rechnung an die falsche Person
stornieren, rechnung an falsche person, rechnung an die falsche person, rechnung an den falschen, rechnung auf den falschen, rechnung für den falschen patienten, rechnung beim falschen patienten, falsche person ausgestellt, eigentlich an den vater, eigentlich an die mutter
# Unterwegs im Auto nachschauen
mobil, nur für den pc, nur für den computer, nur am computer, unterwegs im auto, im auto nachschauen, zwischen zwei hausbesuchen, beim hausbesuch nachschauen, von unterwegs schauen, unterwegs schauen
# Am Handy geht es, am PC nicht = Browser-Cache des PCs
cache, browsercache, am handy geht alles, am handy geht es, auf dem handy geht es, am handy funktioniert es, auf dem handy funktioniert es, nur am pc nicht, works on my phone, works fine on my phone, works on my mobile
# Anfrage gestellt, nichts gehört, Anfrage nicht mehr zu sehen
ticket, nichts gehört, seitdem nichts gehört, nie was gehört, nichts mehr gehört, keine antwort bekommen, nie eine antwort, meine anfrage nicht mehr, meine anfrage verschwunden, meine anfrage ist weg, ticket ist weg, ticket verschwunden
# Jeden Termin einzeln eintragen = Serie
serientermin, jeden termin einzeln, alle termine einzeln, einzeln eintragen, einzeln reinklicken, einzeln reinschreiben
# Platzhalter: Klammer statt Patientenname
platzhalter, statt patientenname, statt dem patientennamen, statt des patientennamens, statt namen, statt dem namen, klammer statt, klammern statt
# English: hit the maximum
ausgeschöpft, exhausted, hit the maximum, hit our maximum, reached our maximum, hit the cap, at the maximum
# Rechnung anklicken, geht nicht auf = PDF
pdf, rechnung anklicken, auf die rechnung klicken, auf eine rechnung klicke, rechnung öffnet nicht, rechnung öffnet sich nicht, rechnung geht nicht auf, rechnung aufmachen, statt dass sie aufgeht, statt dass es aufgeht
# Eure Gebühren abbuchen = Zahlungsart der Lizenz
zahlungsart, eure gebühren, gebühren abbuchen, gebühren abgebucht, gebühren einziehen, gebühren eingezogen, ihr bucht ab, bucht ihr ab
# Ausgeschiedene Kollegin: ist schon weg
ausgeschieden, ehemalig, kollegin ist weg, kollege ist weg, therapeutin ist weg, therapeut ist weg, kollegin ist schon weg, kollegin ist nicht mehr da, kollege ist nicht mehr da, alte kollegin, alter kollege
# Befund auf Stick oder CD mitgebracht = hochladen
hochladen, auf einem stick mitgebracht, auf dem stick mitgebracht, stick mitgebracht, vom stick, auf cd mitgebracht, cd mitgebracht, von der cd
# English: reset link clicked too late
expired, clicked it the next day, clicked it the next morning, clicked it too late, opened it the next day, opened it too late
# Rezept mit roter Meldung = Rezeptprüfung
rezeptprüfung, rezept in rot, physiorezept in rot, rezept rot markiert, verordnung rot markiert, rote meldung beim rezept, rote meldung bei der verordnung
# English: the email with the reset link never came
reset, email with the link, mail with the link, link never came, never got the link, didn't get the link, link never arrived
# Link schicken lassen = Passwort zurücksetzen
zurücksetzen, link schicken lassen, neuen link schicken lassen, link zum zurücksetzen, link zum passwort
# Wechselgeld morgens = Anfangsbestand der Kasse
tagesabschluss, anfangsbestand, kassenanfangsbestand, wechselgeld morgens, morgens in die kasse, kasse morgens, kasse am morgen
# English: a list for a mailing = export
export, mailing list, for a mailing, list for a mailing, list for mail merge, list for christmas cards
# TSE und Registrierkasse = Kassenbuch
barzahlung, kassenbuch, tse, kassensichv, kassensicherungsverordnung, technische sicherheitseinrichtung, rksv, registrierkassenpflicht, fiskalisierung
# Entlassbericht = Arztbrief
arztbrief, entlassbericht, entlassberichte, rehaentlassbericht, reha entlassbericht, kurzarztbrief
# PKV-Rechnung = Privatrechnung
privatrechnung, pkv, pkvrechnung, pkv patienten abrechnen, pkv patient abrechnen, rechnung für privatversicherte, rechnung an privatversicherte
# Adminrechte = Rechte
berechtigung, adminrechte, administratorrechte, adminrecht, admin rechte, admin rights
# Zu oft vertippt
fehlversuch, fünfmal vertippt, dreimal vertippt, 5 mal vertippt, 3 mal vertippt, paarmal vertippt, paar mal vertippt, öfter vertippt, oft vertippt, x mal vertippt
# Diensthandy kaputt: Wiederherstellungscode
wiederherstellungscode, diensthandy runtergefallen, diensthandy kaputt, diensthandy defekt, diensthandy hin, diensthandy weg, handydisplay kaputt, handy display kaputt, display vom handy kaputt
# Nicht reinschauen dürfen = Rechte
rolle, nicht reinschauen, nicht hineinschauen, nicht einsehen, nicht reinsehen, keine einsicht, keinen einblick, nicht reingucken
# English: uses a licence
behandlerkontingent, use a licence, use a license, uses a licence, uses a license, take a licence, takes a licence, need a licence, needs a licence, count towards the quota, counts towards the quota
# Arbeitstage als Zeitraum genannt = Arbeitszeiten
arbeitszeit, montag bis freitag, montag bis donnerstag, dienstag bis freitag, montag bis mittwoch, mo bis fr, mo bis do, tage die woche, tage pro woche, stunden die woche, stunden pro woche, wochenstunden
# Eintrag zur Behandlung = Verlaufseintrag
verlaufseintrag, eintrag zur behandlung, eintrag zu einer behandlung, eintrag zum termin, eintrag zur therapie, eintrag zur sitzung, eintrag zur stunde
# Kurzbericht an den Hausarzt = Arztbrief (Vorlage)
arztbrief, kurzbericht an den arzt, kurzbericht an den hausarzt, kurzbericht an die hausärztin, kurzbericht an die ärztin, bericht an die hausärztin, brief an die hausärztin, bericht an die ärztin, brief an die ärztin
# Ohne Code = Zwei-Faktor
zweifaktor, ohne einmalcode, ohne sicherheitscode, keinen code mehr, kein code mehr, codes weg, codes verloren
# Mail mit dem Link = Passwort-Reset
zurücksetzen, link kommt nicht an, link nicht angekommen, kein link gekommen, link nicht bekommen, keinen link bekommen, link nicht erhalten
# Frist der Verordnung
frist, fristen, behandlungsbeginn, fristüberschreitung, fristablauf, verordnungsfrist, verordnungsfristen, rezeptfrist, rezeptfristen, unterbrechungsfrist
# Vertretung im Mutterschutz
upgrade, vertretung im mutterschutz, vertretung in der elternzeit, vertretung während der elternzeit, vertretung während des mutterschutzes, mutterschutzvertretung, elternzeitvertretung, schwangerschaftsvertretung
# Wie lange gesperrt
gesperrt, wie lange gesperrt, wie lange dauert die sperre, warten bis entsperrt
# Sechste Runde, nach Stil (2026-12-07): Heilmittel-Jargon, Symptome, Englisch, Praxisinhaber, IT und Geräte, Patienten und Dokumente
# English: squeeze a patient in = book
book, squeeze, squeezed, squeezing
# Originalrezepte an die Kasse schicken = Kassenabrechnung
kassenabrechnung, originalrezepte einschicken, originalrezepte verschicken, originalrezepte wegschicken, originalrezepte einsenden, originalverordnungen einschicken, papierrezepte einschicken, rezepte an die kasse, verordnungen an die kasse
# English: rebook = reschedule
reschedule, rebook, rebooked, rebooking
# Login verweigert: lässt mich nicht rein
anmeldung, lässt mich nicht rein, lässt mich nicht mehr rein, lassen mich nicht rein, lässt mich nicht einloggen, lässt mich nicht anmelden, lässt mich nicht mehr einloggen, won't let me in, won't let me log in
# Etikettendrucker: Aufkleberdrucker
etikettendrucker, aufkleberdrucker, stickerdrucker, aufkleberdruck
# Einfügen: Partizipien
einfügen, eingefügt, reinkopiert, hineinkopiert, einkopiert, eingefuegt
# Kleiner Bildschirm = Auflösung
bildschirmauflösung, kleiner bildschirm, kleinen bildschirm, bildschirm zu klein, bildschirm ist zu klein, small screen, screen too small
# Nachricht vor dem Termin = Terminerinnerung
terminerinnerung, nachricht vor dem termin, nachricht vorm termin, nachricht vor termin, message before the appointment
# Serie: alle anderen Termine ändern sich mit
serientermin, verschieben sich mit, verschiebt sich mit, alle folgenden termine, alle anderen termine verschieben, all following appointments
# Fehlversuche: N-mal falsch
fehlversuch, 3 mal falsch, 5 mal falsch, drei mal falsch, fünf mal falsch, dreimal falsch, fünfmal falsch, paar mal falsch, mehrmals falsch, mehrfach falsch, zigmal falsch, 5x falsch, 3x falsch
# Falscher Import = wiederherstellen
wiederherstellen, falscher import, falsch importiert, import schiefgegangen, import schiefgelaufen, import durcheinander, import hat alles durcheinandergebracht, import messed up
# English: squeeze someone in = appointment
appointment, squeeze in, fit in, squeeze someone in, fit someone in, squeeze a patient in, fit a patient in, squeeze a client in, fit a client in
# English: block booking, course of treatment = series
serientermin, terminserie, block book, block booking, block booked, course of treatment, repeating appointments, repeat appointments
# English: diary view, own column = calendar view
kalenderansicht, diary view, calendar view, own column, their own column, diary layout
# English: right to erasure = deletion
löschung, erase, erasure, right to erasure, right to be forgotten, delete all data, delete her data, delete his data, delete my data
# English: log back in = timeout
timeout, inactivity, log back in, sign back in, logging back in, signing back in, log on again
# Vertrag loswerden = kündigen; nicht mehr Kunde = nach Vertragsende
kündigen, aus dem vertrag raus, aus dem vertrag aussteigen, aus dem vertrag kommen, vertrag loswerden, aus dem abo raus, get out of the contract
# Vertragsbindung = Laufzeit
kündigungsfrist, vertragslaufzeit, vertragsbindung, mindestbindung, bindungsfrist, lange gebunden, vertraglich gebunden, sind wir gebunden, how long are we tied, tied into the contract, locked into the contract
# Praxis auflösen = Praxisaufgabe
praxisaufgabe, praxis aufgelöst, praxis auflösen, praxis wird aufgelöst, ordination aufgelöst, ordination auflösen
# Alle Plätze vergeben
ausgeschöpft, alle plätze vergeben, alle lizenzen vergeben, keine plätze frei, alle plätze besetzt, alle lizenzen besetzt, keine freien plätze
# Rechnungen, die ihr uns schickt
lizenzrechnung, ihr uns schickt, ihr uns berechnet, ihr uns in rechnung stellt, invoices you send us
# Software bezahlen = Zahlungsart der Lizenz
zahlungsart, software bezahlen, programm bezahlen, abo bezahlen, lizenz bezahlen, lizenzen bezahlen, pay for the software
# EÜR, Jahresabschluss: was der Steuerberater aus der Buchhaltung macht
buchhaltung, einnahmenüberschussrechnung, eür, jahresabschluss, gewinnermittlung, steuererklärung, annual accounts, tax return, year end accounts
# Rechner kaputt: sind die Daten weg?
datenverlust, festplattencrash, festplatte kaputt, festplatte defekt, rechner kaputt, pc kaputt, computer kaputt, praxisrechner kaputt, laptop kaputt, server kaputt, rechner abgeraucht, pc abgeraucht, server abgeraucht, rechner ausgefallen, pc ausgefallen, server ausgefallen, laptop gestohlen, laptop geklaut, rechner gestohlen, computer crashed, hard drive failed, laptop stolen
# soll nur ... sehen
rolle, soll nur sehen, sollen nur sehen, soll nur zugriff, nur zugriff auf, soll keine sehen, sollen keine sehen, darf keine sehen, soll keine lesen, soll nicht lesen, darf nicht lesen, should only see, can only access
# English: get our data out = export
export, get our data out, get all our data out, switching to another software, switch to another software, moving to another software, move to another system
# zählt als Lizenz
behandlerkontingent, zählt als lizenz, zählt die als lizenz, zählt auch als lizenz, count towards our licences, counts towards our licences, count towards licences, count as a licence, counts as a licence, count as a seat, count towards our licenses, count as a license
# Support schaut in die Akten
schweigepflicht, support mitlesen, support in unsere daten, support in die akten, support unsere patientendaten
# Wir sind umgezogen = Praxisdaten
praxisdaten, wir sind umgezogen, praxis ist umgezogen, wir ziehen um, we have moved
# Immer der falsche Drucker = Standarddrucker
standarddrucker, falscher drucker, wrong printer
# Internetadresse mitgedruckt = Kopf- und Fußzeilen im Druckdialog
druckdialog, kopf und fußzeilen, kopfzeile und fußzeile, internetadresse mit drauf, url mit drauf, internetadresse mitgedruckt, url mitgedruckt, webadresse mitgedruckt, adresszeile mitgedruckt
# Browserverlauf leeren
browsercache, verlauf im chrome, verlauf im browser, verlauf im edge, verlauf im firefox, verlauf im safari
# English: browsing history = cache
cache, browsing history, clear history
# Alte Windows-Versionen
systemvoraussetzungen, windows 7, windows 8, win7, win 7, win8, windows xp, vista
# Monitorgröße = Bildschirmauflösung
bildschirmauflösung, monitorgröße, bildschirmdiagonale, welcher monitor, welcher bildschirm, wie groß muss der bildschirm, bildschirm groß genug, monitor size, screen size
# Muss ich etwas installieren = Webanwendung
webanwendung, muss ich was installieren, muss man was installieren, muss man etwas installieren, müssen wir was installieren, müssen wir etwas installieren
# Neue Rechner kaufen
systemvoraussetzungen, neue pcs, neue laptops, computer kaufen, rechner kaufen, pc kaufen, laptop kaufen, reicht ein laptop
# Surfen = Browser
browser, surfen, programm zum surfen
# Uralt = veraltet
veraltet, uralt, steinalt
# Das Ding für die Karte
kartenlesegerät, ding für die karte, ding für die versichertenkarte, ding für die gesundheitskarte, ding für die chipkarte, gerät für die karte, gerät für die versichertenkarte, gerät für die gesundheitskarte, kartengerät
# Rechner hin, Daten verloren
datenverlust, rechner nicht mehr angegangen, pc nicht mehr angegangen, computer nicht mehr angegangen, rechner geht nicht mehr an, pc geht nicht mehr an, computer geht nicht mehr an, rechner startet nicht mehr, pc startet nicht mehr, daten verloren
# medondo geht nicht auf
ladekreis, medondo geht nicht auf, medondo öffnet nicht, medondo startet nicht, seite geht nicht auf, seite öffnet sich nicht, programm geht nicht auf
# Druckvorschau kommt nicht
druckdialog, druckvorschau kommt nicht, druckvorschau erscheint nicht, druckvorschau öffnet sich nicht, druckvorschau geht nicht auf, vorschau kommt nicht
# English: printing does nothing
dialog, printing does nothing, printing doesn't work, cannot print, can't print, unable to print
# English: still the old version = cache
cache, shows old, still the old version
# Fragebögen nach Zweck: Schmerzfragebogen
anamnesebogen, schmerzfragebogen, schmerzbogen, schmerzerfassungsbogen, pain questionnaire
# Etiketten: englisch und Versand
patientenetikett, patient label, patient labels, patient sticker, patient stickers
adressetikett, versandetikett, versandaufkleber, versandlabel, address label, address labels, shipping label
# Behandlungsunterlagen = Patientenakte
patientenakte, behandlungsunterlagen, patientenunterlagen, therapieunterlagen, krankenunterlagen, behandlungsakte, therapieakte
# Geld schulden = offene Rechnung
unbezahlt, geld schulden, noch geld schulden, schuldet uns, schulden uns, schuldet noch, schulden noch, owe us, owes us, still owe
# Zu viel bezahlt = Gutschrift, Rückerstattung
gutschrift, rückerstattung, zu viel bezahlt, zu viel gezahlt, doppelt bezahlt, doppelt gezahlt, zweimal bezahlt, zweimal gezahlt, überzahlung, überzahlt, paid twice, overpaid, overpayment
# Rechnung ist schon raus = festgeschrieben, nur per Storno zu ändern
stornieren, rechnung ist schon raus, rechnung schon raus, rechnung schon verschickt, rechnung bereits verschickt, rechnung schon versendet, rechnung bereits versendet, invoice already sent
# Falscher Rechnungsbetrag an den Patienten = Storno
stornieren, rechnungsbetrag falsch, falscher rechnungsbetrag, rechnungsbetrag stimmt nicht
# Zwei Patientennummern = Dublette
zusammenführen, zwei patientennummern, zwei nummern im system, zwei karteinummern, two patient numbers
# Siebte Runde, nach Person (2026-12-07): Rezeption, junge Therapeutin, Praxisinhaber, englischsprachige Therapeuten
# Drucker: es kommt kein Blatt raus
druckproblem, kein blatt, kein blatt raus, kommt kein blatt, kommt kein papier, kein papier raus, papier kommt nicht, papier kommt ned, papier kommt net, blatt kommt nicht, blatt kommt ned, blatt kommt net, kommt nix aus dem drucker
# Ausdruck abgeschnitten
druckproblem, blatt abgeschnitten, rand abgeschnitten, abgeschnitten gedruckt, druckt abgeschnitten, abgeschnitten ausgedruckt, beim ausdrucken abgeschnitten
# Kleberl (bair., AT) = Aufkleber, Etikett
patientenetikett, namenskleberl, namenspickerl, namensetikett, kleberl mit namen, pickerl mit namen, etikett mit namen, etiketten mit namen
# Termin ausmachen (AT, süddt.) = vereinbaren; Stunde = Behandlungstermin
termin, termin ausmachen, termine ausmachen, behandlung ausmachen, stunde ausmachen, einheit ausmachen, stunde abgesagt, stunde absagen, stunde verschieben, stunde schieben, stunde verlegen
# bunt = farbig
farbe, bunt, bunter, färbig
# Woche auf einen Blick
kalenderansicht, woche auf einen blick, ganze woche sehen, ganze woche anzeigen, ganze woche anschauen
# im Netz = online
onlinebuchung, im netz termin, termin im netz, termine im netz, übers netz termin, im netz buchen, übers netz buchen
# Zwei-Faktor: sechs Ziffern
zweifaktor, ziffern vom handy, ziffern vom telefon, code vom telefon, zahlen vom telefon
# nichts zu sehen
ladekreis, sieht man nix, sieht man gar nix, man sieht nix
# PDF geht nicht auf
pdf, rechnung geht nicht auf, rechnung geht ned auf, rechnung geht net auf, pdf geht nicht auf, pdf geht ned auf, datei geht nicht auf, datei geht ned auf, dokument geht nicht auf, befund geht nicht auf, befund geht ned auf
# Mail kommt zurück
unzustellbar, mail kommt zurück, email kommt zurück, nachricht kommt zurück, mails kommen zurück, mail zurückgekommen, nachricht zurückgekommen
# zahlt nix
unbezahlt, zahlt nix, zahlt ned, zahlt net, zahlt seit monaten, zahlt seit wochen, hat nix bezahlt, hat nix gezahlt
# auf den Stick = exportieren
exportieren, auf usb stick, auf den usb stick
# kann nicht drücken = ausgegraut
berechtigung, knopf grau, knopf ist grau
# Chef hört auf
praxisaufgabe, chef hört auf, chefin hört auf, hört auf mit der praxis, hört mit der praxis auf
# wer darf = Rechte
rolle, wer darf, wer darf sehen, wer darf schauen, wer darf reinschauen, darf reinschauen
# wo liegen die Daten
serverstandort, wo liegen die daten, wo liegen unsere daten, wo liegen unsere sachen, wo liegen die sachen, wo sind unsere sachen
# Junge Therapeutinnen: ghosten = nicht erschienen
noshow, ghosten, geghostet, ghostet, ghosting, ghosted, pat ghostet, patient ghostet, patientin ghostet, ghostet termine, ghosten termine, termin geghostet
# saven = speichern
speichern, saven, gesaved, gesavet, savet, abgesaved, nicht gesaved, nicht gesavet, wird nicht gesaved
# Nach dem Update ist der Button woanders
versionshinweise, neuerungen, update, button verschoben, knopf verschoben, menüpunkt verschoben, ist jetzt woanders, button woanders, button ist woanders, menü sieht anders aus
# Ansicht switchen
kalenderansicht, wochenansicht, auf woche switchen, auf woche wechseln, auf monat switchen, auf tag switchen, view switchen, ansicht switchen, kalender view
# Freie Tage eintragen
abwesenheit, frei eintragen, day off, days off, frei nehmen, freinehmen, frei genommen
# Schichten = Arbeitszeiten
arbeitszeit, schicht, schichten, schichtzeiten, schichtdienst, schichtplanung
# Doku nachträglich ändern = Nachtrag
nachtrag, doku editieren, doku bearbeiten, eintrag editieren, doku nachträglich ändern, doku korrigieren
# Sheet = Excel
excel, spreadsheet, excel sheet, google sheet, als sheet, sheet downloaden, sheet exportieren, sheet runterladen, sheet ziehen
# VOs an die Kasse schicken
kassenabrechnung, heilmittelabrechnung, an kasse schicken, an die kasse schicken, an die kassen schicken, an kassen schicken, vos schicken, vos abschicken, vos einreichen, vos wegschicken, vo abschicken, vos an kasse
# Reihe = Serie
serientermin, terminreihe, reihe verschieben, reihe verlegen, reihe löschen, reihe absagen
# Account sperren = deaktivieren
deaktivieren, account sperren, benutzer sperren, nutzer sperren, user sperren, mitarbeiter sperren, mitarbeiterin sperren, kollegin sperren, kollege sperren, account deaktivieren, zugang deaktivieren
# Offene Doku
dokumentation, verlaufseintrag, doku offen, dokus offen, offene doku, offene dokus, noch nicht dokumentiert, noch zu dokumentieren, undokumentiert, fehlende doku, doku fehlt
# Kosten pro Therapeut = Preis je Behandler-Lizenz
upgrade, kosten pro therapeut, kosten pro therapeutin, kosten pro behandler, kosten je therapeut, kosten je behandler, preis pro therapeut, preis pro behandler, preis je behandler, aufpreis pro behandler, aufpreis je behandler, aufpreis pro therapeut, cost per therapist, cost per practitioner, cost per clinician, price per seat, cost per seat, price per therapist
# Personal aufstocken, Neueinstellung
upgrade, neueinstellung, neueinstellungen, personal aufstocken, team aufstocken, team vergrößern, team erweitern, praxis vergrößern
# bezahlte Plätze
lizenzanzahl, bezahlte plätze, gebuchte plätze, plätze genutzt, genutzte plätze, paid seats, seats in use
# Lizenz sparen, weniger zahlen, Personal abbauen
reduzieren, lizenz sparen, lizenzen sparen, lizenz einsparen, lizenzen einsparen, kosten runter, personal reduziert, personal reduzieren, personal abbauen, stellen abbauen, team verkleinern, praxis verkleinern
# Praxissoftware
kündigen, anderes praxisprogramm, andere praxissoftware, anderer praxissoftware, praxisprogramm wechseln, praxissoftware wechseln, programmwechsel, praxissoftwarewechsel
# Rechnungspostfach
rechnungsempfänger, buchhaltungspostfach, rechnungspostfach, buchhaltungsmail, buchhaltungsadresse, buchhaltungsemail
# Abrechnung von euch = medondo-Rechnung
lizenzrechnung, abrechnung von euch, abrechnung von medondo, höher als vereinbart, teurer als vereinbart, softwarebeleg, softwarebelege
# Stunden der Teilzeitkraft
arbeitszeit, wochenstunden, sollstunden, arbeitsstunden, vertragsstunden, stundenzahl
# Fortbildungstage
abwesenheit, fortbildungstag, fortbildungstage, fortbildungswoche, schulungstag, schulungstage, seminartag, seminartage
# Zugang für Steuerberater = Benutzer anlegen
benutzerverwaltung, zugang für steuerberater, zugriff für steuerberater, steuerberater zugang, steuerberater zugriff, zugang für buchhaltung, zugriff für buchhaltung, zugang für buchhalterin, accountant access
# Filiale eröffnen
praxisdaten, filiale eröffnen, standort eröffnen, zweigpraxis eröffnen, zweigstelle eröffnen, zweiten standort eröffnen, zweite filiale eröffnen
# Corporate Design
logo, corporate design, corporate identity, erscheinungsbild, praxisdesign
# Anwaltsschreiben
auskunftsersuchen, anwaltsschreiben, anwaltsbrief, schreiben vom anwalt, brief vom anwalt
# Telefon entlasten
onlinebuchung, weniger anrufe, weniger telefonate, telefon entlasten, telefonentlastung
# Terminausfall
noshow, terminausfall, terminausfälle, ausgefallene termine
# Praxis verkaufen = Praxisaufgabe
praxisaufgabe, praxis verkaufen, praxisverkauf, praxis verkauft
# Zahlungsmoral, Zahlungsausfälle = unbezahlte Rechnungen
unbezahlt, zahlungsmoral, zahlungsausfall, zahlungsausfälle, schlechte zahlungsmoral
# English staff: public insurance = Krankenkasse
krankenkasse, public insurance, public health insurance, publicly insured, public insurer, public insurers, public patients, public patient
# English staff: passcode for the login = password
passwort, password, change passcode, change my passcode, forgot passcode, reset passcode, new passcode, login passcode
# English staff: writing up the Befund = documentation entry
dokumentation, verlaufseintrag, behandlungsdokumentation, write befund, write up befund, write findings, write up findings, write assessment, write up assessment, write up notes
# English staff: a colleague's holiday = Abwesenheit
abwesenheit, enter holiday, add holiday, book holiday, put in holiday, holiday for colleague, holiday for therapist, holiday for staff, staff holiday, therapist holiday, colleague holiday
# English staff: the tablet on home visits = mobile use
mobil, home visit ipad, home visit tablet, home visit phone, ipad home visit, tablet home visit, phone home visit
# English staff: rooms in the diary = calendar view
kalenderansicht, rooms in diary, rooms in calendar, room view, diary by room, calendar by room, show rooms
# English staff: all sessions of the Rezept = Serientermin
serientermin, book all sessions, sessions from rezept, sessions on rezept, sessions for rezept, sessions from prescription, sessions on prescription, block of sessions, course of sessions
# English staff: entering the Rezept = Verordnung erfassen
verordnung, enter rezept, add rezept, record rezept, input rezept, rezept details, enter prescription, add prescription, record prescription, prescription details
`;
