import type { Db } from '../../store/sqlite/database.js';
import type { PageRecord } from './articles.js';

export interface StoredIndex {
  syncedAt: number;
  pages: PageRecord[];
}

interface PageRow {
  page_id: string;
  version: number;
  title: string;
  updated_at: string;
  labels: string;
  storage: string;
}

/**
 * The last good index of a space in the state store (tables `kb_confluence_pages` and `kb_confluence_syncs`), so a
 * restart while Confluence is down still serves it. Raw storage is kept, not HTML, so a converter change applies to
 * stored pages at the next start without fetching them again.
 */
export function createPageStore(db: Db) {
  const s = {
    synced: db.prepare<[string], { synced_at: number }>('SELECT synced_at FROM kb_confluence_syncs WHERE space_key = ?'),
    pages: db.prepare<[string], PageRow>('SELECT page_id, version, title, updated_at, labels, storage FROM kb_confluence_pages WHERE space_key = ?'),
    put: db.prepare('INSERT OR REPLACE INTO kb_confluence_pages (space_key, page_id, version, title, updated_at, labels, storage) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    drop: db.prepare('DELETE FROM kb_confluence_pages WHERE space_key = ? AND page_id = ?'),
    markSynced: db.prepare('INSERT OR REPLACE INTO kb_confluence_syncs (space_key, synced_at) VALUES (?, ?)'),
  };

  return {
    /** null when this space was never synced; an empty list when it was, and had no pages. */
    load(spaceKey: string): StoredIndex | null {
      const synced = s.synced.get(spaceKey);
      if (!synced) return null;
      const pages = s.pages.all(spaceKey).map((row) => ({
        pageId: row.page_id, version: row.version, title: row.title, updatedAt: row.updated_at, labels: JSON.parse(row.labels) as string[], storage: row.storage,
      }));
      return { syncedAt: synced.synced_at, pages };
    },
    /** Applies one successful pass at once: a crash mid-way leaves the previous index whole. */
    save(spaceKey: string, changed: PageRecord[], removed: string[], syncedAt: number): void {
      db.transaction(() => {
        for (const p of changed) s.put.run(spaceKey, p.pageId, p.version, p.title, p.updatedAt, JSON.stringify(p.labels), p.storage);
        for (const id of removed) s.drop.run(spaceKey, id);
        s.markSynced.run(spaceKey, syncedAt);
      })();
    },
  };
}
