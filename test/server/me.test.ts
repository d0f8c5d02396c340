import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Problem, RequestDetail } from '../../src/api/contract.js';
import { DEMO_JWT_SECRET, signToken } from '../../server/index.js';
import { bugRequest, call, newKey, startTestPortal, tokenFor, type TestPortal } from './helpers.js';

let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.dispose());

describe('GET /me and PATCH /me', () => {
  it('returns the seeded profile', async () => {
    const response = await call<Me>(portal, 'GET', '/me', { token: await tokenFor('sofia') });
    expect(response.body).toEqual({
      id: 'u-berger-sofia', email: 'sofia.yilmaz@praxis-berger.example', name: 'Sofia Yilmaz',
      organization: { id: 'org-berger', name: 'Praxis Dr. Berger' }, locale: 'en', notifyByEmail: true,
    });
    // User data: never stored, and named as varying by who asks.
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('Authorization, Accept-Language, Origin');
  });

  it('saves name, language and notifications', async () => {
    const token = await tokenFor('markus');
    const patched = await call<Me>(portal, 'PATCH', '/me', { token, body: { name: 'Markus K.', locale: 'en', notifyByEmail: false } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Markus K.', locale: 'en', notifyByEmail: false });
    const again = await call<Me>(portal, 'GET', '/me', { token });
    expect(again.body).toMatchObject({ name: 'Markus K.', locale: 'en', notifyByEmail: false });
  });

  it('keeps a name chosen in the profile until the host app sends a different name', async () => {
    const sameTokenName = await tokenFor('markus');
    expect((await call<Me>(portal, 'GET', '/me', { token: sameTokenName })).body.name).toBe('Markus K.');
    const renamed = await tokenFor('markus', { name: 'Markus Klein-Berger' });
    expect((await call<Me>(portal, 'GET', '/me', { token: renamed })).body.name).toBe('Markus Klein-Berger');
  });

  it.each([
    ['empty name', { name: '  ' }, 'name'],
    ['unknown locale', { locale: 'fr' }, 'locale'],
    ['notify as string', { notifyByEmail: 'yes' }, 'notifyByEmail'],
    ['unknown key', { email: 'x@y.example' }, 'email'],
  ])('422 for %s', async (_name, body, field) => {
    const response = await call<Problem>(portal, 'PATCH', '/me', { token: await tokenFor('anna'), body });
    expect(response.status).toBe(422);
    expect(response.body.errors?.map((e) => e.field)).toContain(field);
  });
});

describe('users and practices from the token', () => {
  it('creates an unknown user and practice on first use and lets them work', async () => {
    const token = await signToken(DEMO_JWT_SECRET, {
      sub: 'u-new-1', email: 'neu@praxis-neu.example', name: 'Neue Nutzerin', org: 'org-neu', org_name: 'Praxis Neu',
    });
    const me = await call<Me>(portal, 'GET', '/me', { token });
    expect(me.body).toMatchObject({ id: 'u-new-1', name: 'Neue Nutzerin', organization: { id: 'org-neu', name: 'Praxis Neu' }, locale: 'de' });
    const created = await call<RequestDetail>(portal, 'POST', '/requests', { token, idempotencyKey: newKey(), body: bugRequest('Erste Anfrage') });
    expect(created.status).toBe(201);
    const renamedOrg = await signToken(DEMO_JWT_SECRET, { sub: 'u-new-1', email: 'neu@praxis-neu.example', name: 'Neue Nutzerin', org: 'org-neu', org_name: 'Praxis Neu GmbH' });
    expect((await call<Me>(portal, 'GET', '/me', { token: renamedOrg })).body.organization.name).toBe('Praxis Neu GmbH');
  });

  it('takes the language of a new user from Accept-Language', async () => {
    const token = await signToken(DEMO_JWT_SECRET, { sub: 'u-new-en', email: 'en@example.com', org: 'org-neu' });
    const me = await call<Me>(portal, 'GET', '/me', { token, headers: { 'Accept-Language': 'en-US' } });
    expect(me.body).toMatchObject({ locale: 'en', name: 'en' });
  });
});
