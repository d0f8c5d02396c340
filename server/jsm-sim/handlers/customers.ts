import { body, created, noContent, ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { paged, pageRequest } from '../render/paging.js';
import { userDto } from '../render/users.js';
import { deskOr404 } from './desks.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds what exists, then reports the rest: the documented behaviour of addCustomers (FACTS §2), reused for organizations. */
export function addAccounts(ctx: Ctx, target: string[], accountIds: string[] | undefined): void {
  if (!accountIds || accountIds.length === 0) throw new SimError(400, 'accountIds must not be empty.', { i18nKey: 'sd.sim.accountids.empty' });
  // An erased account (inactive) is as unknown here as a deleted one.
  const usable = (id: string) => ctx.store.users.get(id)?.active === true;
  const unknown = accountIds.filter((id) => !usable(id));
  for (const id of accountIds) if (usable(id) && !target.includes(id)) target.push(id);
  if (unknown.length > 0) throw new SimError(400, `The following accounts do not exist: ${unknown.join(', ')}`, { i18nKey: 'sd.admin.customer.error.invalid.user' });
}

export const customerRoutes: Routes = {
  'POST /rest/servicedeskapi/customer': (ctx) => {
    if (!ctx.store.permissions.jiraAdmin) {
      throw new SimError(403, 'You do not have permission to create customers. The Jira Administrators global permission is required.', { i18nKey: 'sd.customer.create.permission.denied' });
    }
    const input = body<{ email: string; displayName: string; fullName: string }>(ctx);
    const email = (input.email ?? '').trim();
    const displayName = (input.displayName ?? input.fullName ?? '').trim();
    if (!EMAIL.test(email)) throw new SimError(400, 'Enter a valid email address.', { i18nKey: 'sd.customer.create.email.invalid' });
    if (displayName === '') throw new SimError(400, 'Enter a display name.', { i18nKey: 'sd.customer.create.displayname.required' });
    const taken = [...ctx.store.users.values()].some((u) => u.emailAddress?.toLowerCase() === email.toLowerCase());
    if (taken) {
      const status = ctx.query.get('strictConflictStatusCode') === 'true' ? 409 : 400;
      throw new SimError(status, 'An account already exists for this email.', { i18nKey: 'sd.customer.create.email.conflict' });
    }
    const user = ctx.store.addUser({ accountId: ctx.store.newCustomerId(), displayName, emailAddress: email, accountType: 'customer', isAgent: false });
    return created(userDto(ctx.site, user));
  },
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer': (ctx) => {
    const desk = deskOr404(ctx);
    const needle = (ctx.query.get('query') ?? '').toLowerCase();
    const users = desk.customerIds
      .flatMap((id) => {
        const user = ctx.store.users.get(id);
        return user ? [user] : [];
      })
      .filter((u) => needle === '' || u.displayName.toLowerCase().includes(needle) || (u.emailAddress ?? '').toLowerCase().includes(needle) || u.accountId.toLowerCase().includes(needle));
    const path = `/rest/servicedeskapi/servicedesk/${desk.id}/customer`;
    return ok(paged(ctx.site, path, ctx.query, users.map((u) => userDto(ctx.site, u)), pageRequest(ctx.query, ctx.pageCap)));
  },
  'POST /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer': (ctx) => {
    const desk = deskOr404(ctx);
    if (!ctx.store.permissions.serviceDeskAdmin) {
      throw new SimError(403, 'You do not have permission to add customers to this service desk.', { i18nKey: 'sd.admin.customer.permission.denied' });
    }
    addAccounts(ctx, desk.customerIds, body<{ accountIds: string[] }>(ctx).accountIds);
    return noContent();
  },
};
