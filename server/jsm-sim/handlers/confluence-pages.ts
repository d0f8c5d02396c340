import { ok, SimError, type Ctx, type Routes } from '../http/context.js';
import type { SimLabel, SimPage } from '../types.js';
import { confluenceRoutes, cursorPaged, type SortKey } from './confluence-paging.js';
import { spaceOr404 } from './confluence-spaces.js';

const BASE = '/wiki/api/v2';
const EMPTY_ADF = JSON.stringify({ type: 'doc', version: 1, content: [] });

/** Only the two stored representations are modelled; rendered ones (`view`, `export_view`…) would need a renderer. */
function body(page: SimPage, format: string | null): Record<string, unknown> {
  if (format === null) return {};
  if (format === 'storage') return { storage: { representation: 'storage', value: page.storage } };
  if (format === 'atlas_doc_format') return { atlas_doc_format: { representation: 'atlas_doc_format', value: EMPTY_ADF } };
  throw new SimError(501, `body-format=${format} is not modelled by the simulator`);
}

function pageDto(ctx: Ctx, page: SimPage, format: string | null): Record<string, unknown> {
  const space = ctx.store.confluence.spaces.get(page.spaceId);
  const slug = encodeURIComponent(page.title.replace(/\s+/g, '+'));
  return {
    id: page.id,
    status: page.status,
    title: page.title,
    spaceId: page.spaceId,
    parentId: null,
    parentType: null,
    position: null,
    authorId: page.authorId,
    ownerId: page.authorId,
    createdAt: new Date(page.createdAt).toISOString(),
    version: { number: page.version.number, message: '', minorEdit: false, authorId: page.authorId, createdAt: new Date(page.version.createdAt).toISOString() },
    body: body(page, format),
    _links: { webui: `/spaces/${space?.key ?? ''}/pages/${page.id}/${slug}`, editui: `/pages/resumedraft.action?draftId=${page.id}`, tinyui: `/x/${page.id}` },
  };
}

function pageOr404(ctx: Ctx): SimPage {
  const page = ctx.store.confluence.pages.get(ctx.params.id ?? '');
  if (!page) throw new SimError(404, 'Page not found');
  return page;
}

function pageSortKey(sort: string): (page: SimPage) => SortKey {
  const field = sort.replace(/^-/, '');
  if (field === 'title') return (p) => [p.title, Number(p.id)];
  if (field === 'created-date') return (p) => [p.createdAt, Number(p.id)];
  if (field === 'modified-date') return (p) => [p.version.createdAt, Number(p.id)];
  return (p) => [Number(p.id)];
}

function labelSortKey(sort: string): (label: SimLabel) => SortKey {
  return sort.replace(/^-/, '') === 'name' ? (l) => [l.name, Number(l.id)] : (l) => [Number(l.id)];
}

export const confluencePageRoutes: Routes = confluenceRoutes({
  [`GET ${BASE}/spaces/{id}/pages`]: (ctx) => {
    const space = spaceOr404(ctx);
    // Without `status`, only current pages are listed (the simulator's reading of the 2024 document).
    const statuses = ctx.query.getAll('status').flatMap((s) => s.split(',')).filter(Boolean);
    const wanted = statuses.length > 0 ? statuses : ['current'];
    const title = ctx.query.get('title');
    const format = ctx.query.get('body-format');
    const pages = [...ctx.store.confluence.pages.values()].filter((p) => p.spaceId === space.id && wanted.includes(p.status) && (title === null || p.title === title));
    const sort = ctx.query.get('sort') ?? 'id';
    return cursorPaged(ctx, `${BASE}/spaces/${space.id}/pages`, pages, pageSortKey(sort), sort.startsWith('-'), (p) => pageDto(ctx, p, format));
  },
  [`GET ${BASE}/pages/{id}`]: (ctx) => {
    const page = pageOr404(ctx);
    const version = ctx.query.get('version');
    if (version !== null && Number(version) !== page.version.number) throw new SimError(501, 'historical page versions are not modelled by the simulator');
    return ok(pageDto(ctx, page, ctx.query.get('body-format')));
  },
  [`GET ${BASE}/pages/{id}/labels`]: (ctx) => {
    const page = pageOr404(ctx);
    const prefix = ctx.query.get('prefix');
    const labels = page.labels.filter((l) => prefix === null || l.prefix === prefix);
    const sort = ctx.query.get('sort') ?? 'id';
    return cursorPaged(ctx, `${BASE}/pages/${page.id}/labels`, labels, labelSortKey(sort), sort.startsWith('-'), (l) => ({ ...l }));
  },
});
