import type { SimUser } from '../types.js';

const avatar = (accountId: string): Record<string, string> =>
  Object.fromEntries(['48x48', '24x24', '16x16', '32x32'].map((size) => [size, `https://avatar-management.services.atlassian.com/default/${size}/${encodeURIComponent(accountId)}`]));

/** servicedeskapi UserDTO. */
export function userDto(site: string, user: SimUser): Record<string, unknown> {
  return {
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    _links: {
      jiraRest: `${site}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
      avatarUrls: avatar(user.accountId),
      self: `${site}/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`,
    },
  };
}

/** Platform User / UserDetails. */
export function platformUser(site: string, user: SimUser): Record<string, unknown> {
  return {
    self: `${site}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType: user.accountType,
    emailAddress: user.emailAddress,
    avatarUrls: avatar(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}
