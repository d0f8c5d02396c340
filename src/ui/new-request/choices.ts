import type { RequestTypeField } from '../../api/contract';

// A multiselect's choices live in the form and its draft as one text, an option value a line, so drafts, conditions
// and prefills keep handling text alone: an option value (a Jira option id, or the text an admin gave it) has no line
// break.

/**
 * The option values chosen in a multiselect's text, in the order the field offers them. One the portal no longer
 * offers (kept in an old draft) is left out: the form has no box to untick it with, so it is neither shown nor sent.
 */
export function chosen(field: RequestTypeField, value: string): string[] {
  const set = new Set(value.split('\n'));
  return (field.options ?? []).filter((o) => set.has(o.value)).map((o) => o.value);
}

/** The text with `option` chosen or not. */
export function withChoice(field: RequestTypeField, value: string, option: string, on: boolean): string {
  const rest = chosen(field, value).filter((v) => v !== option);
  return chosen(field, [...rest, ...(on ? [option] : [])].join('\n')).join('\n');
}
