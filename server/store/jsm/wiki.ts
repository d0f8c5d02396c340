// Jira keeps descriptions and comments as wiki markup (FACTS §3, §5). What a customer types goes there with the
// markup escaped that would change what an agent sees, and what the support team writes reaches the widget, which
// shows plain text (its web addresses as links), as the text it reads as.

/** JSM may give texts back with CRLF line ends (FACTS does not say); the gateway reads them with LF. */
export const lf = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Markup that would hide, add or change something in an agent's view: macros (`{color:white}`, `{noformat}`
 * swallowing the gateway's footer), links and mentions (`[hier klicken|https://…]`, `[~accountid:…]`), images
 * (`!https://…/pixel!`) and tables; emphasis, which is more than looks (`-nicht-` löschen strikes the "not" through,
 * `*Dr. Berger*` imitates the line that names a reply's sender), list and heading marks at a line's start (`# Kommentar`
 * would be "1. Kommentar"); and the start of the gateway's own footer (a rule, then `*MedSupport*`), which a customer
 * could otherwise write above the real one, sent "by" someone else. A backslash makes Jira show the character as
 * typed. A backslash the customer typed before any such character would pair with it (`\\` is a line break, `\*`
 * shows a bare "*") and lose itself: it goes as an entity, which Jira shows as a backslash (and a typed entity of that
 * kind as itself), while a path's backslashes before letters and digits (`C:\Praxis`) stay as they are. Web addresses
 * keep their emphasis characters, which Jira does not read inside a link.
 */
export function escapeWiki(text: string): string {
  return text
    .replace(/&#(92|38);/g, '&#38;#$1;')
    .replace(/\\(?=[^\p{L}\p{N}\s])/gu, '&#92;')
    .replace(/[{}[\]]/g, '\\$&')
    .replace(/!(?=\S)/g, '\\!')
    .replace(/\*MedSupport\*/g, '\\$&')
    .replace(WORDS_AND_ADDRESSES, (word) => (WEB_ADDRESS.test(word) ? word : word.replace(EMPHASIS, '\\$&')))
    .replace(LINE_MARK, (_, blanks: string, mark: string) => `${blanks}${mark.endsWith('.') ? `${mark.slice(0, -1)}\\.` : mark.replace(/./g, '\\$&')}`)
    .replace(LINE_START, '$1\\');
}

// Emphasis marks where they can open or close a span (`*fett*`, `_kursiv_`, `-durch-`, `+unter+`, `^hoch^`, `~tief~`,
// `??Zitat??`, a lone `--` as a dash): next to a blank, a line's end or punctuation on one side and text on the other.
// "5 * 3", "Daten-Export" and "a_b_c" cannot, and stay as they are.
const EMPHASIS = /(?<=^|[\s\p{P}\p{S}])(?<!\\)(?:[*_\-+^~]|\?\?)(?=\S)|(?<=\S)(?<!\\)(?:[*_\-+^~]|\?\?)(?=$|[\s\p{P}\p{S}])/gmu;
const WORDS_AND_ADDRESSES = /https?:\/\/\S+|[^\s]+/g;
const WEB_ADDRESS = /^https?:\/\//;
// A list item (`* `, `# `, `- `) or heading (`h1. `, `bq. `) at a line's start, after blanks.
const LINE_MARK = /^([ \t]*)([*#-]{1,6}(?=[ \t])|(?:h[1-6]|bq)\.(?=[ \t]))/gm;

// A table bar or a rule at the start of a line, after blanks, also ones that do not show (a no-break or zero-width
// space would otherwise let a customer's rule pass unescaped).
const LINE_START = /^([ \t\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]*)(?=\||-{4})/gm;

/**
 * The customer's text again, exactly, from what `escapeWiki` sent: every backslash before a character that is no
 * letter, digit or blank is one of its escapes, as the customer's own went as entities.
 */
export function unescapeWiki(markup: string): string {
  return markup
    .replace(/\\([^\p{L}\p{N}\s])/gu, '$1')
    .replace(/&#92;/g, '\\')
    .replace(/&#38;#(92|38);/g, '&#$1;');
}

// Macros whose tags go while their content stays; `{{…}}` is monospace. Every span has a bound: an open bracket
// without its close must not make a reply of 30,000 of them take seconds.
const MACRO = /\{(?:quote|panel|color|anchor|section|column|expand|info|note|tip|warning)(?::([^}\n]{0,200}))?\}/gi;
const CODE_OPEN = /\{(code|noformat)(?::[^}\n]{0,200})?\}\n?/gi;
const WEB_TARGET = /^(?:https?:\/\/|mailto:)/i;
// `!name.png!` or `!https://…!` embeds a file, with options after a bar; an exclamation mark in prose ("lesen!): …
// starten!") is none: the name has to end in a file type.
const EMBED =
  /(^|[^\\])!(?:[^!\s|][^!|\n]{0,250}?\.(?:png|jpe?g|gif|bmp|svg|webp|tiff?|heic|ico|pdf|docx?|xlsx?|pptx?|odt|ods|txt|csv|log|zip|xml|json|eml|msg|mp[34]|mov|avi|wmv|wav)|https?:\/\/[^!\s|]{1,1000})(?:\|[^!\n]{0,200})?!/gi;
// Jira's emoticons, as the characters they show.
const EMOTICONS: Record<string, string> = {
  '(!)': '⚠️', '(y)': '👍', '(n)': '👎', '(i)': 'ℹ️', '(/)': '✅', '(x)': '❌', '(?)': '❓', '(*)': '⭐', '(on)': '💡', '(off)': '💡', '(+)': '➕', '(-)': '➖',
};
// Only standing alone, as Jira draws them: never inside a word or a web address ("…/Foo_(i)").
const EMOTICON = /(?<=^|\s)\((?:!|y|n|i|\/|x|\?|\*|on|off|\+|-)\)(?=$|[\s.,;:!?])/gm;
// A tag on a line of its own goes with its line.
const MACRO_LINE = new RegExp(`^[ \\t]*${MACRO.source}[ \\t]*(?:\\n|$)`, 'gim');
/** A macro's tag as the text it shows: a panel's (or note's …) title on a line, else nothing. */
const macroTag = (_: string, options: string | undefined): string => {
  const title = /(?:^|\|)title=([^|]{1,200})/.exec(options ?? '')?.[1]?.trim();
  return title ? `${title}\n` : '';
};
// Private-use characters hold the place of code blocks while the rest is read; any in the markup itself go first.
const HOLD = /[\ue000\ue001]/g;

/**
 * Wiki markup written in JSM as the text it reads as: macro tags (a panel's title stays), embedded images and heading
 * marks go; code stays exactly as written; a link is its text and address, a mention the person's name (`name` knows
 * the accounts of the request's people, else the team), a table row its cells, a list item its bullet or number, an
 * emoticon its character; emphasis marks and escapes go, a forced line break (`\\`) is one.
 */
export function wikiToText(markup: string, name: (accountId: string) => string): string {
  const code: string[] = [];
  const text = holdingCode(lf(markup).replace(HOLD, ''), code)
    .replace(MACRO_LINE, macroTag)
    .replace(MACRO, macroTag)
    .replace(/\{\{([^{}\n]{1,500})\}\}/g, '$1')
    .replace(EMOTICON, (icon) => EMOTICONS[icon] ?? icon)
    .replace(EMBED, '$1')
    .replace(/\[\^([^\]\n]{1,300})\]/g, '$1')
    .replace(/\[~(?:accountid:)?([^\]\n]{1,200})\]/g, (_, id: string) => `@${name(id)}`)
    // A smart link's appearance (`[url|url|smart-link]`) follows its address after a second bar.
    .replace(/\[([^|\]\n]{1,300})\|([^|\]\n]{1,1000})(?:\|[^\]\n]{0,100})?\]/g, (_, label: string, target: string) => linkText(label.trim(), target.trim()))
    .replace(/\[((?:https?:\/\/|mailto:)[^\]\n]{1,1000})\]/gi, '$1')
    .replace(/^[ \t]*(?:h[1-6]|bq)\.[ \t]+/gm, '')
    .replace(/^[ \t]*\|\|?([^\n]*)$/gm, (_, row: string) => withoutClosingBars(row).split(/\|\|?/).map((cell) => cell.trim()).join(' | '))
    .replace(/(^|[\s(])([*_+])(\S(?:[^\n]{0,300}?\S)??)\2(?=$|[\s).,;:!?])/gm, '$1$3')
    .replace(/\\\\/g, '\n')
    .replace(/\\([{}[\]!|*_?+^~#-])/g, '$1');
  return listItems(text).replace(/\ue000(\d+)\ue001/g, (_, index: string) => code[Number(index)] ?? '');
}

/**
 * The text with each code block (`{code}` or `{noformat}` to its closing tag) held in `code` and a placeholder in its
 * place: code is shown as written, markup and all, as a path's backslashes (`\\server\share`) or a pattern's brackets
 * are the point. A tag without its closing one goes. Linear: once a kind has no closing tag left, none of its later
 * tags is looked for again.
 */
function holdingCode(text: string, code: string[]): string {
  const unclosed = new Set<string>();
  let out = '';
  let at = 0;
  CODE_OPEN.lastIndex = 0;
  for (let open = CODE_OPEN.exec(text); open; open = CODE_OPEN.exec(text)) {
    const kind = open[1]!.toLowerCase();
    const start = open.index + open[0].length;
    out += text.slice(at, open.index);
    // An escaped tag (`\{code}`) is text.
    if (text[open.index - 1] === '\\') {
      out += open[0];
      at = start;
      continue;
    }
    // Searched in the text itself: a lower-cased copy may be longer ("İ" is two characters lower-cased).
    const close = new RegExp(`\\{${kind}\\}`, 'gi');
    close.lastIndex = start;
    const end = unclosed.has(kind) ? -1 : (close.exec(text)?.index ?? -1);
    if (end < 0) {
      unclosed.add(kind);
      at = start;
      continue;
    }
    out += `\ue000${code.push(text.slice(start, end).replace(/\n$/, '')) - 1}\ue001`;
    at = CODE_OPEN.lastIndex = end + kind.length + 2;
  }
  return out + text.slice(at);
}

/** Jira's list lines (`* a`, `## b`) as bullets and numbers, indented by their depth. */
function listItems(text: string): string {
  const counts: number[] = [];
  return text
    .split('\n')
    .map((line) => {
      const item = /^[ \t]*([*#]{1,6})[ \t]+(?=\S)/.exec(line);
      if (!item) {
        counts.length = 0;
        return line;
      }
      const marks = item[1]!;
      const depth = marks.length;
      counts.length = depth;
      counts[depth - 1] = marks.endsWith('#') ? (counts[depth - 1] ?? 0) + 1 : 0;
      const bullet = marks.endsWith('#') ? `${counts[depth - 1]}.` : '•';
      return `${'  '.repeat(depth - 1)}${bullet} ${line.slice(item[0].length)}`;
    })
    .join('\n');
}

/** A link as its text and web address (only that: `[x|Interne Seite]` names a page the widget cannot open). */
const linkText = (label: string, target: string): string => (!WEB_TARGET.test(target) ? label : label === target ? target : `${label} (${target})`);

/** A table row without its closing bars and blanks, read from the end: a pattern would try every start in a long run. */
function withoutClosingBars(row: string): string {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '|' || /\s/.test(row[end - 1]!))) end--;
  return row.slice(0, end);
}
