import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildUnitTree } from '@/domain/unit-tree';
import { loadRealDataset } from '@/testing/real-dataset';
import { UnitPicker } from './unit-picker';

const tree = buildUnitTree(loadRealDataset().index);

function Harness({ initial = [] as string[] }) {
  const [selected, setSelected] = useState(initial);
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <>
      <UnitPicker tree={tree} selected={selected} onToggle={toggle} />
      <output data-testid="selected">{selected.join(',')}</output>
    </>
  );
}

const checkbox = (id: string) =>
  document.querySelector<HTMLInputElement>(`input[data-unit-id="${id}"]`);

describe('UnitPicker', () => {
  it('finds units by plain-ASCII names, abbreviations and diacritics', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const search = screen.getByRole('searchbox', { name: 'Tìm đơn vị' });
    for (const query of ['hai phong', 'hp', 'Hải Phòng']) {
      await user.clear(search);
      await user.type(search, query);
      expect(checkbox('hai-phong'), query).not.toBeNull();
      expect(checkbox('bac-giang'), query).toBeNull();
    }
    await user.clear(search);
    await user.type(search, 'thach that');
    expect(checkbox('thach-that')).not.toBeNull();
    expect(checkbox('ha-noi')).not.toBeNull(); // shown as the match's parent
    await user.clear(search);
    await user.type(search, 'atlantis');
    expect(screen.getByText('Không có đơn vị nào khớp “atlantis”.')).toBeInTheDocument();
  });

  it('selects several units, and shows what a selection already includes', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('searchbox'), 'hai phong');
    await user.click(checkbox('hai-phong') as HTMLInputElement);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'Bắc Giang');
    await user.click(checkbox('bac-giang') as HTMLInputElement);
    expect(screen.getByTestId('selected')).toHaveTextContent('hai-phong,bac-giang');

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'duong kinh');
    const duongKinh = checkbox('duong-kinh') as HTMLInputElement;
    expect(duongKinh).toBeChecked();
    expect(duongKinh).toBeDisabled();
    expect(duongKinh.closest('label')).toHaveAttribute('title', 'Đã gồm trong Thành phố Hải Phòng');
  });

  it('keeps every row it shows in step when the selection changes elsewhere (a chart, a link)', async () => {
    const user = userEvent.setup();
    const noop = () => {};
    const { rerender } = render(<UnitPicker tree={tree} selected={[]} onToggle={noop} />);
    await user.click(screen.getByRole('button', { name: 'Mở Thành phố Hải Phòng' }));
    const duongKinh = () => checkbox('duong-kinh') as HTMLInputElement;
    const select = (ids: string[]) =>
      rerender(<UnitPicker tree={tree} selected={ids} onToggle={noop} />);
    select(['duong-kinh']);
    expect(duongKinh()).toBeChecked();
    expect(checkbox('hai-phong')).not.toBeChecked();
    // The city brings its district in: the district's row says so, though only the city changed.
    select(['duong-kinh', 'hai-phong']);
    expect(duongKinh()).toBeDisabled();
    select(['duong-kinh', 'bac-giang']);
    expect(duongKinh()).toBeChecked();
    expect(duongKinh()).toBeEnabled();
    expect(checkbox('bac-giang')).toBeChecked();
    select(['bac-giang']);
    expect(duongKinh()).not.toBeChecked();
  });

  it('expands and collapses by keyboard-reachable buttons', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(checkbox('duong-kinh')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mở Thành phố Hải Phòng' }));
    expect(checkbox('duong-kinh')).not.toBeNull();
    const hp = (checkbox('hai-phong') as HTMLInputElement).closest('li') as HTMLElement;
    expect(within(hp).getByText('Quận Dương Kinh')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thu Thành phố Hải Phòng' }));
    expect(checkbox('duong-kinh')).toBeNull();
  });
});
