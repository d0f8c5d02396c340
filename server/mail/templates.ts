import type { Locale } from '../../src/api/contract.js';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Paragraphs of plain text plus one call-to-action link, as both text and minimal HTML. */
function compose(subject: string, greeting: string, paragraphs: string[], link: { label: string; url: string }, footer: string): MailContent {
  const text = [greeting, '', ...paragraphs.flatMap((p) => [p, '']), `${link.label}: ${link.url}`, '', footer].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<p>${escape(greeting)}</p>`,
    ...paragraphs.map((p) => `<p style="white-space:pre-wrap">${escape(p)}</p>`),
    `<p><a href="${escape(link.url)}">${escape(link.label)}</a></p>`,
    `<p style="color:#666">${escape(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

const FOOTER: Record<Locale, string> = {
  de: 'Ihr medondo Support-Team',
  en: 'Your medondo support team',
};

export function confirmationMail(locale: Locale, name: string, key: string, summary: string, link: string): MailContent {
  return locale === 'en'
    ? compose(`[${key}] We received your request: ${summary}`, `Hello ${name},`,
        [`thank you for your request "${summary}". It has been registered as ${key}, and our support team will get back to you.`],
        { label: 'Open the request', url: link }, FOOTER.en)
    : compose(`[${key}] Ihre Anfrage ist eingegangen: ${summary}`, `Guten Tag ${name},`,
        [`vielen Dank für Ihre Anfrage „${summary}“. Sie wurde unter ${key} erfasst; unser Supportteam meldet sich bei Ihnen.`],
        { label: 'Anfrage öffnen', url: link }, FOOTER.de);
}

export function replyMail(locale: Locale, name: string, key: string, summary: string, reply: string, link: string): MailContent {
  return locale === 'en'
    ? compose(`[${key}] New reply: ${summary}`, `Hello ${name},`, ['our support team replied to your request:', reply],
        { label: 'Open the request', url: link }, FOOTER.en)
    : compose(`[${key}] Neue Antwort: ${summary}`, `Guten Tag ${name},`, ['unser Supportteam hat auf Ihre Anfrage geantwortet:', reply],
        { label: 'Anfrage öffnen', url: link }, FOOTER.de);
}

export function registrationMail(locale: Locale, name: string | null, link: string): MailContent {
  return locale === 'en'
    ? compose('Your access to the medondo support portal', name ? `Hello ${name},` : 'Hello,',
        ['use the link below to register for the support portal. There you can see all your requests, their status and our replies. The link is valid for 24 hours.'],
        { label: 'Register', url: link }, FOOTER.en)
    : compose('Ihr Zugang zum medondo Supportportal', name ? `Guten Tag ${name},` : 'Guten Tag,',
        ['über den folgenden Link registrieren Sie sich am Supportportal. Dort sehen Sie alle Ihre Anfragen mit Status und unseren Antworten. Der Link ist 24 Stunden gültig.'],
        { label: 'Registrieren', url: link }, FOOTER.de);
}
