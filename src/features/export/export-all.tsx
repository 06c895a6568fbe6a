import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useFilterStore } from '@/features/filters/filter-store';
import { useOutOfSightStore } from '@/features/out-of-sight/out-of-sight-store';
import { useT } from '@/lib/i18n/use-t';
import { downloadBlob } from './download';
import { createRegistry, RegistryContext, useExportRegistry } from './export-registry';
import { exportFileName, fileNameWords } from './file-name';
import { useStatus } from './use-status';
import type { ArchiveFile } from './zip';

/** Lets one action export every panel shown inside it. */
export function ExportRegistry({ children }: { children: ReactNode }) {
  const [registry] = useState(createRegistry);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Every panel shown, as a 2× PNG and a CSV each, in one .zip named after the filters. */
export function ExportAllButton() {
  const { t, lang } = useT();
  const registry = useExportRegistry();
  const filter = useFilterStore((s) => s.filter);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useStatus();
  if (!registry) return null;

  const run = async () => {
    setBusy(true);
    setStatus(t('export.working'));
    // Panels held out of sight catch up first: the archive shows the filter named on it.
    let unhold: () => void = () => {};
    flushSync(() => {
      unhold = useOutOfSightStore.getState().release();
    });
    try {
      const files: ArchiveFile[] = [];
      for (const panel of registry.list()) {
        if (panel.image) {
          const png = await panel.image.png(2);
          files.push({
            name: panel.fileName('png'),
            data: new Uint8Array(await png.arrayBuffer()),
          });
        }
        if (panel.csv) files.push({ name: panel.fileName('csv'), data: panel.csv() });
      }
      if (files.length === 0) {
        setStatus(t('export.allNothing'));
        return;
      }
      const name = exportFileName(t('export.file.all'), filter, fileNameWords(lang), 'zip');
      // The zip code loads on the first "download all", not with the dashboard.
      const { zipFiles } = await import('./zip');
      downloadBlob(new Blob([zipFiles(files)], { type: 'application/zip' }), name);
      setStatus(t('export.saved', { file: name }));
    } catch (error) {
      setStatus(
        t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      unhold();
      setBusy(false);
    }
  };

  return (
    <div className="export-all">
      <button
        type="button"
        onClick={() => void run()}
        disabled={busy}
        aria-describedby="export-all-hint"
      >
        <span aria-hidden="true">⤓ </span>
        {t('export.all')}
      </button>
      <span id="export-all-hint" className="visually-hidden">
        {t('export.allHint')}
      </span>
      <span role="status" className="export-menu__status">
        {status}
      </span>
    </div>
  );
}
