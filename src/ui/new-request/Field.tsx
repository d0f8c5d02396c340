import type { RequestTypeField } from '../../api/contract';
import { useApp } from '../../state/app';

interface FieldProps {
  field: RequestTypeField;
  value: string;
  error?: string;
  onInput(value: string): void;
}

/** One input built from the portal's field definition: label, required mark, help, counter, inline error. */
export function Field({ field, value, error, onInput }: FieldProps) {
  const t = useApp().t.value;
  const id = `ms-f-${field.id}`;
  const near = field.maxLength !== undefined && value.length >= field.maxLength * 0.8;
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
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {field.label}
        {field.required && (
          <span class="required" aria-hidden="true">
            {' *'}
          </span>
        )}
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
      ) : (
        <input {...common} type="text" inputMode={field.type === 'number' ? 'numeric' : undefined} />
      )}
      {field.help && (
        <p id={`${id}-help`} class="hint">
          {field.help}
        </p>
      )}
      {near && (
        <p id={`${id}-count`} class={`counter${value.length > field.maxLength! ? ' over' : ''}`}>
          {t('form.counter', { count: value.length, max: field.maxLength! })}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
