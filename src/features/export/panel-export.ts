import type { RefObject } from 'react';
import type { TableModel } from '@/components/ui/table-model';
import { useFilterStore } from '@/features/filters/filter-store';
import { useT } from '@/lib/i18n/use-t';
import type { LegendEntry } from './compose-svg';
import { tableToCsv } from './csv';
import { exportFileName, fileNameWords } from './file-name';
import {
  panelImage,
  panelPng,
  type PanelImage,
  type RenderImage,
  type SourceList,
} from './panel-image';

/** What a panel offers to export, and how. */
export interface PanelExport {
  id: string;
  title: string;
  element: () => HTMLElement | null;
  /** `<panel>_<filter>_<period>.<extension>`. */
  fileName: (extension: string) => string;
  image?: {
    svg: () => Promise<PanelImage>;
    png: (pixelRatio: number) => Promise<Blob>;
  };
  csv?: () => string;
}

export interface PanelExportSpec<T> {
  id: string;
  /** A short name for files: "Tuyển quân" → "tuyen-quan_…". */
  name: string;
  title: string;
  subtitle: string;
  sources: SourceList;
  panel: RefObject<HTMLElement | null>;
  /** Where the chart and its HTML legend are drawn, unless `renderImage` draws the picture. */
  chart?: RefObject<HTMLElement | null>;
  /** No picture to offer (nothing reported, or a panel drawn some other way). */
  noImage?: boolean;
  renderImage?: RenderImage;
  legend?: readonly LegendEntry[];
  table?: TableModel<T>;
}

/** The export actions of a panel, named after the current filter and in the current language. */
export function usePanelExport<T>(spec: PanelExportSpec<T>): PanelExport {
  const { lang } = useT();
  const filter = useFilterStore((s) => s.filter);
  const { id, name, title, subtitle, sources, panel, chart, noImage, renderImage, legend, table } =
    spec;
  const source = () => ({
    panel: panel.current as HTMLElement,
    chart: chart?.current ?? null,
    title,
    subtitle,
    sources,
    renderImage,
    legend,
    lang,
  });
  return {
    id,
    title,
    element: () => panel.current,
    fileName: (extension: string) => exportFileName(name, filter, fileNameWords(lang), extension),
    image: noImage
      ? undefined
      : {
          svg: () => panelImage(source()),
          png: (pixelRatio: number) => panelPng(source(), pixelRatio),
        },
    csv: table ? () => tableToCsv(table) : undefined,
  };
}
