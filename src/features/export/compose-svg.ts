import { estimateWidth, wrapText, type Measure } from './text-measure';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Exports are printed and pasted into documents: always the light palette on white. */
export const exportPalette = {
  background: '#ffffff',
  text: '#1b1f1c',
  muted: '#5a635d',
  rule: '#d5dbd6',
} as const;

const PAD = 20;
const FONT = "'Be Vietnam Pro', system-ui, sans-serif";
const MAX_SOURCE_LINES = 4;

export interface LegendEntry {
  label: string;
  /** The key as drawn on screen: a small SVG, hatched fills included. */
  swatch: SVGSVGElement;
  /**
   * Where the item sits over the picture on screen (recharts keeps room for its HTML legend
   * inside its SVG), in the picture's CSS pixels; without it the item flows under the picture.
   */
  placed?: {
    x: number;
    y: number;
    width: number;
    height: number;
    labelX: number;
    baseline: number;
    fontSize: number;
  };
}

export interface ComposeParts {
  /** The picture: an SVG stays vector; a canvas is embedded as a PNG. */
  body: SVGSVGElement | HTMLCanvasElement;
  /** The body's size in CSS pixels, as it appears on screen. */
  bodyWidth: number;
  bodyHeight: number;
  /** The exported image's width in CSS pixels: the panel's own. */
  width: number;
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
  /** "Nguồn: 03/04/2024 · …". */
  source: string;
  /** "Xuất ngày 23/11/2026 · QPĐP Dashboard". */
  footer: string;
  /** Finds a definition the picture refers to by url(#id) but does not hold (shared patterns). */
  lookupDef?: (id: string) => Element | null;
  /** @font-face rules with the font files inlined, so the text renders the same elsewhere. */
  fontCss?: string;
  measure?: Measure;
}

const el = <K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] => {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
};

const label = (doc: Document, text: string, attributes: Record<string, string | number>) => {
  const node = el(doc, 'text', attributes);
  node.textContent = text;
  return node;
};

const isCanvas = (node: Element): node is HTMLCanvasElement =>
  node.tagName.toLowerCase() === 'canvas';

// An xmlns attribute parsed from HTML is a plain attribute: serialised next to the real one,
// it would make the document malformed.
function fitted(svg: SVGSVGElement, frame: Record<string, number>) {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const name of ['xmlns', 'xmlns:xlink', 'tabindex', 'role']) copy.removeAttribute(name);
  if (!copy.hasAttribute('viewBox')) {
    copy.setAttribute(
      'viewBox',
      `0 0 ${copy.getAttribute('width') ?? frame.width} ${copy.getAttribute('height') ?? frame.height}`,
    );
  }
  for (const [key, value] of Object.entries(frame)) copy.setAttribute(key, String(value));
  return copy;
}

/** The ids an SVG refers to with url(#id) (fills, strokes, clips, masks, markers). */
export function referencedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of node.attributes) {
      for (const match of attribute.value.matchAll(
        /url\(\s*["']?[^#"')]*#([^"')\s]+)["']?\s*\)/g,
      )) {
        ids.add(match[1] as string);
      }
    }
  }
  return ids;
}

/** Legend items in rows under the picture, wrapping at the image's width. */
function flowLegend(
  doc: Document,
  legend: readonly LegendEntry[],
  width: number,
  top: number,
  measure: Measure,
) {
  const group = el(doc, 'g', { class: 'export-legend' });
  const size = 12;
  const row = 20;
  const swatchHeight = 14;
  let x = PAD;
  let y = top;
  for (const entry of legend) {
    const ratio = swatchHeight / (Number(entry.swatch.getAttribute('height')) || swatchHeight);
    const swatchWidth = (Number(entry.swatch.getAttribute('width')) || swatchHeight) * ratio;
    const itemWidth = swatchWidth + 6 + measure(entry.label, size);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += row;
    }
    group.append(
      fitted(entry.swatch, {
        x,
        y: y + (row - swatchHeight) / 2,
        width: swatchWidth,
        height: swatchHeight,
      }),
      label(doc, entry.label, {
        x: x + swatchWidth + 6,
        y: y + row / 2 + size * 0.35,
        'font-size': size,
        fill: exportPalette.text,
      }),
    );
    x += itemWidth + 16;
  }
  return { group, bottom: legend.length > 0 ? y + row : top };
}

