import type { DemoUser } from '../server/identity.js';

export type { DemoUser };

export async function fetchUsers(): Promise<DemoUser[]> {
  const response = await fetch('/demo/users');
  if (!response.ok) throw new Error(`GET /demo/users: ${response.status}`);
  return (await response.json()) as DemoUser[];
}

/**
 * The host backend's token for `userId`, as `getToken` hands it to the widget. A real app's backend knows its
 * signed-in user from the session; the demo's backend is told whom to play.
 */
export function tokenSource(userId: string): () => Promise<string> {
  return async () => {
    const response = await fetch(`/demo/token?user=${encodeURIComponent(userId)}`);
    if (!response.ok) throw new Error(`GET /demo/token: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return token;
  };
}

export function initials(name: string): string {
  const parts = name.replace(/^Dr\.\s+/, '').split(/\s+/).filter(Boolean);
  return parts.map((p) => p[0]).slice(0, 2).join('').toUpperCase();
}
