import type { DemoUser } from '../users.js';
import type { WidgetIntegration } from '../widget.js';

export interface PageContext {
  user: DemoUser;
  widget: WidgetIntegration;
  /** The part of the route after the page, e.g. `behandler` in `#/einstellungen/behandler`. */
  sub: string | undefined;
}

/** One screen of the fake practice software. */
export interface Page {
  path: string;
  title: string;
  /**
   * Whether the widget's floating launcher shows here. Where it does not, the header's "Hilfe" button is the only
   * way in: the second integration style a host can choose (`init({ launcher: false })`).
   */
  launcher: boolean;
  render(context: PageContext): Node;
}
