import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { boundariesUrl } from '@/config/env';
import { fetchJson, fileNameOf } from '@/data/fetch-json';
import { deleteFile, loadFile, saveFile, type StoredFile } from '@/data/local-db';

const STORAGE_KEY = 'map-boundaries';
const storedKey = ['local-files', STORAGE_KEY] as const;

export interface BoundarySource {
  name: string;
  /** The file's content, parsed JSON or text. */
  content: unknown;
  origin: 'stored' | 'session' | 'configured';
}

/**
 * The boundaries the map fills: a file the user dropped (kept in this browser), else the
 * deployment's configured file, else none.
 */
export function useBoundarySource() {
  const queryClient = useQueryClient();
  const stored = useQuery({
    queryKey: storedKey,
    queryFn: async () => {
      const file = await loadFile(STORAGE_KEY);
      return file ? { ...file, origin: 'stored' as const } : null;
    },
    staleTime: Infinity,
    retry: false,
  });
  const configured = useQuery({
    queryKey: ['geo', 'boundaries', boundariesUrl],
    queryFn: async ({ signal }): Promise<BoundarySource> => ({
      name: fileNameOf(boundariesUrl),
      content: await fetchJson(boundariesUrl, signal),
      origin: 'configured',
    }),
    enabled: Boolean(boundariesUrl),
    staleTime: Infinity,
  });

  const save = useMutation({
    mutationFn: async (file: StoredFile) => {
      // Shown at once, kept only for this session if the browser refuses to store it.
      queryClient.setQueryData(storedKey, { ...file, origin: 'session' as const });
      await saveFile(STORAGE_KEY, file);
      queryClient.setQueryData(storedKey, { ...file, origin: 'stored' as const });
    },
  });
  const clear = useMutation({
    mutationFn: async () => {
      await deleteFile(STORAGE_KEY);
      queryClient.setQueryData(storedKey, null);
    },
  });

  const userFile = stored.data;
  const source: BoundarySource | null = userFile
    ? { name: userFile.name, content: userFile.text, origin: userFile.origin }
    : (configured.data ?? null);
  return {
    source,
    loadError: stored.error ?? configured.error,
    save,
    clear,
  };
}
