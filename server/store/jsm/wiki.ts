// Jira keeps descriptions and comments as wiki markup (FACTS §3, §5). What a customer types goes there with the
// markup escaped that would change what an agent sees, and what the support team writes reaches the widget, which
// shows plain text (its web addresses as links), as the text it reads as.

/** JSM may give texts back with CRLF line ends (FACTS does not say); the gateway reads them with LF. */
export const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Markup that would hide or add something in an agent's view: macros (`{color:white}`, `{noformat}` swallowing the
 * gateway's footer), links and mentions (`[hier klicken|https://…]`, `[~accountid:…]`), images (`!https://…/pixel!`)
 * and tables; and the start of the gateway's own footer (a rule, then `*MedSupport*`), which a customer could
 * otherwise write above the real one, sent "by" someone else. A backslash makes Jira show the character as typed;
 * emphasis (`*`, `_`) changes only the look. A backslash the customer typed before one of them, or before another,
 * would pair with it (`\\` is a line break) and free the markup again: it goes as an entity, which Jira shows as a
 * backslash (and a typed entity of that kind as itself), while a path's backslashes (`C:\Praxis`) stay as they are.
 */
export function escapeWiki(text: string): string {
  return text
    .replace(/&#(92|38);/g, '&#38;#$1;')
    .replace(/\\(?=[\\{}[\]!|]|-{4}|\*MedSupport\*)/g, '&#92;')
    .replace(/[{}[\]]/g, '\\$&')
    .replace(/!(?=\S)/g, '\\!')
    .replace(/\*MedSupport\*/g, '\\$&')
    .replace(LINE_START, '$1\\');
}

// A table bar or a rule at the start of a line, after blanks, also ones that do not show (a no-break or zero-width
// space would otherwise let a customer's rule pass unescaped).
const LINE_START = /^([ \t\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]*)(?=\||-{4})/gm;

/** The customer's text again, exactly, from what `escapeWiki` sent. */
export function unescapeWiki(markup: string): string {
  return markup
    .replace(/\\(?=\*MedSupport\*)/g, '')
    .replace(/^([ \t\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]*)\\(?=-{4})/gm, '$1')
    .replace(/\\([{}[\]!|])/g, '$1')
    .replace(/&#92;/g, '\\')
    .replace(/&#38;#(92|38);/g, '&#$1;');
}

// Macros whose tags go while their content stays; `{{…}}` is monospace. Every span has a bound: an open bracket
// without its close must not make a reply of 30,000 of them take seconds.
const MACRO = /\{(?:code|noformat|quote|panel|color|anchor|section|column|expand|info|note|tip|warning)(?::[^}\n]{0,200})?\}/gi;
const WEB_TARGET = /^(?:https?:\/\/|mailto:)/i;

/**
 * Wiki markup written in JSM as the text it reads as: macro tags, embedded images and heading marks go; a link is its
 * text and address, a mention the person's name (`name` knows the accounts of the request's people, else the team),
 * a table row its cells; emphasis marks and escapes go, a forced line break (`\\`) is one.
 */
export function wikiToText(markup: string, name: (accountId: string) => string): string {
  return lf(markup)
    .replace(MACRO, '')
    .replace(/\{\{([^{}\n]{1,500})\}\}/g, '$1')
    .replace(/(^|[^\\])![^!\s][^!\n]{0,500}!/g, '$1')
    .replace(/\[\^([^\]\n]{1,300})\]/g, '$1')
    .replace(/\[~(?:accountid:)?([^\]\n]{1,200})\]/g, (_, id: string) => `@${name(id)}`)
    .replace(/\[([^|\]\n]{1,300})\|([^\]\n]{1,1000})\]/g, (_, label: string, target: string) => (WEB_TARGET.test(target.trim()) ? `${label.trim()} (${target.trim()})` : label.trim()))
    .replace(/\[((?:https?:\/\/|mailto:)[^\]\n]{1,1000})\]/gi, '$1')
    .replace(/^[ \t]*(?:h[1-6]|bq)\.[ \t]+/gm, '')
    .replace(/^[ \t]*\|\|?([^\n]*)$/gm, (_, row: string) => withoutClosingBars(row).split(/\|\|?/).map((cell) => cell.trim()).join(' | '))
    .replace(/(^|[\s(])([*_])(\S(?:[^\n]{0,300}?\S)?)\2(?=$|[\s).,;:!?])/gm, '$1$3')
    .replace(/\\\\/g, '\n')
    .replace(/\\([{}[\]!|*_?+^~#-])/g, '$1');
}

/** A table row without its closing bars and blanks, read from the end: a pattern would try every start in a long run. */
function withoutClosingBars(row: string): string {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '|' || /\s/.test(row[end - 1]!))) end--;
  return row.slice(0, end);
}
