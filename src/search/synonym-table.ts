// The built-in synonym and abbreviation table of practice-software support, German and English. One group per
// line: words or phrases that mean the same thing to someone asking for help, separated by commas. A query word in
// a group also finds articles with the group's other words, ranked below articles with the word itself. Phrases
// (words with spaces, "geht nicht") only ever match a query, never an article. Installations add their own groups
// through the portal (`GET /synonyms`) without a widget release.
export const SYNONYM_TABLE = `
behandler, arzt, ärztin, doktor, therapeut, therapeutin
drucken, ausdrucken, print, printen
anmeldung, login, einloggen, anmelden
passwort, kennwort, pw
`;
