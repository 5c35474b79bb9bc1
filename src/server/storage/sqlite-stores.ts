import { openSqliteDatabase } from './sqlite-database.ts';
import { SqliteDeviceStore } from './sqlite-device-store.ts';
import { SqliteSubmissionStore } from './sqlite-submission-store.ts';

export interface SqliteStores {
  submissions: SqliteSubmissionStore;
  devices: SqliteDeviceStore;
}

/** Opens the database in `dataDir` once, with both stores on the connection; `submissions.close()` closes it. */
export function openSqliteStores(dataDir: string): SqliteStores {
  const db = openSqliteDatabase(dataDir);
  return { submissions: new SqliteSubmissionStore(db), devices: new SqliteDeviceStore(db) };
}
