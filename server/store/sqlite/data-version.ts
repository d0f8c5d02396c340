import type { Db } from './database.js';

/**
 * A counter that moves whenever the database may have changed. `total_changes()` counts rows this connection wrote
 * (rolled-back writes too, which only costs a needless refresh); `PRAGMA data_version` moves when another connection
 * commits, e.g. an operator with the sqlite3 shell. Reading both costs about 2 µs.
 */
export function createDataVersion(db: Db): () => number {
  const ownChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  const otherCommits = db.prepare<[], number>('PRAGMA data_version').pluck();
  let own = -1;
  let other = -1;
  let version = 0;
  return () => {
    const currentOwn = ownChanges.get() as number;
    const currentOther = otherCommits.get() as number;
    if (currentOwn !== own || currentOther !== other) {
      own = currentOwn;
      other = currentOther;
      version++;
    }
    return version;
  };
}
