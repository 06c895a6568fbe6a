import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ArchiveFile {
  name: string;
  data: Uint8Array | string;
}

/** "a.png", "a.png" → "a.png", "a-2.png": two panels may share a name. */
function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let n = 2;
  while (taken.has(`${stem}-${n}${extension}`)) n++;
  return `${stem}-${n}${extension}`;
}

/** One .zip; text is stored as UTF-8, PNGs uncompressed (deflating them again gains nothing). */
export function zipFiles(
  files: readonly ArchiveFile[],
  modified = new Date(),
): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const taken = new Set<string>();
  for (const file of files) {
    const name = uniqueName(file.name, taken);
    taken.add(name);
    const data = typeof file.data === 'string' ? strToU8(file.data) : file.data;
    entries[name] = [data, { level: name.endsWith('.png') ? 0 : 6, mtime: modified }];
  }
  return zipSync(entries);
}
