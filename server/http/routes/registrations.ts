import { Hono } from 'hono';
import type { RegistrationAccepted } from '../../../src/api/contract.js';
import { clientIp } from '../client-ip.js';
import type { AppDeps, AppEnv } from '../env.js';
import { readJson } from '../json-body.js';
import { enforce } from '../rate-limit.js';
import { validateRegistration } from '../validation/simple-bodies.js';

/**
 * Always 202 for a well-formed address, whether or not the portal knows it, so the answer never tells an
 * attacker which addresses have accounts. Beyond the per-address limit the mail is silently not sent.
 */
export function registrationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post('/registrations', async (c) => {
    await enforce(deps.limits.registrationsByIp, clientIp(c));
    const { email, name } = validateRegistration(await readJson(c));
    if ((await deps.limits.registrationsByEmail.take(email.toLowerCase())) === 0) {
      await deps.notifier.registration(email, name, c.get('locale'));
    }
    const accepted: RegistrationAccepted = { accepted: true };
    return c.json(accepted, 202);
  });
}
