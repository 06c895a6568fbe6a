import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { boundariesUrl } from '@/config/env';
import { fetchJson, fileNameOf } from '@/data/fetch-json';
import { deleteFile, loadFile, saveFile, type StoredFile } from '@/data/local-db';
import type { Unit } from '@/domain/schema/unit';
import {
  BoundaryError,
  MAX_BOUNDARY_BYTES,
  parseBoundaries,
  readBoundaries,
  type BoundaryErrorKind,
} from './boundaries/parse-boundaries';

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

export type BoundaryProblem = { kind: BoundaryErrorKind | 'read'; file: string; detail: string };

function problemOf(error: unknown, file: string): BoundaryProblem {
  if (error instanceof BoundaryError) return { kind: error.kind, file, detail: error.detail };
  return { kind: 'read', file, detail: error instanceof Error ? error.message : String(error) };
}

/**
 * The boundary layer the map fills, and loading a new file: a file is checked before it is
 * kept, so a broken file never replaces a good one.
 */
export function useBoundaryLayer(units: readonly Unit[]) {
  const { source, loadError, save, clear } = useBoundarySource();
  const [problem, setProblem] = useState<BoundaryProblem | null>(null);

  const read = useMemo(() => {
    if (!source) return { layer: null, problem: null };
    try {
      const layer =
        typeof source.content === 'string'
          ? parseBoundaries(source.content, source.name, units)
          : readBoundaries(source.content, source.name, units);
      return { layer, problem: null };
    } catch (error) {
      return { layer: null, problem: problemOf(error, source.name) };
    }
  }, [source, units]);

  async function loadFile(file: File) {
    if (file.size > MAX_BOUNDARY_BYTES) {
      setProblem({
        kind: 'too-large',
        file: file.name,
        detail: `${Math.round(file.size / 1048576)} MB`,
      });
      return;
    }
    try {
      const text = await file.text();
      parseBoundaries(text, file.name, units);
      setProblem(null);
      save.mutate({ name: file.name, text, savedAt: new Date().toISOString() });
    } catch (error) {
      setProblem(problemOf(error, file.name));
    }
  }

  return {
    layer: read.layer,
    origin: source?.origin ?? null,
    problem: problem ?? read.problem,
    loadError,
    saveError: save.error,
    loadFile,
    remove: () => {
      setProblem(null);
      clear.mutate();
    },
  };
}
