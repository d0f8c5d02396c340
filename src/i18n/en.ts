import type { MessageKey } from './de';
import { launcherStrings } from './launcher-strings';

export const en: Record<MessageKey, string> = {
  ...launcherStrings.en,
  'panel.title': 'Help & support',
  'panel.close': 'Close',
  'panel.back': 'Back',
  'panel.loading': 'Loading …',
  'panel.retry': 'Try again',
  'error.network': 'No connection to the support portal. Please check your internet connection.',
  'error.timeout': 'The support portal is not responding right now. Please try again in a moment.',
  'error.server': 'Something went wrong at the support portal. Please try again in a moment.',
  'error.rateLimited': 'Too many requests in a short time. Please wait {seconds} seconds.',
  'error.invalidResponse': 'The support portal sent an unexpected answer.',
  'error.unauthorized': 'Your session has expired. Please sign in to the application again.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.notFound': 'This was not found.',
  'error.validation': 'Please check your entries.',
  'view.home': 'Help & support',
  'view.new': 'New request',
  'view.requests': 'My requests',
  'view.request': 'Request',
  'view.profile': 'Profile',
  'view.article': 'Article',
  'home.chooseCategory': 'First choose the kind of request',
  'home.noCategories': 'Requests cannot be sent right now. Please write to support@medondo.com.',
  'home.more': 'More',
};
