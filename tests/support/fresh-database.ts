import { LoketDatabase, getDatabase, setDatabaseForTesting } from '../../src/app/outbox/db.ts';

/** Gives the app a new, empty IndexedDB database (fake-indexeddb) under a unique name. */
export function useFreshDatabase(prefix: string): void {
  setDatabaseForTesting(new LoketDatabase(`${prefix}-${crypto.randomUUID()}`));
}

/** Closes and deletes the database that useFreshDatabase gave the app. */
export async function dropDatabase(): Promise<void> {
  const database = getDatabase();
  database.close();
  await database.delete();
  setDatabaseForTesting(undefined);
}
