import { ok, SimError, type Ctx, type Routes } from '../http/context.js';
import { paged, pageRequest } from '../render/paging.js';
import type { Desk } from '../state/desk.js';

export function deskOr404(ctx: Ctx): Desk {
  const desk = ctx.store.deskByIdentifier(ctx.params.serviceDeskId ?? '');
  if (!desk) throw new SimError(404, 'The service desk does not exist or you do not have permission to see it.', { i18nKey: 'sd.service.desk.not.found' });
  return desk;
}

export function deskDto(ctx: Ctx, desk: Desk): Record<string, unknown> {
  return {
    id: desk.id,
    projectId: desk.projectId,
    projectName: desk.projectName,
    projectKey: desk.projectKey,
    _links: { self: `${ctx.site}/rest/servicedeskapi/servicedesk/${desk.id}` },
  };
}

export const deskRoutes: Routes = {
  'GET /rest/servicedeskapi/servicedesk': (ctx) =>
    ok(paged(ctx.site, '/rest/servicedeskapi/servicedesk', ctx.query, ctx.store.desks.map((d) => deskDto(ctx, d)), pageRequest(ctx.query, ctx.pageCap))),
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}': (ctx) => ok(deskDto(ctx, deskOr404(ctx))),
};
