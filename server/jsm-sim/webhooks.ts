import { createHmac, randomUUID } from 'node:crypto';
import type { JsmSimulator, SimEvent } from './types.js';

export interface WebhookTarget {
  url: string;
  /** The webhook's secret; every delivery is signed with `X-Hub-Signature: sha256=…` over the raw body (FACTS §8). */
  secret: string;
  /** Which events to send; Jira's admin webhook lets the admin pick them. Default: all issue and comment events. */
  events?: SimEvent['webhookEvent'][];
  log?: (line: string) => void;
}

/**
 * Delivers the simulator's events as Jira's admin webhooks do: JSON POSTs with the signature, a delivery identifier
 * and the flow headers. Returns a function that stops the deliveries; failed deliveries are logged, not retried.
 */
export function deliverWebhooks(sim: JsmSimulator, target: WebhookTarget): () => void {
  return sim.onEvent((event) => {
    if (target.events && !target.events.includes(event.webhookEvent)) return;
    const body = JSON.stringify(event);
    const signature = createHmac('sha256', target.secret).update(body).digest('hex');
    fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Hub-Signature': `sha256=${signature}`,
        'X-Atlassian-Webhook-Identifier': randomUUID(),
        'X-Atlassian-Webhook-Flow': 'Primary',
      },
      body,
    })
      .then((response) => {
        if (!response.ok) target.log?.(`jsm-sim: webhook ${event.webhookEvent} answered ${response.status}`);
      })
      .catch((error: unknown) => target.log?.(`jsm-sim: webhook ${event.webhookEvent} failed: ${String(error)}`));
  });
}
