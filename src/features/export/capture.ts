import type { LegendEntry } from './compose-svg';

/**
 * Runs `read` with the light theme applied and puts the page's own theme back before the
 * browser paints: colours come from light-dark(), so an export reads them in light.
 */
export function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const theme = root.getAttribute('data-theme');
  root.setAttribute('data-theme', 'light');
  try {
    return read();
  } finally {
    if (theme === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }
}

// What an SVG's look depends on; classes and custom properties do not survive leaving the page.
const PAINT = [
  'color',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
];
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'alignment-baseline': 'auto' };

// Chromium may give a fragment reference as an absolute URL of the page.
const localUrl = (value: string) => value.replace(/url\(\s*"?[^#")]*#([^")]+)"?\s*\)/g, 'url(#$1)');

function copyStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null) {
  const style = getComputedStyle(source);
  if (style.display === 'none' || source.classList.contains('recharts-tooltip-cursor')) {
    target.remove();
    return;
  }
  const declarations: string[] = [];
  for (const property of PAINT) {
    const value = style.getPropertyValue(property);
    // Inherited values are written where they change, or where an attribute would otherwise win.
    if (
      value &&
      (!parent || value !== parent.getPropertyValue(property) || source.hasAttribute(property))
    ) {
      declarations.push(`${property}:${localUrl(value)}`);
    }
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) declarations.push(`${property}:${value}`);
  }
  target.setAttribute('style', declarations.join(';'));
  const sources = [...source.children];
  const targets = [...target.children];
  sources.forEach((child, i) => {
    const copy = targets[i];
    if (copy) copyStyles(child, copy, style);
  });
}

/** A copy of an on-screen SVG that looks the same on its own: computed paint written inline. */
export function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, copy, null);
  return copy;
}

/** Legend keys drawn as HTML beside a chart (recharts' own, or a panel's `data-legend-item`s). */
export const LEGEND_ITEMS = '.recharts-legend-item, [data-legend-item]';

/**
 * The legend as shown: each item's swatch and label, and where it sits when it is drawn over
 * the chart's own box. Call inside `inLightTheme`.
 */
export function readLegend(container: Element, chart?: DOMRect): LegendEntry[] {
  return [...container.querySelectorAll(LEGEND_ITEMS)].flatMap((item): LegendEntry[] => {
    const swatch = item.querySelector('svg');
    const label = item.textContent?.replace(/\s+/g, ' ').trim();
    if (!swatch || !label) return [];
    const entry: LegendEntry = { label, swatch: cloneWithStyles(swatch) };
    const box = item.getBoundingClientRect();
    if (chart && box.width > 0 && box.top >= chart.top - 1 && box.bottom <= chart.bottom + 1) {
      const key = swatch.getBoundingClientRect();
      const text = item.querySelector('.recharts-legend-item-text')?.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(item).fontSize) || 12;
      const middle = (text ?? box).top + (text ?? box).height / 2;
      entry.placed = {
        x: key.left - chart.left,
        y: key.top - chart.top,
        width: key.width,
        height: key.height,
        labelX: (text ? text.left : key.right + 4) - chart.left,
        baseline: middle - chart.top + fontSize * 0.35,
        fontSize,
      };
    }
    return [entry];
  });
}
