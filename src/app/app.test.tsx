import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '@/testing/render-app';

describe('the dashboard shell', () => {
  it('lists the five conferences with their headline figures, in Vietnamese', async () => {
    renderApp('/');
    const items = await screen.findAllByTestId('timeline-entry');
    expect(items).toHaveLength(5);
    expect(screen.getByTestId('match-count')).toHaveTextContent('5/5 hội nghị khớp bộ lọc');
    const hp = items.find((i) => i.dataset.reportId === 'hp-mpc-2024-q1') as HTMLElement;
    expect(hp).toHaveTextContent('03/04/2024');
    expect(hp).toHaveTextContent('2.550 thanh niên nhập ngũ');
    expect(hp).toHaveTextContent('100% chỉ tiêu giao quân');
    expect(screen.getByTestId('data-status')).toHaveTextContent('5 báo cáo');
  });

  it('explains abbreviations where they appear', async () => {
    renderApp('/');
    await screen.findAllByTestId('timeline-entry');
    const abbr = screen.getAllByText('UBND')[0] as HTMLElement;
    expect(abbr.tagName).toBe('ABBR');
    expect(abbr).toHaveAttribute('title', 'Ủy ban nhân dân');
    expect(abbr).toHaveAttribute('tabindex', '0');
  });

  it('switches the whole interface to English', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findAllByTestId('timeline-entry');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Conference timeline' })).toBeInTheDocument();
    expect(screen.getByText('2,550 youths enlisted')).toBeInTheDocument();
  });

  it('shows a report with every group and its provenance one click away', async () => {
    const user = userEvent.setup();
    renderApp('/reports/duong-kinh-pc-2019-annual');
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent('Dương Kinh');
    expect(article).toHaveTextContent('Trung tá Trịnh Văn Cứ');
    expect(article).toHaveTextContent('1.925');
    const awards = within(article).getByRole('heading', { name: 'Khen thưởng' })
      .parentElement as HTMLElement;
    expect(within(awards).getAllByRole('listitem')).toHaveLength(5);
    const studentFigure = within(article).getByText('1.925').closest('li') as HTMLElement;
    await user.click(within(studentFigure).getByRole('button', { name: /Nêu trực tiếp/ }));
    expect(within(studentFigure).getByRole('note')).toHaveTextContent('002_28e9931a7adba90d.txt');
    expect(within(studentFigure).getByRole('note')).toHaveTextContent('đoạn 9');
  });

  it('says plainly when a report id does not exist', async () => {
    renderApp('/reports/no-such-report');
    expect(await screen.findByText('Không tìm thấy báo cáo “no-such-report”.')).toBeInTheDocument();
  });
});

describe('when the data misbehaves', () => {
  it('names the failing URL and status, and offers a retry that recovers', async () => {
    server.use(...scenarios.error);
    const user = userEvent.setup();
    renderApp('/');
    const alert = await screen.findByTestId('data-error');
    expect(alert).toHaveTextContent('Máy chủ trả lời 500');
    expect(alert).toHaveTextContent('/data/qpdp-dataset.json');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findAllByTestId('timeline-entry')).toHaveLength(5);
  });

  it('retries a failing server with backoff, saying which attempt failed, then gives up clearly', async () => {
    server.use(...scenarios.error);
    renderApp('/', { realRetries: true });
    expect(
      await screen.findByText(/Lần tải thứ 1 không thành công \(Máy chủ trả lời 500/),
    ).toBeInTheDocument();
    const alert = await screen.findByTestId('data-error', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Máy chủ trả lời 500');
  }, 15_000);

  it('reports a truncated JSON payload as such', async () => {
    server.use(...scenarios['bad-json']);
    renderApp('/');
    expect(await screen.findByTestId('data-error')).toHaveTextContent('không phải JSON hợp lệ');
  });

  it('loads the good records of a malformed payload and lists the bad ones with file, record and field', async () => {
    server.use(...scenarios.malformed);
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findAllByTestId('timeline-entry')).toHaveLength(5);
    const status = screen.getByTestId('data-status');
    await user.click(within(status).getByRole('button', { name: '3 bản ghi bị loại' }));
    expect(status).toHaveTextContent('qpdp-dataset.json › facts[0]');
    expect(status).toHaveTextContent('trường “value”');
    expect(status).toHaveTextContent('trường “reportId”: refers to unknown id "no-such-report"');
    expect(status).toHaveTextContent('(broken-report) › trường “date”');
  });

  it('labels a large synthetic dataset and pages its list instead of drawing it whole', async () => {
    server.use(...scenarios.large);
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByTestId('match-count', {}, { timeout: 20_000 });
    expect(screen.getByTestId('data-status')).toHaveTextContent('DỮ LIỆU GIẢ LẬP');
    expect(screen.getByTestId('match-count')).toHaveTextContent('10.000/10.000 hội nghị');
    expect(screen.getAllByTestId('timeline-entry')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Hiện thêm 20 (còn 9.980)' }));
    expect(screen.getAllByTestId('timeline-entry')).toHaveLength(40);
  }, 60_000);
});
