export const HOST_PORT = 4173;
export const PORTAL_PORT = 4174;
/** The fault proxy in front of the portal: the widget's portalUrl in every test page. */
export const FAULT_PORT = 4175;
export const PORTAL_API = `http://127.0.0.1:${PORTAL_PORT}/api/portal/v1`;

/** `-writes`: only POST/PATCH fail, reads pass. `drop`: the portal commits, the answer is lost. */
export type FaultMode = 'none' | 'down' | '500' | '429' | 'malformed' | 'drop' | 'down-writes' | '500-writes' | '429-writes' | 'drop-writes';
