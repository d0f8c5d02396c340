/** E2E_PORT_BASE moves all three, so two test runs on one machine do not collide. */
const BASE = Number(process.env.E2E_PORT_BASE) || 4173;
export const HOST_PORT = BASE;
export const PORTAL_PORT = BASE + 1;
/** The fault proxy in front of the portal: the widget's portalUrl in every test page. */
export const FAULT_PORT = BASE + 2;
export const PORTAL_API = `http://127.0.0.1:${PORTAL_PORT}/api/portal/v1`;

/**
 * `-writes`: only POST/PATCH are affected, reads pass. `drop`: the portal commits, the answer is lost. `malformed`:
 * the portal commits, the answer arrives cut off. `slow`: every answer 5 s late.
 */
type Fault = 'down' | '500' | '429' | 'malformed' | 'drop' | 'slow';
export type FaultMode = 'none' | Fault | `${Fault}-writes`;
