import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { database } from '@/data/local-db';
import { loadLocalEntries } from '@/data/local-reports';
import { ownReportText } from '@/testing/own-report';
import { renderApp } from '@/testing/render-app';

afterEach(async () => {
  vi.restoreAllMocks();
  await (await database()).clear('reports');
});

async function pasteAndExtract(text: string) {
  const user = userEvent.setup();
  renderApp('/add');
  const box = await screen.findByLabelText('Văn bản báo cáo');
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Trích xuất' }));
  return user;
}

describe('adding a report from its text', () => {
  it('proposes the draft beside the article with each value highlighted where it was read', async () => {
    await pasteAndExtract(ownReportText);
    const article = await screen.findByRole('region', { name: /Văn bản gốc/ });
    const marks = [...article.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(
      expect.arrayContaining(['Chiều 5-7', 'Ban CHQS huyện Thạch Thất', '214 thanh niên nhập ngũ']),
    );
    expect(screen.getByLabelText('Ngày hội nghị')).toHaveValue('2025-07-05');
    expect(screen.getByLabelText('Đơn vị')).toHaveValue(
      'Huyện Thạch Thất — Thành phố Hà Nội (Quận, huyện)',
    );
    expect(screen.getByLabelText('Họ tên')).toHaveValue('Lê Minh Đức');
    const figure = screen.getByRole('group', { name: 'Số liệu 1 (Tuyển quân)' });
    expect(figure).toHaveTextContent(
      'Thanh niên nhập ngũ · 214 · Huyện Thạch Thất — Thành phố Hà Nội · 6 tháng đầu năm 2025',
    );
    expect(within(figure).queryByLabelText('Giá trị')).toBeNull();
    await userEvent.click(within(figure).getByRole('button', { name: 'Sửa số liệu 1' }));
    expect(within(figure).getByLabelText('Giá trị')).toHaveValue('214');
  });

  it('saves nothing while a field fails the schema, and says which field and why', async () => {
    const user = await pasteAndExtract(ownReportText);
    await user.clear(await screen.findByLabelText('Ngày hội nghị'));
    const figure = screen.getByRole('group', { name: 'Số liệu 1 (Tuyển quân)' });
    await user.click(within(figure).getByRole('button', { name: 'Sửa số liệu 1' }));
    const value = within(figure).getByLabelText('Giá trị');
    await user.clear(value);
    await user.type(value, 'hai trăm');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và lưu' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chưa lưu: 2 trường cần sửa.');
    expect(summary).toHaveTextContent('Hội nghị › Ngày hội nghị: Chưa điền: trường này bắt buộc.');
    expect(summary).toHaveTextContent('Số liệu 1 (Tuyển quân) › Giá trị: Không phải số');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect((await loadLocalEntries()).entries).toEqual([]);
  });

  it('saves a corrected draft and opens it, marked as added locally', async () => {
    const user = await pasteAndExtract(ownReportText);
    const venue = await screen.findByLabelText('Địa điểm (tiếng Việt)');
    await user.type(venue, 'Hội trường Ban CHQS huyện');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và lưu' }));
    const article = await screen.findByRole('article');
    expect(within(article).getByText('Thêm cục bộ')).toBeInTheDocument();
    expect(article).toHaveTextContent('Hội trường Ban CHQS huyện');
    expect(screen.getByTestId('toast')).toHaveTextContent('Đã lưu');
    const [saved] = (await loadLocalEntries()).entries;
    expect(saved?.report.venue?.vi).toBe('Hội trường Ban CHQS huyện');
    expect(saved?.source.text).toBe(ownReportText);
  });

  it('shows script and markup as text, runs nothing, and says what it left out', async () => {
    const hostile = `<script>window.__ran = true</script><img src=x onerror="window.__ran=true">\n${ownReportText}`;
    await pasteAndExtract(hostile);
    const article = await screen.findByRole('region', { name: /Văn bản gốc/ });
    expect(article).toHaveTextContent('<script>window.__ran = true</script>');
    expect(article.querySelector('script, img')).toBeNull();
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(screen.getByRole('list', { name: 'Lưu ý khi trích xuất' })).toHaveTextContent(
      /Đã bỏ \d+ ký tự định dạng/,
    );
  });

  it('refuses an empty paste, and warns about a text that is not Vietnamese', async () => {
    const user = userEvent.setup();
    renderApp('/add');
    await user.click(await screen.findByRole('button', { name: 'Trích xuất' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Văn bản trống');
    await user.click(screen.getByLabelText('Văn bản báo cáo'));
    await user.paste('The quarterly meeting reviewed recruitment and training in the district.');
    await user.click(screen.getByRole('button', { name: 'Trích xuất' }));
    expect(await screen.findByRole('list', { name: 'Lưu ý khi trích xuất' })).toHaveTextContent(
      'Văn bản có vẻ không phải tiếng Việt',
    );
  });

  it('reads the first part of a 5 MB paste, says how much, and keeps the rest of the app usable', async () => {
    const user = userEvent.setup();
    renderApp('/add');
    const box = await screen.findByLabelText('Văn bản báo cáo');
    const huge = `${ownReportText}\n${'Các đơn vị tiếp tục duy trì nghiêm chế độ trực. '.repeat(110_000)}`;
    fireEvent.change(box, { target: { value: huge } });
    expect(screen.getByText(/^5\.\d{3}\.\d{3} ký tự/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Trích xuất' }));
    const warnings = await screen.findByRole('list', { name: 'Lưu ý khi trích xuất' });
    expect(warnings).toHaveTextContent(/chỉ đọc 200\.000 trên 5\.\d{3}\.\d{3} ký tự đầu/);
    expect(screen.getByLabelText('Ngày hội nghị')).toHaveValue('2025-07-05');
    expect(screen.getByText('Chỉ hiển thị 200.000 ký tự đầu.')).toBeInTheDocument();
  });

  it('reports a full disk, keeps the draft on screen and nothing half saved', async () => {
    const user = await pasteAndExtract(ownReportText);
    await screen.findByLabelText('Ngày hội nghị');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chưa lưu được: bộ nhớ của trình duyệt đã đầy',
    );
    expect(screen.getByLabelText('Ngày hội nghị')).toHaveValue('2025-07-05');
    vi.restoreAllMocks();
    expect((await loadLocalEntries()).entries).toEqual([]);
  });
});