/** Legend items where they sat on screen over the picture, scaled with it. */
function placedLegend(doc: Document, legend: readonly LegendEntry[], transform: string) {
  const group = el(doc, 'g', { class: 'export-legend', transform });
  for (const { placed, swatch, label: text } of legend) {
    if (!placed) continue;
    const { x, y, width, height, labelX, baseline, fontSize } = placed;
    group.append(
      fitted(swatch, { x, y, width, height }),
      label(doc, text, { x: labelX, y: baseline, 'font-size': fontSize, fill: exportPalette.text }),
    );
  }
  return group;
}

/**
 * One standalone SVG for a panel: title, filters, the picture, its legend redrawn as SVG,
 * the reports behind it and the export date, on white, with the defs and fonts it needs.
 */
export function composeSvg(doc: Document, parts: ComposeParts): SVGSVGElement {
  const { width, measure = estimateWidth } = parts;
  const inner = width - 2 * PAD;
  const svg = el(doc, 'svg', { width, 'font-family': FONT });
  const defs = el(doc, 'defs', {});
  const style = el(doc, 'style', {});
  style.textContent = `${parts.fontCss ?? ''}\ntext{font-family:${FONT}}`;
  defs.append(style);
  svg.append(
    defs,
    el(doc, 'rect', { width: '100%', height: '100%', fill: exportPalette.background }),
  );

  let y = PAD - 4;
  const block = (lines: string[], size: number, lineHeight: number, fill: string, weight = 400) => {
    for (const line of lines) {
      y += lineHeight;
      svg.append(
        label(doc, line, {
          x: PAD,
          y: y - (lineHeight - size) / 2 - 2,
          'font-size': size,
          'font-weight': weight,
          fill,
        }),
      );
    }
  };
  block(wrapText(parts.title, inner, 18, true, measure), 18, 26, exportPalette.text, 700);
  block(wrapText(parts.subtitle, inner, 13, false, measure), 13, 19, exportPalette.muted);
  y += 10;

  const scale = Math.min(1, inner / parts.bodyWidth);
  const frame = {
    x: PAD,
    y,
    width: parts.bodyWidth * scale,
    height: parts.bodyHeight * scale,
  };
  svg.append(
    isCanvas(parts.body)
      ? el(doc, 'image', { ...frame, href: parts.body.toDataURL('image/png') })
      : fitted(parts.body, frame),
    placedLegend(doc, parts.legend, `translate(${frame.x} ${frame.y}) scale(${scale})`),
  );
  y += frame.height + 10;

  const flowing = parts.legend.filter((entry) => !entry.placed);
  const legend = flowLegend(doc, flowing, width, y, measure);
  svg.append(legend.group);
  y = legend.bottom + (flowing.length > 0 ? 10 : 0);

  svg.append(
    el(doc, 'line', { x1: PAD, x2: width - PAD, y1: y, y2: y, stroke: exportPalette.rule }),
  );
  y += 4;
  const sources = wrapText(parts.source, inner, 11, false, measure);
  block(
    sources.length > MAX_SOURCE_LINES
      ? [...sources.slice(0, MAX_SOURCE_LINES - 1), `${sources[MAX_SOURCE_LINES - 1]} …`]
      : sources,
    11,
    16,
    exportPalette.muted,
  );
  block([parts.footer], 11, 16, exportPalette.muted);

  const height = Math.ceil(y + PAD - 6);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const held = new Set([...svg.querySelectorAll('[id]')].map((node) => node.id));
  for (const id of referencedIds(svg)) {
    const def = held.has(id) ? null : parts.lookupDef?.(id);
    if (def) defs.append(def.cloneNode(true));
  }
  return svg;
}
