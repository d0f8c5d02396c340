import { ok, SimError, type Ctx, type Routes } from '../http/context.js';
import type { SimSpace } from '../types.js';
import { confluenceRoutes, cursorPaged, type SortKey } from './confluence-paging.js';

const BASE = '/wiki/api/v2';

function list(ctx: Ctx, name: string): string[] {
  return ctx.query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function spaceDto(ctx: Ctx, space: SimSpace): Record<string, unknown> {
  const dto: Record<string, unknown> = {
    id: space.id,
    key: space.key,
    name: space.name,
    type: 'global',
    status: 'current',
    authorId: ctx.store.confluence.authorId,
    createdAt: new Date(space.createdAt).toISOString(),
    homepageId: null,
    _links: { webui: `/spaces/${space.key}` },
  };
  if (ctx.query.has('description-format')) dto.description = { [ctx.query.get('description-format') ?? 'plain']: { representation: ctx.query.get('description-format'), value: '' } };
  if (ctx.query.get('include-icon') === 'true') dto.icon = null;
  return dto;
}

export function spaceOr404(ctx: Ctx): SimSpace {
  const space = ctx.store.confluence.spaces.get(ctx.params.id ?? '');
  if (!space) throw new SimError(404, 'Space not found');
  return space;
}

function sortKey(sort: string): (space: SimSpace) => SortKey {
  const field = sort.replace(/^-/, '');
  if (field === 'key') return (s) => [s.key, Number(s.id)];
  if (field === 'name') return (s) => [s.name, Number(s.id)];
  return (s) => [Number(s.id)];
}

export const confluenceSpaceRoutes: Routes = confluenceRoutes({
  [`GET ${BASE}/spaces`]: (ctx) => {
    const ids = list(ctx, 'ids');
    const keys = list(ctx, 'keys');
    const type = ctx.query.get('type');
    const status = ctx.query.get('status');
    // Simulated spaces are global, current and carry no labels, so a label filter matches none of them.
    const spaces = [...ctx.store.confluence.spaces.values()].filter(
      (s) => (ids.length === 0 || ids.includes(s.id)) && (keys.length === 0 || keys.includes(s.key)) && (type === null || type === 'global') && (status === null || status === 'current') && !ctx.query.has('labels'),
    );
    const sort = ctx.query.get('sort') ?? 'id';
    return cursorPaged(ctx, `${BASE}/spaces`, spaces, sortKey(sort), sort.startsWith('-'), (s) => spaceDto(ctx, s));
  },
  [`GET ${BASE}/spaces/{id}`]: (ctx) => ok(spaceDto(ctx, spaceOr404(ctx))),
});
