import { DatasetFormatError } from '@/domain/parse-dataset';
import {
  planImport,
  type ImportContext,
  type ImportMode,
  type ImportPlan,
} from '@/domain/local/import-plan';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ImportFileError =
  | { kind: 'too-large'; file: string; bytes: number }
  | { kind: 'unreadable'; file: string; detail: string }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'format'; file: string; detail: string };

/** A dataset file's text read into an import plan, or the reason it cannot be one. */
export function readImportFile(
  text: string,
  fileName: string,
  mode: ImportMode,
  context: ImportContext,
): { plan: ImportPlan } | { error: ImportFileError } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      error: {
        kind: 'json',
        file: fileName,
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
  try {
    return { plan: planImport(raw, fileName, mode, context) };
  } catch (error) {
    if (error instanceof DatasetFormatError)
      return { error: { kind: 'format', file: fileName, detail: error.message } };
    throw error;
  }
}
