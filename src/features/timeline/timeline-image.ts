import { periodLabel, type Lang } from '@/domain/periods';
import { exportPalette } from '@/features/export/compose-svg';
import { estimateWidth, wrapText, type Measure } from '@/features/export/text-measure';
import { formatDate, formatNumber } from '@/lib/format';
import { headlineTexts } from '@/lib/headline-text';
import { bodyLabels, levelLabels, reportKindLabels } from '@/lib/i18n/labels';
import { translate } from '@/lib/i18n/use-t';
import { leadText, type YearGroup } from './timeline-model';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ACCENT = '#1f4d2e'; // the light theme's accent
const DATE_WIDTH = 96;
const LINE = 17;

/**
 * The timeline drawn as SVG, entry by entry as on screen (date, body and unit, kinds and
 * period, lead, headline figures), for export: the page's version is HTML.
 */
export function timelineImage(
  doc: Document,
  groups: readonly YearGroup[],
  width: number,
  lang: Lang,
  notShown: number,
  measure: Measure = estimateWidth,
): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  const textX = DATE_WIDTH + 22;
  const textWidth = width - textX;
  let y = 0;
  const text = (
    x: number,
    content: string,
    size: number,
    options: { bold?: boolean; muted?: boolean } = {},
  ) => {
    const node = doc.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y + size));
    node.setAttribute('font-size', String(size));
    node.setAttribute('font-weight', options.bold ? '700' : '400');
    node.setAttribute('fill', options.muted ? exportPalette.muted : exportPalette.text);
    node.textContent = content;
    svg.append(node);
  };
  const shape = (name: string, attributes: Record<string, string | number>) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    svg.append(node);
  };
  const lines = (
    content: string,
    size: number,
    options: { bold?: boolean; muted?: boolean } = {},
  ) => {
    for (const line of wrapText(content, textWidth, size, options.bold, measure)) {
      text(textX, line, size, options);
      y += LINE;
    }
  };

  for (const group of groups) {
    const count = translate(lang, 'timeline.yearCount', {
      count: formatNumber(group.rows.length, lang),
    });
    text(0, `${group.year} · ${count}`, 15, { bold: true });
    y += 24;
    shape('line', { x1: 0, x2: width, y1: y - 4, y2: y - 4, stroke: exportPalette.rule });
    const top = y;
    for (const { report, unit, headline } of group.rows) {
      shape('circle', {
        cx: DATE_WIDTH + 8,
        cy: y + 8,
        r: 4,
        fill: '#ffffff',
        stroke: ACCENT,
        'stroke-width': 2,
      });
      text(0, formatDate(report.date, lang), 13, { bold: true });
      const where = [bodyLabels[report.body][lang], unit?.name[lang] ?? report.unitId]
        .concat(unit ? [levelLabels[unit.level][lang]] : [])
        .join(' · ');
      lines(where, 13, { bold: true });
      const kinds = report.kinds.map((k) => reportKindLabels[k][lang]).join(' · ');
      lines(
        report.periodReviewed ? `${kinds} · ${periodLabel(report.periodReviewed, lang)}` : kinds,
        12,
      );
      const lead = leadText(report, lang);
      if (lead) lines(lead, 12, { muted: true });
      const figures = headlineTexts(headline, lang);
      lines(figures.length > 0 ? figures.join(' · ') : translate(lang, 'headline.none'), 12, {
        bold: figures.length > 0,
        muted: figures.length === 0,
      });
      y += 8;
    }
    shape('line', {
      x1: DATE_WIDTH + 8,
      x2: DATE_WIDTH + 8,
      y1: top,
      y2: y - 8,
      stroke: ACCENT,
      'stroke-width': 3,
    });
    // The dots go over the line: move it behind them.
    svg.insertBefore(svg.lastChild as Node, svg.firstChild);
    y += 6;
  }
  if (notShown > 0) {
    text(0, translate(lang, 'export.timelineMore', { count: formatNumber(notShown, lang) }), 12, {
      muted: true,
    });
    y += LINE;
  }
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(Math.max(y, 1)));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(y, 1)}`);
  return svg;
}
