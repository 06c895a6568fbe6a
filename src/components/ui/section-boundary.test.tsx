import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from './section-boundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('biểu đồ hỏng');
  return <p>đã hồi phục</p>;
}

describe('SectionBoundary', () => {
  it('contains a failing section, names it, keeps its neighbours, and can recover', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <>
        <SectionBoundary section="Biểu đồ">
          <Fragile />
        </SectionBoundary>
        <SectionBoundary section="Dòng thời gian">
          <p>vẫn hoạt động</p>
        </SectionBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Phần “Biểu đồ” gặp lỗi');
    expect(screen.getByRole('alert')).toHaveTextContent('biểu đồ hỏng');
    expect(screen.getByText('vẫn hoạt động')).toBeInTheDocument();
    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Tải lại phần này' }));
    expect(screen.getByText('đã hồi phục')).toBeInTheDocument();
  });
});
