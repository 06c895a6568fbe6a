import type { RejectedRecord } from '@/domain/parse-dataset';
import { LOCAL_STORE_NAME } from '@/domain/local/merge-local';
import { localEntrySchema, type LocalEntry } from '@/domain/schema/local-entry';
import { asLocalDbError, database } from './local-db';

export interface StoredEntries {
  entries: LocalEntry[];
  /** Stored records that no longer pass the schema (an older version, a damaged profile). */
  rejected: RejectedRecord[];
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asLocalDbError(error);
  }
}

/** Every report added in this browser, oldest save first. */
export function loadLocalEntries(): Promise<StoredEntries> {
  return run(async () => {
    const db = await database();
    const records = await db.getAll('reports');
    const entries: LocalEntry[] = [];
    const rejected: RejectedRecord[] = [];
    records.forEach((raw, index) => {
      const parsed = localEntrySchema.safeParse(raw);
      if (parsed.success) {
        entries.push(parsed.data);
        return;
      }
      const issue = parsed.error.issues[0];
      rejected.push({
        file: LOCAL_STORE_NAME,
        collection: 'reports',
        index,
        recordId: (raw as { report?: { id?: string } } | null)?.report?.id,
        field: issue?.path.join('.') ?? '',
        message: issue?.message ?? 'invalid record',
      });
    });
    entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    return { entries, rejected };
  });
}

/** Writes and deletes in one transaction: all of them land, or none. */
export function writeLocalEntries(put: readonly LocalEntry[], remove: readonly string[] = []) {
  return run(async () => {
    const db = await database();
    const tx = db.transaction('reports', 'readwrite');
    await Promise.all([
      ...remove.map((id) => tx.store.delete(id)),
      ...put.map((entry) => tx.store.put(entry, entry.report.id)),
      tx.done,
    ]);
  });
}
