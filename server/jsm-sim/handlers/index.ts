import type { Routes } from '../http/context.js';
import { attachmentRoutes } from './attachments.js';
import { confluencePageRoutes } from './confluence-pages.js';
import { confluenceSpaceRoutes } from './confluence-spaces.js';
import { customerRoutes } from './customers.js';
import { deskRoutes } from './desks.js';
import { organizationRoutes } from './organizations.js';
import { platformIssueRoutes } from './platform-issues.js';
import { platformMetaRoutes } from './platform-meta.js';
import { requestCommentRoutes } from './request-comments.js';
import { requestTypeRoutes } from './request-types.js';
import { requestRoutes } from './requests.js';
import { searchRoutes } from './search.js';

export const routes: Routes = {
  ...deskRoutes,
  ...requestTypeRoutes,
  ...platformMetaRoutes,
  ...customerRoutes,
  ...organizationRoutes,
  ...requestRoutes,
  ...requestCommentRoutes,
  ...attachmentRoutes,
  ...platformIssueRoutes,
  ...searchRoutes,
  ...confluenceSpaceRoutes,
  ...confluencePageRoutes,
};
