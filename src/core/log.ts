/** The one place the widget talks to the console: misuse is reported, never thrown into the host's code. */
export function warn(message: string, ...detail: unknown[]): void {
  console.warn(`[MedSupport] ${message}`, ...detail);
}
