import { charCount } from '../../../src/api/text-rules.js';
import type { FieldError } from '../problem.js';

/**
 * Half of a surrogate pair without its other half (JSON's "\ud800"). It is no character: UTF-8 cannot hold it, so the
 * database would store U+FFFD instead, and charCount counts a high half as nothing, so any number of them passed
 * every length limit.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Collects every problem with a body, so one 422 names all the fields the client must fix. */
export class Checks {
  readonly errors: FieldError[] = [];

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** Flags keys the contract does not know; a typo should fail loudly rather than be dropped. */
  onlyKeys(value: Record<string, unknown>, allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.fail(`${prefix}${key}`, 'unknown field');
  }

  /**
   * A string of at most `max` characters (code points), or undefined when absent and optional. Line ends are LF, as
   * a browser's text field gives them and as JSM gives them back; a `oneLine` value (a summary, a name) is trimmed and
   * its line breaks are spaces, as its input shows it and JSM keeps it, so every backend answers with what it keeps.
   */
  text(value: unknown, field: string, options: { max: number; required?: boolean; oneLine?: boolean }): string | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.fail(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(field, 'must be a string');
      return undefined;
    }
    if (LONE_SURROGATE.test(value)) {
      this.fail(field, 'must not contain unpaired surrogates (invalid Unicode)');
      return undefined;
    }
    const lines = value.replace(/\r\n?/g, '\n');
    const text = options.oneLine ? lines.replace(/[ \t]*\n[ \t]*/g, ' ').trim() : lines;
    if (options.required && text.trim() === '') {
      this.fail(field, 'is required');
      return undefined;
    }
    if (charCount(text) > options.max) {
      this.fail(field, `must be at most ${options.max} characters`);
      return undefined;
    }
    return text;
  }
}

