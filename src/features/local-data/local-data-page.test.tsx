import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '@/data/local-db';
import { loadLocalEntries, writeLocalEntries } from '@/data/local-reports';
import { localDatasetFile } from '@/domain/local/local-file';
import { localCopyOf } from '@/testing/local-entry';
import { loadRealDataset } from '@/testing/real-dataset';
import { renderApp } from '@/testing/render-app';

const { index } = loadRealDataset();
const dk = localCopyOf(index, 'duong-kinh-pc-2019-annual', 'local-dk-2019');
const tt = localCopyOf(index, 'thach-that-pc-2024-h1', 'local-tt-2024');
dk.report.title = { vi: 'Dương Kinh, bản nhập lại', en: 'Dương Kinh, re-entered' };
tt.report.title = { vi: 'Thạch Thất, bản nhập lại', en: 'Thạch Thất, re-entered' };
const bg = localCopyOf(index, 'bac-giang-mpc-2024-resolution', 'local-bg-2024');
bg.report.title = { vi: 'Bắc Giang, bản nhập lại', en: 'Bắc Giang, re-entered' };
bg.report.date = '2023-12-07';

beforeEach(() => writeLocalEntries([dk, tt]));
afterEach(async () => (await database()).clear('reports'));

const storedIds = async () => (await loadLocalEntries()).entries.map((e) => e.report.id).sort();
const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' });

describe('the reports added in this browser', () => {
  it('appear on the dashboard beside the shipped ones, marked as added locally', async () => {
    renderApp('/');
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries).toHaveLength(7);
    const local = entries.filter((e) => within(e).queryByText('Thêm cục bộ'));
    expect(local.map((e) => e.dataset.reportId).sort()).toEqual(['local-dk-2019', 'local-tt-2024']);
    expect(screen.getByTestId('data-status')).toHaveTextContent('2 báo cáo cục bộ');
  });

  it('are listed, and a deletion can be undone', async () => {
    const user = userEvent.setup();
    renderApp('/local');
    const table = await screen.findByRole('table', { name: 'Các báo cáo đã thêm' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(table).getByRole('button', { name: 'Xóa “Dương Kinh, bản nhập lại”' }));
    expect(await screen.findByTestId('toast')).toHaveTextContent(
      'Đã xóa “Dương Kinh, bản nhập lại”.',
    );
    expect(await storedIds()).toEqual(['local-tt-2024']);
    await user.click(within(screen.getByTestId('toast')).getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByText('Đã hoàn tác.')).toBeInTheDocument();
    expect(await storedIds()).toEqual(['local-dk-2019', 'local-tt-2024']);
  });

  it('open again in the review to be edited, and an edit can be undone', async () => {
    const user = userEvent.setup();
    renderApp('/reports/local-dk-2019');
    const article = await screen.findByRole('article');
    await user.click(within(article).getByRole('link', { name: 'Sửa' }));
    const venue = await screen.findByLabelText('Địa điểm (tiếng Việt)');
    await user.clear(venue);
    await user.type(venue, 'Hội trường UBND quận');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và lưu' }));
    expect(await screen.findByTestId('toast')).toHaveTextContent(
      'Đã cập nhật “Dương Kinh, bản nhập lại”.',
    );
    const stored = async () =>
      (await loadLocalEntries()).entries.find((e) => e.report.id === 'local-dk-2019');
    expect((await stored())?.report.venue?.vi).toBe('Hội trường UBND quận');
    expect(await storedIds()).toEqual(['local-dk-2019', 'local-tt-2024']);
    await user.click(within(screen.getByTestId('toast')).getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByText('Đã hoàn tác.')).toBeInTheDocument();
    expect((await stored())?.report.venue).toEqual(dk.report.venue);
  });

  it('refuse a truncated file, saying so, and change nothing', async () => {
    const user = userEvent.setup();
    renderApp('/local');
    const text = JSON.stringify(localDatasetFile([bg], index.units, '2026-11-26'));
    await user.upload(
      await screen.findByLabelText('Nhập tệp JSON…'),
      jsonFile('cut.json', text.slice(0, 400)),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tệp cut.json không phải JSON hợp lệ (có thể bị cắt cụt)',
    );
    expect(await storedIds()).toEqual(['local-dk-2019', 'local-tt-2024']);
  });

  it('preview an import, flag a probable duplicate, and merge what was chosen', async () => {
    const user = userEvent.setup();
    renderApp('/local');
    const duplicate = localCopyOf(index, 'hp-mpc-2024-q1', 'local-hp-2024-q1');
    const text = JSON.stringify(localDatasetFile([bg, duplicate, dk], index.units, '2026-11-26'));
    await user.upload(await screen.findByLabelText('Nhập tệp JSON…'), jsonFile('moi.json', text));
    const preview = await screen.findByRole('region', { name: /Xem trước khi nhập moi.json/ });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset.action)).toEqual(['add', 'similar', 'unchanged']);
    expect(rows[1]).toHaveTextContent('Có thể trùng với hp-mpc-2024-q1');
    await user.click(within(preview).getByRole('button', { name: 'Nhập 1 báo cáo' }));
    expect(await screen.findByText('Đã nhập 1 báo cáo, xóa 0.')).toBeInTheDocument();
    expect(await storedIds()).toEqual(['local-bg-2024', 'local-dk-2019', 'local-tt-2024']);
  });

  it('replace the local data with a file, listing first what will be deleted', async () => {
    const user = userEvent.setup();
    renderApp('/local');
    await user.click(await screen.findByLabelText('thay toàn bộ dữ liệu cục bộ'));
    const text = JSON.stringify(localDatasetFile([bg], index.units, '2026-11-26'));
    await user.upload(screen.getByLabelText('Nhập tệp JSON…'), jsonFile('thay.json', text));
    const preview = await screen.findByRole('region', { name: /Xem trước khi nhập thay.json/ });
    expect(preview).toHaveTextContent('Sẽ xóa 2 báo cáo cục bộ không có trong tệp');
    await user.click(within(preview).getByRole('button', { name: 'Nhập 1 báo cáo' }));
    expect(await screen.findByText('Đã nhập 1 báo cáo, xóa 2.')).toBeInTheDocument();
    expect(await storedIds()).toEqual(['local-bg-2024']);
  });
});
