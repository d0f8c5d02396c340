import { JqlError, tokenize, type Token } from './lexer.js';

export interface Value {
  text: string;
  quoted: boolean;
}

export type Operator = '=' | '!=' | '~' | '!~' | '>' | '>=' | '<' | '<=' | 'in' | 'not in';

export type Expr =
  | { kind: 'and'; items: Expr[] }
  | { kind: 'or'; items: Expr[] }
  | { kind: 'not'; item: Expr }
  | { kind: 'clause'; field: string; op: Operator; values: Value[]; at: number };

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface Query {
  where?: Expr;
  orderBy: SortKey[];
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'order', 'by', 'asc', 'desc', 'is', 'empty', 'null', 'was', 'changed']);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.tokens[this.i + offset];
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }

  private fail(expected: string): never {
    const t = this.peek();
    const got = t ? `'${t.text}'` : 'the end of the query';
    throw new JqlError(`Error in the JQL Query: Expecting ${expected} but got ${got}.${t ? ` (line 1, character ${t.at + 1})` : ''}`);
  }

  query(): Query {
    const where = this.peek() && !(this.isWord('order') && this.isWord('by', 1)) ? this.or() : undefined;
    const orderBy: SortKey[] = [];
    if (this.isWord('order')) {
      this.i++;
      if (!this.isWord('by')) this.fail("'by'");
      this.i++;
      do {
        if (orderBy.length > 0) this.i++;
        const field = this.fieldName();
        let direction: SortKey['direction'] = 'ASC';
        if (this.isWord('asc') || this.isWord('desc')) direction = (this.tokens[this.i++]?.text.toUpperCase() ?? 'ASC') as SortKey['direction'];
        orderBy.push({ field, direction });
      } while (this.peek()?.kind === 'comma');
    }
    if (this.peek()) this.fail(where ? "either 'OR' or 'AND'" : 'a field name');
    return where ? { where, orderBy } : { orderBy };
  }

  private or(): Expr {
    const items = [this.and()];
    while (this.isWord('or')) {
      this.i++;
      items.push(this.and());
    }
    return items.length === 1 ? (items[0] as Expr) : { kind: 'or', items };
  }

  private and(): Expr {
    const items = [this.unary()];
    while (this.isWord('and')) {
      this.i++;
      items.push(this.unary());
    }
    return items.length === 1 ? (items[0] as Expr) : { kind: 'and', items };
  }

  private unary(): Expr {
    if (this.isWord('not')) {
      this.i++;
      return { kind: 'not', item: this.unary() };
    }
    if (this.peek()?.kind === 'lparen') {
      this.i++;
      const inner = this.or();
      if (this.peek()?.kind !== 'rparen') this.fail("')'");
      this.i++;
      return inner;
    }
    return this.clause();
  }

  private fieldName(): string {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'string') || (t.kind === 'word' && KEYWORDS.has(t.text.toLowerCase()))) this.fail('a field name');
    this.i++;
    return t.text;
  }

  private clause(): Expr {
    const at = this.peek()?.at ?? 0;
    const field = this.fieldName();
    const op = this.operator();
    const values = op === 'in' || op === 'not in' ? this.list() : [this.value()];
    return { kind: 'clause', field, op, values, at };
  }

  private operator(): Operator {
    const t = this.peek();
    if (t?.kind === 'op') {
      this.i++;
      return t.text as Operator;
    }
    if (this.isWord('in')) {
      this.i++;
      return 'in';
    }
    if (this.isWord('not') && this.isWord('in', 1)) {
      this.i += 2;
      return 'not in';
    }
    if (this.isWord('is') || this.isWord('was') || this.isWord('changed')) throw new JqlError(`Error in the JQL Query: The operator '${t?.text.toUpperCase() ?? ''}' is not supported by the simulator's JQL. (line 1, character ${(t?.at ?? 0) + 1})`);
    return this.fail('an operator');
  }

  private value(): Value {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'string')) this.fail('a value');
    if (t.kind === 'word' && KEYWORDS.has(t.text.toLowerCase())) this.fail('a value');
    if (t.kind === 'word' && this.tokens[this.i + 1]?.kind === 'lparen') throw new JqlError(`Error in the JQL Query: The function '${t.text}' is not supported here. (line 1, character ${t.at + 1})`);
    this.i++;
    return { text: t.text, quoted: t.kind === 'string' };
  }

  private list(): Value[] {
    if (this.peek()?.kind !== 'lparen') this.fail("'('");
    this.i++;
    const values = [this.value()];
    while (this.peek()?.kind === 'comma') {
      this.i++;
      values.push(this.value());
    }
    if (this.peek()?.kind !== 'rparen') this.fail("')'");
    this.i++;
    return values;
  }
}

export function parseJql(jql: string): Query {
  return new Parser(tokenize(jql)).query();
}

/** Jira refuses queries without a restriction; here a restriction means a project clause every match must satisfy. */
export function isBounded(expr: Expr | undefined): boolean {
  if (!expr) return false;
  switch (expr.kind) {
    case 'and': return expr.items.some(isBounded);
    case 'or': return expr.items.every(isBounded);
    case 'not': return false;
    case 'clause': return expr.field.toLowerCase() === 'project' && (expr.op === '=' || expr.op === 'in');
  }
}
