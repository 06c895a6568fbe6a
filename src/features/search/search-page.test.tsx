import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

const group = (kind: string) => screen.getByTestId(`search-group-${kind}`);

describe('the search page', () => {
  it('shows the results of the query in the URL, grouped by kind, each leading to its report', async () => {
    renderApp('/search?q=duong%20kinh');
    expect(await screen.findByTestId('search-count')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Kết quả tìm “duong kinh”');
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('duong kinh');

    const reports = group('report');
    expect(within(reports).getByRole('heading')).toHaveTextContent('Báo cáo (1)');
    expect(within(reports).getByRole('link')).toHaveAttribute(
      'href',
      '/reports/duong-kinh-pc-2019-annual',
    );
    const unit = within(group('unit')).getByText('Quận Dương Kinh').closest('li') as HTMLElement;
    expect(unit).toHaveTextContent('1 báo cáo của đơn vị');
    expect(within(unit).getByRole('link')).toHaveAttribute(
      'href',
      '/reports/duong-kinh-pc-2019-annual',
    );
    expect(within(group('person')).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('searches from the header box, keeps the query in the URL, and opens a result', async () => {
    const user = userEvent.setup();
    renderApp('/search?q=duong%20kinh');
    await screen.findByTestId('search-count');
    const box = screen.getByRole('searchbox', { name: 'Tìm kiếm' });
    await user.clear(box);
    await user.type(box, 'PCTT{Enter}');
    expect(window.location.pathname + window.location.search).toBe('/search?q=PCTT');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('“PCTT”');

    const exercises = group('exercise');
    expect(within(exercises).getByRole('heading')).toHaveTextContent('Diễn tập (2)');
    const [hp, dk] = within(exercises).getAllByRole('listitem');
    expect(hp).toHaveTextContent('Thành phố Hải Phòng · Đang chuẩn bị');
    expect(dk).toHaveTextContent('Quận Dương Kinh · Đã thực hiện');
    const abbr = within(exercises).getAllByText('PCTT-TKCN')[0] as HTMLElement;
    expect(abbr.tagName).toBe('ABBR');
    expect(within(group('task')).getAllByRole('listitem')).toHaveLength(2);

    await user.click(within(exercises).getAllByRole('link')[1] as HTMLElement);
    expect(window.location.pathname).toBe('/reports/duong-kinh-pc-2019-annual');
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('');
  });

  it('finds Hải Phòng from its short form and lists its reports', async () => {
    renderApp('/search?q=hp');
    const unit = (await screen.findByTestId('search-group-unit')).querySelector('li');
    expect(unit).toHaveTextContent('Thành phố Hải Phòng');
    expect(unit).toHaveTextContent('3 báo cáo');
    expect(within(unit as HTMLElement).getAllByRole('link')).toHaveLength(3);
  });

  it('says plainly when nothing matches and suggests what to try', async () => {
    renderApp('/search?q=xqzvwk');
    const empty = await screen.findByTestId('search-empty');
    expect(empty).toHaveTextContent('Không tìm thấy kết quả nào cho “xqzvwk”.');
    expect(empty).toHaveTextContent('kiểm tra chính tả');
    expect(empty).toHaveTextContent('gõ không dấu');
  });

  it('speaks English when asked, and invites a query when there is none', async () => {
    const user = userEvent.setup();
    renderApp('/search');
    expect(await screen.findByText(/Gõ vào ô tìm kiếm/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'thach that{Enter}');
    expect(await screen.findByTestId('search-count')).toBeInTheDocument();
    expect(within(group('report')).getByRole('heading')).toHaveTextContent('Reports (1)');
    expect(group('report')).toHaveTextContent('Thạch Thất District: military-defence review');
  });
});
