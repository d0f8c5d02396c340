import type { Routes } from '../http/context.js';
import { deskRoutes } from './desks.js';
import { platformMetaRoutes } from './platform-meta.js';
import { requestTypeRoutes } from './request-types.js';

export const routes: Routes = {
  ...deskRoutes,
  ...requestTypeRoutes,
  ...platformMetaRoutes,
};
