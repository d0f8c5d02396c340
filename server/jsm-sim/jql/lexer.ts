export class JqlError extends Error {}

export type TokenKind = 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma';

export interface Token {
  kind: TokenKind;
  text: string;
  at: number;
}

const OPERATORS = ['!=', '!~', '>=', '<=', '=', '~', '>', '<'];
const RESERVED = new Set([...'=!<>()~,"\'']);
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', t: '\t', r: '\r', ' ': ' ' };

function readString(jql: string, start: number): { text: string; end: number } {
  const quote = jql[start];
  let text = '';
  let i = start + 1;
  while (i < jql.length) {
    const ch = jql[i] as string;
    if (ch === quote) return { text, end: i + 1 };
    if (ch === '\\') {
      const next = jql[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(jql.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(jql.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) throw new JqlError(`Error in the JQL Query: '\\${next}' is an illegal JQL escape sequence. (line 1, character ${i + 1})`);
      text += escaped;
      i += 2;
      continue;
    }
    text += ch;
    i++;
  }
  throw new JqlError(`Error in the JQL Query: The quoted string starting at character ${start + 1} has not been completed.`);
}

/** Splits JQL into tokens; quoted text is always one literal token, whatever it contains. */
export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const ch = jql[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"' || ch === "'") {
      const { text, end } = readString(jql, i);
      tokens.push({ kind: 'string', text, at: i });
      i = end;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', text: ch, at: i });
      i++;
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'op', text: op, at: i });
        i += op.length;
        continue;
      }
      if (RESERVED.has(ch)) throw new JqlError(`Error in the JQL Query: The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}' instead. (line 1, character ${i + 1})`);
      let end = i;
      while (end < jql.length && !/\s/.test(jql[end] as string) && !RESERVED.has(jql[end] as string)) end++;
      tokens.push({ kind: 'word', text: jql.slice(i, end), at: i });
      i = end;
    }
  }
  return tokens;
}
