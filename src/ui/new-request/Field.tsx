import { useMemo } from 'preact/hooks';
import type { RequestTypeField } from '../../api/contract';
import { formatNumber } from '../../i18n';
import { useApp } from '../../state/app';
import { chosen, withChoice } from './choices';

interface FieldProps {
  field: RequestTypeField;
  value: string;
  error?: string;
  onInput(value: string): void;
}

/** One input built from the portal's field definition: label, required mark, help, counter, inline error. */
export function Field({ field, value, error, onInput }: FieldProps) {
  const app = useApp();
  const t = app.t.value;
  const id = `ms-f-${field.id}`;
  const max = field.maxLength;
  const near = max !== undefined && value.length >= max * 0.8;
  const left = (max ?? 0) - value.length;
  const n = (count: number): string => formatNumber(app.locale.value, count);
  // Announced once per step towards the limit (nearing, last 5 %, over), not at every key.
  const step = !near ? '' : left < 0 ? 'over' : left <= max! * 0.05 ? 'last' : 'near';
  const announced = useMemo(() => (step ? t(left < 0 ? 'form.over' : 'form.left', { count: Math.abs(left), n: n(Math.abs(left)) }) : ''), [step]);
  const described = [field.help && `${id}-help`, near && `${id}-count`, error && `${id}-err`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.id,
    value,
    required: field.required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  const mark = field.required && (
    <span class="required" aria-hidden="true">
      {' *'}
    </span>
  );
  const help = field.help && (
    <p id={`${id}-help`} class="hint">
      {field.help}
    </p>
  );
  const problem = error && (
    <p id={`${id}-err`} class="field-error">
      {error}
    </p>
  );
  if (field.type === 'multiselect') {
    const on = new Set(chosen(field, value));
    // The first box carries the field's id, so a refusal can focus the field as it does any other.
    return (
      <fieldset class={`field choices${error ? ' invalid' : ''}`}>
        <legend>
          {field.label}
          {mark}
          {field.required && <span class="sr-only">{` (${t('form.requiredField')})`}</span>}
        </legend>
        {field.options?.map((o, i) => (
          <label key={o.value} class="check">
            <input
              type="checkbox"
              id={i ? `${id}-${i}` : id}
              name={field.id}
              value={o.value}
              checked={on.has(o.value)}
              aria-invalid={error ? 'true' : undefined}
              // On each box: a screen reader names the group's legend on entering it, but not the group's description.
              aria-describedby={described}
              onChange={(e) => onInput(withChoice(field, value, o.value, (e.currentTarget as HTMLInputElement).checked))}
            />
            {o.label}
          </label>
        ))}
        {help}
        {problem}
      </fieldset>
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {field.label}
        {mark}
      </label>
      {field.type === 'textarea' ? (
        <textarea {...common} rows={5} />
      ) : field.type === 'select' ? (
        <select {...common} onChange={common.onInput}>
          <option value="">{t('form.choose')}</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : field.type === 'date' ? (
        <input {...common} type="date" />
      ) : field.type === 'datetime' ? (
        <input {...common} type="datetime-local" />
      ) : (
        <input {...common} type="text" inputMode={field.type === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined} />
      )}
      {help}
      {near && (
        <p id={`${id}-count`} class={`counter${left < 0 ? ' over' : ''}`}>
          {t('form.counter', { count: value.length, n: n(value.length), max: n(max!) })} –{' '}
          {t(left < 0 ? 'form.overShort' : 'form.leftShort', { count: Math.abs(left), n: n(Math.abs(left)) })}
        </p>
      )}
      {max !== undefined && (
        <p class="sr-only" aria-live="polite">
          {announced}
        </p>
      )}
      {problem}
    </div>
  );
}
