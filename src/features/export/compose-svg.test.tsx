import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { HatchPatterns } from '@/features/charts/hatch-patterns';
import { exerciseColors, hatchId, okabeIto } from '@/lib/chart-theme';
import { translate } from '@/lib/i18n/use-t';
import { composeSvg, referencedIds, type ComposeParts } from './compose-svg';
import { wrapText } from './text-measure';

const SVG_NS = 'http://www.w3.org/2000/svg';
const hatch = hatchId(exerciseColors['defence-zone']);

function svgOf(markup: string): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.querySelector('svg') as SVGSVGElement;
}

// A chart as recharts leaves it: bars, one of them hatched, its legend outside the SVG.
const chart = () =>
  svgOf(`<svg xmlns="${SVG_NS}" width="600" height="200" viewBox="0 0 600 200">
    <defs><clipPath id="recharts1-clip"><rect width="560" height="160"/></clipPath></defs>
    <rect x="10" y="10" width="300" height="20" fill="${okabeIto.blue}"/>
    <rect x="10" y="40" width="200" height="20" fill="url(#${hatch})" clip-path="url(#recharts1-clip)"/>
  </svg>`);
const swatch = (fill: string) =>
  svgOf(
    `<svg width="14" height="14" viewBox="0 0 32 32"><path d="M0,4h32v24h-32z" fill="${fill}"/></svg>`,
  );

const parts = (more: Partial<ComposeParts> = {}): ComposeParts => ({
  body: chart(),
  bodyWidth: 600,
  bodyHeight: 200,
  width: 640,
  title: translate('vi', 'recruitment.title'),
  subtitle: 'Thành phố Hải Phòng · Quý 1/2024 (theo kỳ được đánh giá)',
  legend: [
    { label: translate('vi', 'recruitment.enlisted'), swatch: swatch(okabeIto.blue) },
    { label: translate('vi', 'recruitment.quota'), swatch: swatch(`url(#${hatch})`) },
  ],
  source: translate('vi', 'export.source', { sources: '03/04/2024 · Hội nghị quý 1/2024' }),
  footer: translate('vi', 'export.date', { date: '23/11/2026', app: 'QPĐP Dashboard' }),
  lookupDef: (id) => document.getElementById(id),
  ...more,
});

beforeAll(() => {
  document.body.innerHTML = renderToStaticMarkup(<HatchPatterns />);
});

describe('composeSvg', () => {
  it('puts the title, filters, legend labels, source and date around the chart', () => {
    const svg = composeSvg(document, parts());
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Tuyển quân theo đơn vị và kỳ');
    expect(texts).toContain('Thanh niên nhập ngũ');
    expect(texts).toContain('% chỉ tiêu');
    expect(texts.join(' ')).toContain('Nguồn: 03/04/2024');
    expect(texts).toContain('Xuất ngày 23/11/2026 · QPĐP Dashboard');
    expect(svg.getAttribute('width')).toBe('640');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200 + 26 + 19 + 20 + 16 * 2);
  });

  it('carries the hatch patterns its bars and legend refer to, once, and its own clip paths', () => {
    const svg = composeSvg(document, parts());
    const patterns = svg.querySelectorAll(`pattern#${hatch}`);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]?.closest('defs')?.parentElement).toBe(svg);
    expect(svg.querySelectorAll('#recharts1-clip')).toHaveLength(1);
    for (const id of referencedIds(svg)) expect(svg.querySelector(`[id="${id}"]`)).not.toBeNull();
  });

  it('reads back as one well-formed, standalone SVG document on a white ground', () => {
    const text = new XMLSerializer().serializeToString(composeSvg(document, parts()));
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')?.textContent ?? null).toBeNull();
    expect(parsed.documentElement.namespaceURI).toBe(SVG_NS);
    expect(parsed.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(text).not.toMatch(/var\(--|light-dark/);
  });

  it('draws a legend that sat over the chart where it sat, scaled with the chart', () => {
    const [enlisted, quota] = parts().legend;
    const placed = {
      x: 300,
      y: 180,
      width: 14,
      height: 14,
      labelX: 318,
      baseline: 192,
      fontSize: 14,
    };
    const svg = composeSvg(
      document,
      parts({ width: 340, legend: [{ ...enlisted!, placed }, quota!] }),
    );
    const [over, under] = svg.querySelectorAll('.export-legend');
    expect(over?.getAttribute('transform')).toMatch(/scale\(0\.5\)/);
    expect(over?.querySelector('text')?.textContent).toBe('Thanh niên nhập ngũ');
    expect(over?.querySelector('text')?.getAttribute('x')).toBe('318');
    expect(under?.querySelector('text')?.textContent).toBe('% chỉ tiêu');
  });

  it('embeds the fonts it is given', () => {
    const fontCss = "@font-face{font-family:'Be Vietnam Pro';src:url(data:font/woff2;base64,AAAA)}";
    expect(composeSvg(document, parts({ fontCss })).querySelector('style')?.textContent).toContain(
      fontCss,
    );
  });

  it('shrinks a picture wider than the panel to fit', () => {
    const svg = composeSvg(document, parts({ width: 340 }));
    const body = svg.querySelector(':scope > svg');
    expect(Number(body?.getAttribute('width'))).toBe(300);
    expect(Number(body?.getAttribute('height'))).toBe(100);
  });
});

describe('wrapText', () => {
  it('breaks a long source line at spaces within the width', () => {
    const lines = wrapText(
      '03/04/2024 · Hội nghị Đảng ủy Quân sự thành phố quý 1/2024; '.repeat(6),
      300,
      11,
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toContain('Hội nghị Đảng ủy');
  });
});
