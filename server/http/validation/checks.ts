import type { FieldError } from '../problem.js';

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

  /** A string of at most `max` characters (code points), or undefined when absent and optional. */
  text(value: unknown, field: string, options: { max: number; required?: boolean; trim?: boolean }): string | undefined {
    if (value === undefined || value === null) {
      if (options.required) this.fail(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(field, 'must be a string');
      return undefined;
    }
    const text = options.trim ? value.trim() : value;
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

export function charCount(text: string): number {
  // Counts code points, so an emoji is one character as the user sees it, not two UTF-16 units.
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
