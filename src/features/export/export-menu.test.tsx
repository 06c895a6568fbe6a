import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartPanel } from '@/components/chart-panel';
import { factRows } from '@/domain/aggregate/fact-rows';
import { recruitmentSummary } from '@/domain/aggregate/recruitment';
import { emptyFilter } from '@/domain/report-filter';
import { recruitmentTable } from '@/features/charts/recruitment-table';
import { useFilterStore } from '@/features/filters/filter-store';
import { useLanguageStore } from '@/lib/i18n/language-store';
import { loadRealDataset } from '@/testing/real-dataset';

const { index, dataset } = loadRealDataset();
const rows = recruitmentSummary(factRows(dataset.facts));

function Panel() {
  const lang = useLanguageStore((s) => s.lang);
  return (
    <ChartPanel
      id="recruitment"
      title="Tuyển quân theo đơn vị và kỳ"
      subtitle="Thành phố Hải Phòng · Quý 1/2024"
      chart={<svg />}
      data={recruitmentTable(index, rows, lang)}
    />
  );
}

const focused = () => document.activeElement as HTMLElement;

beforeEach(() => {
  useFilterStore.setState({
    filter: {
      ...emptyFilter,
      unitIds: ['hai-phong'],
      period: { kind: 'quarter', year: 2024, quarter: 1 },
    },
  });
});

describe('the export menu', () => {
  it('opens from the keyboard, moves with the arrows, Home and End, and closes with Escape', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    const button = screen.getByRole('button', { name: 'Xuất “Tuyển quân theo đơn vị và kỳ”' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ảnh PNG 1×',
      'Ảnh PNG 2×',
      'Ảnh PNG 3×',
      'Ảnh vector SVG',
      'Bảng số liệu CSV',
      expect.stringMatching(/^Sao chép ảnh — /),
    ]);
    expect(focused()).toHaveTextContent('Ảnh PNG 1×');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toHaveTextContent(/^Sao chép ảnh/);
    await user.keyboard('{Home}{ArrowDown}');
    expect(focused()).toHaveTextContent('Ảnh PNG 2×');
    await user.keyboard('{End}{ArrowDown}');
    expect(focused()).toHaveTextContent('Ảnh PNG 1×');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(focused()).toBe(button);
  });

  it('says why copying an image is not available, and does nothing when chosen', async () => {
    const user = userEvent.setup();
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: /^Xuất/ }));
    const copy = screen.getByRole('menuitem', { name: /Sao chép ảnh/ });
    expect(copy).toHaveAttribute('aria-disabled', 'true');
    expect(copy).toHaveTextContent(/https|không cho phép/);
    await user.click(copy);
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('downloads the table as CSV under a name that says what is in it, in the current language', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    act(() => useLanguageStore.setState({ lang: 'en' }));
    render(<Panel />);
    await user.click(screen.getByRole('button', { name: 'Export “Tuyển quân theo đơn vị và kỳ”' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV data table' }));
    await waitFor(() => expect(names).toEqual(['recruitment_hai-phong_2024-Q1.csv']));
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no arrayBuffer()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0] as Blob);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('Unit,Period,Youths enlisted,% of quota,Source report');
    expect(text).toContain('Hải Phòng City,Q1 2024,2550,100,');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Downloaded recruitment_hai-phong_2024-Q1.csv',
    );
  });

  const drawnPicture = vi.fn(async ({ width }: { width: number }) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', '300');
    svg.innerHTML = '<circle cx="100" cy="100" r="20" fill="#0072B2"/>';
    return svg;
  });

  /** Renders a map-like panel (own picture, own table view), exports SVG, returns the file. */
  async function exportedSvg(panel: Partial<Parameters<typeof ChartPanel>[0]>): Promise<string> {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 800, height: 500 }),
    );
    render(
      <ChartPanel
        id="map"
        title="Bản đồ đơn vị và địa điểm"
        subtitle="Tất cả đơn vị"
        chart={<div />}
        table={<table />}
        renderImage={drawnPicture}
        sources={['03/04/2024 · Hội nghị quý 1']}
        {...panel}
      />,
    );
    await user.click(screen.getByRole('button', { name: /^Xuất/ }));
    expect(screen.queryByRole('menuitem', { name: 'Bảng số liệu CSV' })).toBeNull();
    await user.click(screen.getByRole('menuitem', { name: 'Ảnh vector SVG' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0] as Blob);
    });
  }

  it('exports the picture a panel draws itself (the map’s hook), framed, with the legend it gives', async () => {
    const swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    swatch.setAttribute('width', '14');
    swatch.setAttribute('height', '14');
    const text = await exportedSvg({
      exportLegend: [{ label: 'Thanh niên nhập ngũ', swatch }],
    });
    expect(drawnPicture).toHaveBeenCalledWith({ width: 760, pixelRatio: 1 });
    expect(text).toContain('<circle cx="100" cy="100" r="20" fill="#0072B2"');
    expect(text).toContain('Bản đồ đơn vị và địa điểm');
    expect(text).toContain('Thanh niên nhập ngũ');
    expect(text).toContain('Nguồn: 03/04/2024 · Hội nghị quý 1');
  });

  it('reads the legend of a panel’s own picture from its marked legend items otherwise', async () => {
    const text = await exportedSvg({
      chart: (
        <ul>
          <li data-legend-item>
            <svg width="14" height="14">
              <circle cx="7" cy="7" r="5" fill="#0072B2" />
            </svg>
            Không có số liệu
          </li>
        </ul>
      ),
    });
    expect(text).toContain('Không có số liệu');
    expect(text).toContain('<circle cx="7" cy="7" r="5" fill="#0072B2"');
  });
});
