import { describe, expect, it, vi } from 'vitest';
import type { RequestTypeField } from '../../src/api/contract';
import { prefillValues } from '../../src/ui/new-request/prefill';

const devices: RequestTypeField = {
  id: 'devices', label: 'Geräte', type: 'multiselect', required: false,
  options: [{ value: 'pc', label: 'PC' }, { value: 'tablet', label: 'Tablet' }],
};
const area: RequestTypeField = { id: 'area', label: 'Bereich', type: 'select', required: false, options: [{ value: 'login', label: 'Anmeldung' }] };

describe('prefillValues', () => {
  it('takes a list of offered options for a multiselect, and leaves out a list with an unknown one or a list for a select', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // In the order the form keeps its choices, so the same choices do not ask to replace a draft.
    expect(prefillValues({ fields: { devices: ['tablet', 'pc'], area: 'login' } }, 'bug', [devices, area])).toEqual({ devices: 'pc\ntablet', area: 'login' });
    expect(prefillValues({ fields: { devices: ['tablet', 'fax'], area: ['login'] } }, 'bug', [devices, area])).toEqual({});
    expect(warn.mock.calls.flat().join(' ')).toMatch(/devices \(value "tablet\nfax"\), area \(value "login"\)/);
    warn.mockRestore();
  });

  it('takes a day and a date and time only as the browser\'s inputs hold them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const since: RequestTypeField = { id: 'since', label: 'Seit', type: 'date', required: false };
    const when: RequestTypeField = { id: 'when', label: 'Wann', type: 'datetime', required: false };
    expect(prefillValues({ fields: { since: '2026-12-01', when: '2026-12-08T14:30' } }, 'x', [since, when])).toEqual({ since: '2026-12-01', when: '2026-12-08T14:30' });
    expect(prefillValues({ fields: { since: '01.12.2026', when: '2026-12-08 14:30' } }, 'x', [since, when])).toEqual({});
    warn.mockRestore();
  });
});
