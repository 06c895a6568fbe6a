import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFilterStore } from '@/features/filters/filter-store';
import { renderApp } from '@/testing/render-app';

const entries = async () =>
  (await screen.findAllByTestId('timeline-entry')).map((e) => e.dataset.reportId);

beforeEach(() => {
  useFilterStore.getState().clearAll();
  useFilterStore.getState().dismissProblems();
});

describe('filtering the dashboard', () => {
  it('opens the view a link describes', async () => {
    renderApp('/?unit=bac-giang');
    await waitFor(async () => expect(await entries()).toEqual(['bac-giang-mpc-2024-resolution']));
    expect(screen.getByTestId('match-count')).toHaveTextContent('1/5 hội nghị khớp bộ lọc');
    expect(screen.getByRole('list', { name: 'Đang lọc' })).toHaveTextContent('Tỉnh Bắc Giang');
  });

  it('ignores the unusable parts of a link, says so, and keeps the rest', async () => {
    renderApp('/?unit=atlantis,hai-phong&period=2024-Q9&kind=resolution');
    const notices = await screen.findByTestId('url-notices');
    expect(notices).toHaveTextContent('tham số “period”: giá trị “2024-Q9” sai định dạng');
    expect(notices).toHaveTextContent('đơn vị “atlantis” không có trong dữ liệu đang tải');
    await waitFor(async () =>
      expect(await entries()).toEqual(['hp-mpc-2020-annual', 'hp-mpc-2024-q1']),
    );
    await waitFor(() => expect(window.location.search).toBe('?unit=hai-phong&kind=resolution'));
  });

  it('writes each choice to the URL and removes it from a chip', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await entries();
    await user.click(screen.getByRole('checkbox', { name: /Khen thưởng/ }));
    await waitFor(() => expect(window.location.search).toBe('?topic=awards'));
    expect(await entries()).toEqual(['duong-kinh-pc-2019-annual']);
    await user.click(screen.getByRole('radio', { name: 'Năm' }));
    expect(window.location.search).toBe('?period=2024&topic=awards');
    expect(screen.getByTestId('timeline-empty')).toHaveTextContent(
      'Nếu bỏ riêng điều kiện thời gian, lĩnh vực, sẽ có kết quả.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Bỏ điều kiện: Năm 2024 (theo kỳ được đánh giá)' }),
    );
    expect(await entries()).toEqual(['duong-kinh-pc-2019-annual']);
    await user.click(screen.getByRole('button', { name: 'Xóa tất cả' }));
    expect(await entries()).toHaveLength(5);
    expect(window.location.search).toBe('');
  });

  it('zooms the timeline from all years to one', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await entries();
    await user.click(screen.getByRole('button', { name: 'Xem năm 2024 (2 hội nghị)' }));
    expect(await entries()).toEqual(['hp-mpc-2024-q1', 'thach-that-pc-2024-h1']);
    expect(window.location.search).toBe('?zoom=2024');
    await user.click(screen.getByRole('button', { name: 'Tất cả các năm' }));
    expect(await entries()).toHaveLength(5);
  });

  it('moves between conferences with the arrow keys', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await entries();
    const links = within(screen.getByRole('region', { name: /Dòng thời gian/ })).getAllByRole(
      'link',
    );
    links[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(links[links.length - 1]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(links[0]);
  });
});
