import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import realDataset from '../../public/data/qpdp-dataset.json';
import { DATASET_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { useFilterStore } from '@/features/filters/filter-store';
import { renderApp } from '@/testing/render-app';

beforeEach(() => useFilterStore.getState().clearAll());

const card = (label: string) =>
  screen
    .getAllByTestId('headline-card')
    .find((c) => c.textContent?.startsWith(label)) as HTMLElement;

describe('headline cards', () => {
  it('show the five reports’ figures with no filter, each with its sources', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findAllByTestId('headline-card');
    expect(card('Thanh niên nhập ngũ')).toHaveTextContent('2.550');
    expect(card('Hoàn thành chỉ tiêu giao quân')).toHaveTextContent('100%');
    expect(card('Bồi dưỡng, giáo dục QP-AN')).toHaveTextContent('2.053');
    expect(card('Diễn tập đã tổ chức')).toHaveTextContent('7');
    expect(card('Khen thưởng')).toHaveTextContent('9 tập thể · 26 cá nhân');
    expect(card('Kinh phí vận động')).toHaveTextContent('gần 21 tỷ đồng');
    await user.click(
      within(card('Thanh niên nhập ngũ')).getByRole('button', { name: 'Nguồn (1)' }),
    );
    expect(within(card('Thanh niên nhập ngũ')).getByRole('link')).toHaveTextContent('03/04/2024');
  });

  it('say "not reported", never 0, for what the selection does not state', async () => {
    renderApp('/?unit=bac-giang');
    await waitFor(() => expect(card('Thanh niên nhập ngũ')).toHaveTextContent('không nêu'));
    expect(card('Thanh niên nhập ngũ')).not.toHaveTextContent('0');
    expect(card('Diễn tập đã tổ chức')).toHaveTextContent('3');
  });
});

/** A chart panel once drawn: the first frame shows a stand-in with the same title. */
const findChartPanel = (name: string | RegExp) =>
  waitFor(() => {
    const panel = screen.getByRole('heading', { name }).closest('section') as HTMLElement;
    expect(panel).not.toHaveAttribute('aria-busy');
    return panel;
  });

describe('chart panels', () => {
  it('switch to a sortable table with the same numbers', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const panel = await findChartPanel('Tuyển quân theo đơn vị và kỳ');
    await user.click(within(panel).getByRole('button', { name: 'Bảng' }));
    const table = within(panel).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Quận Dương Kinh'),
      expect.stringContaining('Thành phố Hải Phòng'),
      expect.stringContaining('Huyện Thạch Thất'),
    ]);
    expect(rows[1]).toHaveTextContent('2.550');
    expect(rows[0]).toHaveTextContent('không nêu');
    await user.click(within(table).getByRole('button', { name: /Thanh niên nhập ngũ/ }));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('2.550');
    expect(
      within(table).getByRole('columnheader', { name: /Thanh niên nhập ngũ/ }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  it('list the exercises named in each report by type and status', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const panel = await findChartPanel(/Diễn tập theo loại/);
    await user.click(within(panel).getByRole('button', { name: 'Bảng' }));
    const rows = within(within(panel).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Kỳ ↕',
      '2019',
      '2021',
      '2023',
      '2024',
    ]);
    expect(rows[4]).toHaveTextContent('11'); // 2024: 1 PCTT-TKCN + 5 KVPT + 5 commune combat exercises
  });

  it('filter the whole dashboard from a legend item, and clear on a second click', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const legend = await screen.findByRole('list', { name: /Loại diễn tập/ });
    await user.click(within(legend).getByRole('button', { name: /căn cứ hậu phương/ }));
    await waitFor(() => expect(window.location.search).toBe('?exercise=rear-base'));
    expect(screen.getAllByTestId('timeline-entry').map((e) => e.dataset.reportId)).toEqual([
      'bac-giang-mpc-2024-resolution',
    ]);
    await user.click(
      within(screen.getByRole('list', { name: /Loại diễn tập/ })).getByRole('button', {
        name: /căn cứ hậu phương/,
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(5));
  });

  it('follow the filter in every panel subtitle', async () => {
    renderApp('/?unit=duong-kinh&period=2019');
    await screen.findAllByTestId('headline-card');
    await screen.findByRole('region', { name: 'Bản đồ đơn vị và địa điểm' });
    // The charts draw in the frame after the first screen; until then their stand-ins show.
    const subtitles = await waitFor(() => {
      const drawn = document.querySelectorAll('.chart-panel__subtitle');
      expect(drawn.length).toBe(6); // five charts and the map
      return drawn;
    });
    for (const s of subtitles)
      expect(s).toHaveTextContent('Quận Dương Kinh · Năm 2019 (theo kỳ được đánh giá)');
  });
});

describe('conflicting figures', () => {
  it('show both values and flag the conflict instead of picking one', async () => {
    const data = structuredClone(realDataset);
    const enlisted = data.facts.find((f) => f.id === 'hp-mpc-2024-q1-f02');
    // A later report restating Hải Phòng's Q1 2024 call-up with another number.
    data.facts.push({
      ...enlisted,
      id: 'hp-restated-f01',
      reportId: 'hp-mpc-2020-annual',
      value: 2500,
    } as never);
    server.use(http.get(DATASET_PATH, () => HttpResponse.json(data)));
    renderApp('/');
    const note = await screen.findByTestId('conflict');
    expect(note).toHaveTextContent(
      'Thành phố Hải Phòng, Quý 1/2024: 2.550 (03/04/2024) ≠ 2.500 (10/12/2020)',
    );
    expect(card('Thanh niên nhập ngũ')).toHaveTextContent('2.500 – 2.550 ⚠');
  });
});
