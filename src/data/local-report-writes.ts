import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalEntry } from '@/domain/schema/local-entry';
import { datasetKeys } from './dataset-queries';
import { writeLocalEntries } from './local-reports';

export interface LocalWrite {
  put?: readonly LocalEntry[];
  remove?: readonly string[];
}

/**
 * Saves and deletes reports added in this browser, in one transaction, then reloads every
 * view's data (the served file stays cached). A failure, a full disk included, is the
 * mutation's error for the caller to show; nothing is half written.
 */
export function useLocalReportWrites() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ put = [], remove = [] }: LocalWrite) => writeLocalEntries(put, remove),
    onSuccess: () => client.invalidateQueries({ queryKey: datasetKeys.all }),
  });
}

/** The write that takes a write back: what it put is removed or restored, what it removed returns. */
export function undoOf(write: LocalWrite, before: readonly LocalEntry[]): LocalWrite {
  const beforeById = new Map(before.map((e) => [e.report.id, e]));
  const restore: LocalEntry[] = [];
  const remove: string[] = [];
  for (const entry of write.put ?? []) {
    const previous = beforeById.get(entry.report.id);
    if (previous) restore.push(previous);
    else remove.push(entry.report.id);
  }
  for (const id of write.remove ?? []) {
    const previous = beforeById.get(id);
    if (previous) restore.push(previous);
  }
  return { put: restore, remove };
}
