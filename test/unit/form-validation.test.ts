import { describe, expect, it } from 'vitest';
import type { Problem, RequestTypeField } from '../../src/api/contract';
import { PortalError } from '../../src/api/errors';
import * as schema from '../../src/api/schemas';
import { de } from '../../src/i18n/de';
import type { MessageKey, Params } from '../../src/i18n';
import { chosen, withChoice } from '../../src/ui/new-request/choices';
import { sentValue } from '../../src/ui/new-request/sent-value';
import { fieldProblem, keptText, numberText, validateFields } from '../../src/ui/new-request/validate';

// The German catalogue itself, so the tests read the sentences a user reads.
const t = (key: MessageKey, params: Params = {}): string => String(de[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

const licences: RequestTypeField = { id: 'licencesWanted', label: 'Gewünschte zusätzliche Behandler-Lizenzen', type: 'number', required: true, min: 1, max: 500, integer: true };

const refusal = (errors: Problem['errors'], status = 422): PortalError =>
  new PortalError('validation', 'refused', status, { type: 'urn:medsupport:problem:validation', title: 'Validation failed', status, errors });

describe('fieldProblem: the portal’s checks, before sending', () => {
  it('refuses a number outside the bounds the request type serves, and takes the bounds themselves', () => {
    expect(fieldProblem(licences, '0', t)).toBe('Bitte geben Sie eine Zahl von 1 bis 500 ein.');
    expect(fieldProblem(licences, '501', t)).toBe('Bitte geben Sie eine Zahl von 1 bis 500 ein.');
    expect(fieldProblem(licences, '-3', t)).toBe('Bitte geben Sie eine Zahl von 1 bis 500 ein.');
    expect(fieldProblem(licences, ' 1 ', t)).toBeNull();
    expect(fieldProblem(licences, '500', t)).toBeNull();
    expect(fieldProblem({ ...licences, max: undefined }, '0', t)).toBe('Bitte geben Sie eine Zahl ab 1 ein.');
    expect(fieldProblem({ ...licences, min: undefined }, '501', t)).toBe('Bitte geben Sie eine Zahl bis 500 ein.');
    expect(fieldProblem(licences, '2,5', t)).toBe('Bitte geben Sie eine ganze Zahl ein.');
  });

  it('asks for at least one choice of a required multiselect; the choices are kept in the order offered, and one no longer offered is dropped', () => {
    const devices: RequestTypeField = {
      id: 'devices', label: 'Geräte', type: 'multiselect', required: true,
      options: [{ value: 'pc', label: 'PC' }, { value: 'tablet', label: 'Tablet' }, { value: 'phone', label: 'Smartphone' }],
    };
    expect(fieldProblem(devices, '', t)).toBe('Bitte wählen Sie bei „Geräte“ mindestens eine Möglichkeit.');
    expect(fieldProblem(devices, 'fax', t)).toBe('Bitte wählen Sie bei „Geräte“ mindestens eine Möglichkeit.');
    expect(fieldProblem({ ...devices, required: false }, '', t)).toBeNull();
    let value = withChoice(devices, '', 'phone', true);
    value = withChoice(devices, value, 'pc', true);
    expect(chosen(devices, value)).toEqual(['pc', 'phone']);
    expect(fieldProblem(devices, value, t)).toBeNull();
    expect(chosen(devices, withChoice(devices, value, 'pc', false))).toEqual(['phone']);
    expect(sentValue(devices, `fax\n${value}`)).toEqual(['pc', 'phone']);
    expect(sentValue({ ...devices, type: 'text' }, 'a\nb')).toBe('a\nb');
  });

  it('takes a date and time as the browser\'s input gives it, and asks again for a time the clock lacks', () => {
    const when: RequestTypeField = { id: 'when', label: 'Wann?', type: 'datetime', required: true };
    expect(fieldProblem(when, '2026-12-08T14:30', t)).toBeNull();
    expect(fieldProblem(when, '2026-12-08T24:30', t)).toBe('Bitte wählen Sie Datum und Uhrzeit.');
    expect(fieldProblem(when, '2026-02-30T10:00', t)).toBe('Bitte wählen Sie Datum und Uhrzeit.');
    expect(fieldProblem(when, '2026-12-08', t)).toBe('Bitte wählen Sie Datum und Uhrzeit.');
  });

  it('takes decimals, with a German comma too, in a number field that is not for whole numbers only (JSM number fields)', () => {
    const hours: RequestTypeField = { id: 'hours', label: 'Stunden', type: 'number', required: true, min: 0, max: 10 };
    expect(fieldProblem(hours, '2,5', t)).toBeNull();
    expect(fieldProblem(hours, '2.5', t)).toBeNull();
    expect(fieldProblem(hours, ',5', t)).toBeNull();
    expect(fieldProblem(hours, '10,5', t)).toBe('Bitte geben Sie eine Zahl von 0 bis 10 ein.');
    expect(fieldProblem(hours, '2,5,1', t)).toBe('Bitte geben Sie eine Zahl ein, zum Beispiel 2 oder 2,5.');
    expect(fieldProblem(hours, '1e3', t)).toBe('Bitte geben Sie eine Zahl ein, zum Beispiel 2 oder 2,5.');
    expect(numberText(' 2,5 ')).toBe('2.5');
    expect(numberText('1.000,5')).toBe('1.000,5');
  });

  it('takes a date field\'s day only as a day the calendar has, YYYY-MM-DD as the portal and JSM take it', () => {
    const since: RequestTypeField = { id: 'since', label: 'Seit wann?', type: 'date', required: false };
    expect(fieldProblem(since, '2026-12-01', t)).toBeNull();
    expect(fieldProblem(since, '2028-02-29', t)).toBeNull();
    for (const day of ['2026-02-29', '2026-13-01', '01.12.2026', '2026-12-1']) expect(fieldProblem(since, day, t)).toBe('Bitte wählen Sie ein Datum.');
  });

  it('counts characters as the portal does: an emoji once, and a long text with its spacing', () => {
    const summary: RequestTypeField = { id: 'summary', label: 'Zusammenfassung', type: 'text', required: true, maxLength: 3 };
    expect(fieldProblem(summary, '😀😀😀', t)).toBeNull();
    expect(fieldProblem(summary, '  abc  ', t)).toBeNull();
    expect(fieldProblem({ ...summary, type: 'textarea' }, 'abc\n\n', t)).toBe('Bitte kürzen Sie auf höchstens 3 Zeichen.');
  });

  it('refuses a choice the portal does not offer (an old draft, a host prefill)', () => {
    const topic: RequestTypeField = { id: 'topic', label: 'Thema', type: 'select', required: false, options: [{ value: 'invoice', label: 'Rechnung' }] };
    expect(fieldProblem(topic, 'licenses', t)).toBe('Bitte wählen Sie bei „Thema“ eine der angebotenen Möglichkeiten.');
    expect(fieldProblem(topic, 'invoice', t)).toBeNull();
    expect(fieldProblem(topic, '', t)).toBeNull();
  });

  it('names a required field that is empty or blank, as before', () => {
    expect(validateFields([licences], { licencesWanted: '  ' }, t)).toEqual({ licencesWanted: 'Bitte füllen Sie „Gewünschte zusätzliche Behandler-Lizenzen“ aus.' });
  });
});

describe('request types from the portal', () => {
  it('keep the bounds of number fields, so the form can check them', () => {
    const [type] = schema.requestTypes([{ id: 'rt-billing', key: 'billing', name: 'n', description: 'd', helpText: 'h', fields: [licences] }]);
    expect(type!.fields[0]).toMatchObject({ min: 1, max: 500 });
  });
});

describe('PortalError.refusedFields', () => {
  const paths = { visitorEmail: 'email', summary: 'fields.summary', licencesWanted: 'fields.licencesWanted' };

  it('maps the paths a 422 names to the form’s fields, in the form’s order', () => {
    const error = refusal([
      { field: 'fields.licencesWanted', message: 'must be at most 500' },
      { field: 'attachments[0]', message: 'unknown attachment' },
      { field: 'email', message: 'is required' },
    ]);
    expect(error.refusedFields(paths)).toEqual(['visitorEmail', 'licencesWanted']);
  });

  it('names nothing for failures that are not about the input', () => {
    expect(new PortalError('server', 'down', 503).refusedFields(paths)).toEqual([]);
    expect(refusal([]).refusedFields(paths)).toEqual([]);
  });
});

describe('keptText: what the kept draft waits for', () => {
  it('names the Retry button only for a failure the form offers Retry for', () => {
    expect(keptText(new PortalError('network', 'x'))).toBe('form.keptDraft');
    expect(keptText(new PortalError('offline', 'x'))).toBe('form.keptOffline');
    expect(keptText(refusal([{ field: 'fields.summary', message: 'is required' }]))).toBe('form.keptFix');
    expect(de['form.keptFix']).not.toContain('Erneut versuchen');
    expect(de['form.keptDraft']).toContain('Erneut versuchen');
  });
});
