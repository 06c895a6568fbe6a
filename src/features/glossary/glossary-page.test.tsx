import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { glossary } from '@/domain/glossary-entries';
import { renderApp } from '@/testing/render-app';

const entry = (abbr: string) =>
  screen
    .getAllByTestId('glossary-entry')
    .find((e) => e.querySelector('dt')?.textContent === abbr) as HTMLElement;

describe('the glossary page', () => {
  it('is linked from the header and lists every entry in both languages, with report counts', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    await user.click(within(nav).getByRole('link', { name: 'Thuật ngữ' }));
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Thuật ngữ và chữ viết tắt',
    );
    expect(screen.getAllByTestId('glossary-entry')).toHaveLength(glossary.length);

    const sscd = entry('SSCĐ');
    expect(sscd).toHaveTextContent('Tiếng Việt Sẵn sàng chiến đấu');
    expect(sscd).toHaveTextContent('Tiếng Anh Combat readiness');
    expect(sscd).toHaveTextContent('chuyển trạng thái');
    expect(sscd.querySelector('dt > abbr')).toHaveAttribute('title', 'Sẵn sàng chiến đấu');

    expect(await within(entry('LLVT')).findByRole('link')).toHaveTextContent('Có trong 5 báo cáo');
    expect(within(entry('LLVT')).getByRole('link')).toHaveAttribute('href', '/search?q=LLVT');
    expect(entry('BTV')).toHaveTextContent('Chưa có trong dữ liệu');
    expect(entry('Đối tượng 2')).toHaveTextContent('Có trong 1 báo cáo');
  });

  it('filters without diacritics and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/glossary');
    const filter = await screen.findByRole('searchbox', { name: 'Lọc thuật ngữ' });
    await user.type(filter, 'pctt');
    const shown = screen
      .getAllByTestId('glossary-entry')
      .map((e) => e.querySelector('dt')?.textContent);
    expect(shown).toEqual(['PCTT', 'PCTT-TKCN']);
    expect(screen.getByTestId('glossary-count')).toHaveTextContent(`2/${glossary.length} mục`);
    expect(window.location.search).toBe('?filter=pctt');

    await user.clear(filter);
    await user.type(filter, 'dan quan tu ve');
    expect(
      screen.getAllByTestId('glossary-entry').map((e) => e.querySelector('dt')?.textContent),
    ).toContain('DQTV');

    await user.clear(filter);
    await user.type(filter, 'xqzvwk');
    expect(screen.queryAllByTestId('glossary-entry')).toHaveLength(0);
    expect(screen.getByText(/Không có mục nào khớp “xqzvwk”/)).toBeInTheDocument();
  });

  it('opens with the filter from the URL, and speaks English when asked', async () => {
    const user = userEvent.setup();
    renderApp('/glossary?filter=doi%20tuong%204');
    expect(await screen.findAllByTestId('glossary-entry')).toHaveLength(1);
    expect(entry('Đối tượng 4')).toHaveTextContent('Trưởng thôn');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Glossary');
    expect(entry('Đối tượng 4')).toHaveTextContent('Village and neighbourhood heads');
    expect(entry('Đối tượng 4')).toHaveTextContent('Vietnamese');
  });
});

describe('abbreviations and terms elsewhere', () => {
  it('explains an education target group on the report page, on hover and focus', async () => {
    renderApp('/reports/duong-kinh-pc-2019-annual');
    const article = await screen.findByRole('article');
    const group = within(article).getAllByText('Đối tượng 2')[0] as HTMLElement;
    expect(group.tagName).toBe('ABBR');
    expect(group).toHaveAttribute('tabindex', '0');
    expect(group.getAttribute('title')).toMatch(
      /^Nhóm 2 bồi dưỡng kiến thức quốc phòng và an ninh/,
    );
  });
});
