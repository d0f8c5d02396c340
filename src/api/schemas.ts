import type {
  ActivityItem,
  Article,
  ArticleSummary,
  CreatorList,
  Me,
  ReadMark,
  ReadMarks,
  RequestDetail,
  RequestList,
  RequestStatus,
  RequestSummary,
  RequestType,
  SynonymTable,
  UploadedAttachment,
} from './contract';
import { array, bool, nullable, num, object, oneOf, optional, record, recordOf, str, type Check } from './validate';

const locale = oneOf('de', 'en');
const person = object({ id: str, name: str });

const condition = object({ field: str, equals: str });

const field = object({
  id: str,
  label: str,
  type: oneOf('text', 'textarea', 'select', 'multiselect', 'number', 'date', 'datetime'),
  required: bool,
  maxLength: optional(num),
  min: optional(num),
  max: optional(num),
  integer: optional(bool),
  options: optional(array(object({ value: str, label: str }))),
  help: optional(str),
  visibleWhen: optional(condition),
  requiredWhen: optional(condition),
});

export const requestTypes: Check<RequestType[]> = array(
  object({ id: str, key: str, name: str, description: str, helpText: str, fields: array(field), attachmentsRequired: optional(bool) }),
);

export const articleSummaries: Check<ArticleSummary[]> = array(
  object({
    id: str,
    title: str,
    excerpt: str,
    keywords: array(str),
    learnedKeywords: optional(array(str)),
    messages: optional(array(str)),
    translationOf: optional(str),
    requestTypes: array(str),
    locale,
    updatedAt: str,
  }),
);

export const synonymTable: Check<SynonymTable> = object({ groups: array(array(str)) });

// The locale says which version was served (German where the reader's is missing): the panel marks its language.
export const article: Check<Article> = object({ id: str, title: str, html: str, updatedAt: str, locale: optional(locale) });

const status: Check<RequestStatus> = object({
  id: oneOf('waiting_for_support', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'),
  name: str,
  category: oneOf('open', 'closed'),
});

const summaryShape = {
  key: str,
  summary: str,
  requestType: object({ id: str, key: str, name: str }),
  status,
  createdBy: person,
  createdAt: str,
  updatedAt: str,
  lastAgentActivityAt: nullable(str),
};

export const requestSummary: Check<RequestSummary> = object(summaryShape);

export const requestList: Check<RequestList> = object({ items: array(requestSummary), nextCursor: nullable(str) });

const attachmentRef = object({ id: str, name: str, size: num, contentType: str, url: str });

export const activityItem: Check<ActivityItem> = object({
  id: str,
  type: oneOf('created', 'comment', 'status'),
  at: str,
  author: object({ name: str, isAgent: bool }),
  body: optional(str),
  status: optional(status),
  attachments: optional(array(attachmentRef)),
});

export const requestDetail: Check<RequestDetail> = object({
  ...summaryShape,
  fields: array(object({ id: str, label: str, value: str })),
  context: nullable(record),
  activity: array(activityItem),
  sentWithoutSignIn: optional(bool),
});

export const creatorList: Check<CreatorList> = object({ items: array(person) });

export const me: Check<Me> = object({
  id: str,
  email: str,
  name: str,
  organization: object({ id: str, name: str }),
  locale,
  notifyByEmail: bool,
});

export const uploadedAttachment: Check<UploadedAttachment> = object({ id: str, name: str, size: num, contentType: str });

export const readMarks: Check<ReadMarks> = object({ since: str, marks: recordOf(str) });

export const readMark: Check<ReadMark> = object({ key: str, at: str });
