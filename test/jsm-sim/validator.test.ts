import { describe, expect, it } from 'vitest';
import { checkCall } from '../../server/jsm-sim/validate/request.js';
import { checkValue } from '../../server/jsm-sim/validate/schema.js';
import { loadOperations } from '../../server/jsm-sim/validate/spec.js';

const operations = loadOperations();

function call(method: string, path: string, query = '', body?: unknown, contentType = 'application/json') {
  return checkCall(operations, {
    method,
    path,
    query: new URLSearchParams(query),
    contentType: body === undefined ? undefined : contentType,
    body: Buffer.from(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)),
  });
}

describe('OpenAPI validator', () => {
  it('accepts a documented call and names the operation', () => {
    const result = call('GET', '/rest/servicedeskapi/servicedesk/MED/requesttype', 'start=0&limit=10&requestLanguage=de-DE');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.match.operation.operationId).toBe('getRequestTypes');
  });

  it('accepts a request create body with free-form field values', () => {
    const result = call('POST', '/rest/servicedeskapi/request', '', { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 'x', customfield_10002: [1] }, raiseOnBehalfOf: 'qm:1' });
    expect(result).toMatchObject({ ok: true });
  });

  it('prefers literal path segments over templated ones', () => {
    const result = call('GET', '/rest/api/3/attachment/content/10000', 'redirect=false');
    expect(result.ok && result.match.operation.operationId).toBe('getAttachmentContent');
  });

  it('finds the hand-written search fragment and the Confluence prefix', () => {
    expect(call('GET', '/rest/api/3/search/jql', 'jql=project%3DMED&fields=summary,status&reconcileIssues=10000').ok).toBe(true);
    expect(call('POST', '/rest/api/3/search/approximate-count', '', { jql: 'project = MED' }).ok).toBe(true);
    expect(call('GET', '/wiki/api/v2/spaces', 'keys=KB&limit=25').ok).toBe(true);
  });

  it('rejects an unknown path', () => {
    const result = call('GET', '/rest/api/3/search', 'jql=project%3DMED');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.problems[0]).toMatch(/no such operation/);
  });

  it('rejects an unknown query parameter', () => {
    const result = call('GET', '/rest/servicedeskapi/organization', 'name=Praxis');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/unknown query parameter 'name'/);
  });

  it('rejects requestLanguage outside servicedeskapi', () => {
    expect(call('GET', '/rest/api/3/myself', 'requestLanguage=de').ok).toBe(false);
  });

  it('rejects wrong body types, unknown properties and missing required ones', () => {
    const wrongType = call('POST', '/rest/servicedeskapi/request/MED-1/comment', '', { body: 'hi', public: 'yes' });
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.problems[0]).toMatch(/body.public: expected boolean, got string/);
    expect(call('POST', '/rest/servicedeskapi/organization', '', { name: 'A', extra: 1 }).ok).toBe(false);
    expect(call('POST', '/rest/servicedeskapi/organization', '', {}).ok).toBe(false);
    expect(call('POST', '/rest/servicedeskapi/servicedesk/1/organization', '', { organizationId: '5' }).ok).toBe(false);
  });

  it('rejects wrong query and path types and bad enums', () => {
    expect(call('GET', '/rest/servicedeskapi/organization', 'limit=ten').ok).toBe(false);
    expect(call('GET', '/rest/servicedeskapi/organization/abc').ok).toBe(false);
    expect(call('GET', '/rest/api/3/issue/MED-1/comment', 'orderBy=newest').ok).toBe(false);
    expect(call('GET', '/rest/api/3/search/jql', 'jql=x&failFast=maybe').ok).toBe(false);
  });

  it('rejects a body that is not JSON and a required body that is missing', () => {
    expect(call('POST', '/rest/servicedeskapi/customer', '', '{not json').ok).toBe(false);
    expect(call('POST', '/rest/servicedeskapi/customer').ok).toBe(false);
  });

  it('checks multipart uploads by content type', () => {
    expect(call('POST', '/rest/servicedeskapi/servicedesk/1/attachTemporaryFile', '', 'x', 'multipart/form-data; boundary=abc').ok).toBe(true);
    expect(call('POST', '/rest/servicedeskapi/servicedesk/1/attachTemporaryFile', '', 'x', 'multipart/form-data').ok).toBe(false);
    expect(call('POST', '/rest/servicedeskapi/request/MED-1/comment', '', 'x', 'multipart/form-data; boundary=abc').ok).toBe(false);
  });

  it('treats an empty schema as anything and resolves $ref chains', () => {
    const resolve = (ref: string) => (ref === '#/a' ? { $ref: '#/b' } : ref === '#/b' ? { type: 'integer' } : undefined);
    expect(checkValue({}, { any: ['thing'] }, resolve)).toEqual([]);
    expect(checkValue({ $ref: '#/a' }, 3, resolve)).toEqual([]);
    expect(checkValue({ $ref: '#/a' }, 3.5, resolve)).toHaveLength(1);
  });
});
