import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** Files a user gave the app (boundaries, later imported reports), kept in this browser. */
export interface StoredFile {
  name: string;
  text: string;
  savedAt: string;
}

interface LocalSchema extends DBSchema {
  files: { key: string; value: StoredFile };
  /** Reports added in the browser, by report id; checked against the schema when read. */
  reports: { key: string; value: unknown };
}

export type LocalDbErrorKind = 'unavailable' | 'quota' | 'failed';

export class LocalDbError extends Error {
  constructor(
    readonly kind: LocalDbErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'LocalDbError';
  }
}

const DB_NAME = 'qpdp-dashboard';
let opening: Promise<IDBPDatabase<LocalSchema>> | undefined;

export function database() {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new LocalDbError('unavailable', 'IndexedDB'));
  }
  opening ??= openDB<LocalSchema>(DB_NAME, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('files');
      if (oldVersion < 2) db.createObjectStore('reports');
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw asLocalDbError(error);
  });
  return opening;
}

export function asLocalDbError(error: unknown): LocalDbError {
  if (error instanceof LocalDbError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  return new LocalDbError(name === 'QuotaExceededError' ? 'quota' : 'failed', detail || name);
}

export async function loadFile(key: string): Promise<StoredFile | null> {
  try {
    return (await (await database()).get('files', key)) ?? null;
  } catch (error) {
    throw asLocalDbError(error);
  }
}

export async function saveFile(key: string, file: StoredFile): Promise<void> {
  try {
    await (await database()).put('files', file, key);
  } catch (error) {
    throw asLocalDbError(error);
  }
}

export async function deleteFile(key: string): Promise<void> {
  try {
    await (await database()).delete('files', key);
  } catch (error) {
    throw asLocalDbError(error);
  }
}
