import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, RequestDetail, RequestType } from '../../src/api/contract.js';
import { call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

/** Fields that only matter for one answer (issue #16, point 7): `visibleWhen` / `requiredWhen` in the seed's types. */
let portal: TestPortal;
let anna: string;

beforeAll(async () => {
  portal = await startTestPortal({}, 'sqlite');
  anna = await tokenFor('anna');
});
afterAll(() => portal.dispose());

const send = (requestTypeId: string, fields: Record<string, string>) =>
  call<RequestDetail | Problem>(portal, 'POST', '/requests', { token: anna, idempotencyKey: newKey(), body: { requestTypeId, fields } });
const fieldIds = (body: RequestDetail | Problem) => (body as RequestDetail).fields.map((f) => f.id);
const errorFields = (body: RequestDetail | Problem) => (body as Problem).errors?.map((e) => e.field);

describe('conditional fields', () => {
  it('are served with their conditions', async () => {
    const types = (await call<RequestType[]>(portal, 'GET', '/request-types')).body;
    const field = (type: string, id: string) => types.find((t) => t.key === type)!.fields.find((f) => f.id === id)!;
    expect(field('support', 'phone')).toMatchObject({
      required: false,
      visibleWhen: { field: 'contactPreference', equals: 'phone' },
      requiredWhen: { field: 'contactPreference', equals: 'phone' },
    });
    expect(field('billing', 'invoiceNumber').visibleWhen).toEqual({ field: 'topic', equals: 'invoice' });
    expect(field('billing', 'licencesWanted').requiredWhen).toEqual({ field: 'topic', equals: 'licences' });
    expect(field('billing', 'customerNumber').visibleWhen).toBeUndefined();
  });

  it('a call back needs a phone number', async () => {
    const refused = await send('rt-support', { summary: 'Bitte rufen Sie an', contactPreference: 'phone' });
    expect(refused.status).toBe(422);
    expect(errorFields(refused.body)).toEqual(['fields.phone']);

    const accepted = await send('rt-support', { summary: 'Bitte rufen Sie an', contactPreference: 'phone', phone: '030 1234567' });
    expect(accepted.status).toBe(201);
    expect(fieldIds(accepted.body)).toContain('phone');
  });

  it('drops the value of a field its condition hides', async () => {
    const portalReply = await send('rt-support', { summary: 'Antwort im Portal reicht', contactPreference: 'portal', phone: '030 1234567' });
    expect(portalReply.status).toBe(201);
    expect(fieldIds(portalReply.body)).not.toContain('phone');

    const invoice = await send('rt-billing', { summary: 'Rechnung doppelt', topic: 'invoice', invoiceNumber: 'R-2026-17', licencesWanted: '3' });
    expect(invoice.status).toBe(201);
    expect(fieldIds(invoice.body)).toContain('invoiceNumber');
    expect(fieldIds(invoice.body)).not.toContain('licencesWanted');
  });

  it('licences need their count, and only then; a hidden field is not checked either', async () => {
    const refused = await send('rt-billing', { summary: 'Mehr Lizenzen', topic: 'licences', invoiceNumber: 'x'.repeat(80) });
    expect(refused.status).toBe(422);
    expect(errorFields(refused.body)).toEqual(['fields.licencesWanted']);
    const accepted = await send('rt-billing', { summary: 'Mehr Lizenzen', topic: 'licences', licencesWanted: '4' });
    expect(accepted.status).toBe(201);
    expect((accepted.body as RequestDetail).fields.find((f) => f.id === 'licencesWanted')?.value).toBe('4');
  });

  it('a count of licences is a whole number, and the request type says so', async () => {
    const types = (await call<RequestType[]>(portal, 'GET', '/request-types')).body;
    expect(types.find((t) => t.key === 'billing')?.fields.find((f) => f.id === 'licencesWanted')?.integer).toBe(true);
    const refused = await send('rt-billing', { summary: 'Mehr Lizenzen', topic: 'licences', licencesWanted: '2.5' });
    expect(refused.status).toBe(422);
    expect(errorFields(refused.body)).toEqual(['fields.licencesWanted']);
  });
});
