import type { Lang } from '@/domain/periods';
import { formatDate } from '@/lib/format';
import { translate } from '@/lib/i18n/use-t';
import { cloneWithStyles, inLightTheme, readLegend } from './capture';
import { composeSvg, type LegendEntry } from './compose-svg';
import { embeddedFontCss } from './font-face';
import { svgToPng } from './rasterise';
import { fontMeasure } from './text-measure';

export interface RenderImageOptions {
  /** The width the picture may take, in CSS pixels: the panel's, less its padding. */
  width: number;
  /** Device pixels per CSS pixel a canvas should be drawn at (1 for SVG export). */
  pixelRatio: number;
}

/**
 * A panel's own picture, for a panel whose chart is not an SVG on screen (the map).
 * Resolve to an SVG (width and height attributes in CSS pixels; kept vector in SVG exports)
 * or to a canvas drawn at `pixelRatio` (embedded as a bitmap). Draw light colours on white:
 * the export adds the title, filters, legend, sources and date around it.
 */
export type RenderImage = (
  options: RenderImageOptions,
) => Promise<SVGSVGElement | HTMLCanvasElement>;

/** The chart SVG of a panel on screen: recharts' surface, or one marked `data-export-image`. */
export const CHART_IMAGE = '.recharts-wrapper > svg.recharts-surface, svg[data-export-image]';

export interface PanelImageSource {
  /** The panel as shown: its width is the image's. */
  panel: HTMLElement;
  /** Where the chart and its HTML legend are drawn. */
  chart: HTMLElement | null;
  title: string;
  subtitle: string;
  /** Report labels ("03/04/2024 · <title>") behind the numbers. */
  sources: SourceList;
  renderImage?: RenderImage;
  /**
   * A legend for a `renderImage` picture; without it, the `data-legend-item`s in `chart` are
   * used, as a chart's own legend always is.
   */
  legend?: readonly LegendEntry[];
  lang: Lang;
}

export interface PanelImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 20;
const MAX_SOURCES = 8;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// recharts animates bars in after a change; draw them where they stop.
async function settled(svg: SVGSVGElement) {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const now = svg.innerHTML;
    if (now === last) return;
    last = now;
    await frame();
  }
}

const localIsoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The reports behind a panel, oldest first. An image names only the first few, so a panel
 * over thousands of reports can make their labels when an export asks (an array also fits).
 */
export interface SourceList {
  readonly length: number;
  slice(start: number, end: number): readonly string[];
}

export function sourceText(sources: SourceList, lang: Lang): string {
  const shown = sources.slice(0, MAX_SOURCES);
  const more = sources.length - shown.length;
  const list =
    more > 0 ? [...shown, translate(lang, 'export.moreSources', { count: more })] : shown;
  return translate(lang, 'export.source', { sources: list.join('; ') || '—' });
}

async function body(source: PanelImageSource, width: number, pixelRatio: number) {
  if (source.renderImage) {
    const picture = await source.renderImage({ width, pixelRatio });
    const canvas = picture instanceof HTMLCanvasElement;
    return {
      picture,
      width: canvas ? picture.width / pixelRatio : Number(picture.getAttribute('width')),
      height: canvas ? picture.height / pixelRatio : Number(picture.getAttribute('height')),
      legend:
        source.legend ??
        (source.chart ? inLightTheme(() => readLegend(source.chart as HTMLElement)) : []),
    };
  }
  const chart = source.chart?.querySelector<SVGSVGElement>(CHART_IMAGE);
  if (!chart || !source.chart) throw new Error('no chart to draw');
  await settled(chart);
  const box = chart.getBoundingClientRect();
  const container = source.chart;
  const { picture, legend } = inLightTheme(() => ({
    picture: cloneWithStyles(chart),
    legend: readLegend(container, box),
  }));
  return { picture, width: box.width, height: box.height, legend };
}

/** The panel as one standalone SVG: title, filters, picture, legend, sources, export date. */
export async function panelImage(source: PanelImageSource, pixelRatio = 1): Promise<PanelImage> {
  await document.fonts?.ready; // absent in jsdom
  const width = Math.round(source.panel.getBoundingClientRect().width);
  const drawn = await body(source, width - 2 * PAD, pixelRatio);
  const svg = composeSvg(document, {
    body: drawn.picture,
    bodyWidth: drawn.width,
    bodyHeight: drawn.height,
    width,
    title: source.title,
    subtitle: source.subtitle,
    legend: drawn.legend,
    source: sourceText(source.sources, source.lang),
    footer: translate(source.lang, 'export.date', {
      date: formatDate(localIsoDate(new Date()), 'vi'),
      app: translate(source.lang, 'app.name'),
    }),
    lookupDef: (id) => document.getElementById(id),
    measure: fontMeasure(),
    fontCss: await embeddedFontCss(),
  });
  const height = Number(svg.getAttribute('height'));
  return { svg: new XMLSerializer().serializeToString(svg), width, height };
}

export async function panelPng(source: PanelImageSource, pixelRatio: number): Promise<Blob> {
  const image = await panelImage(source, pixelRatio);
  return svgToPng(image.svg, image.width, image.height, pixelRatio);
}
