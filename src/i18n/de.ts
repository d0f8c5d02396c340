import { launcherStrings } from './launcher-strings';

/** The German catalogue: the default language, and the source of every key. */
export const de = {
  ...launcherStrings.de,
  'panel.title': 'Hilfe & Support',
  'panel.close': 'Schließen',
  'panel.back': 'Zurück',
  'panel.loading': 'Wird geladen …',
  'panel.retry': 'Erneut versuchen',
  'error.network': 'Keine Verbindung zum Supportportal. Bitte prüfen Sie Ihre Internetverbindung.',
  'error.timeout': 'Das Supportportal antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
  'error.server': 'Beim Supportportal ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  'error.rateLimited': 'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie {seconds} Sekunden.',
  'error.invalidResponse': 'Das Supportportal hat eine unerwartete Antwort geschickt.',
  'error.unauthorized': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in der Anwendung neu an.',
  'error.forbidden': 'Dafür fehlt Ihnen die Berechtigung.',
  'error.notFound': 'Das wurde nicht gefunden.',
  'error.validation': 'Bitte prüfen Sie Ihre Eingaben.',
  'view.home': 'Hilfe & Support',
  'view.new': 'Neue Anfrage',
  'view.requests': 'Meine Anfragen',
  'view.request': 'Anfrage',
  'view.profile': 'Profil',
  'view.article': 'Artikel',
  'home.chooseCategory': 'Wählen Sie zuerst die Art Ihrer Anfrage',
  'home.noCategories': 'Zurzeit können keine Anfragen gestellt werden. Bitte schreiben Sie an support@medondo.com.',
  'home.more': 'Weitere Bereiche',
};

export type MessageKey = keyof typeof de;
