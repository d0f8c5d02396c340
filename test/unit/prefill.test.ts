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
    expect(prefillValues({ fields: { devices: ['tablet', 'pc'], area: 'login' } }, 'bug', [devices, area])).toEqual({ devices: 'tablet\npc', area: 'login' });
    expect(prefillValues({ fields: { devices: ['tablet', 'fax'], area: ['login'] } }, 'bug', [devices, area])).toEqual({});
    expect(warn.mock.calls.flat().join(' ')).toMatch(/devices \(value "tablet\nfax"\), area \(value "login"\)/);
    warn.mockRestore();
  });
});
